import { describe, expect, it } from "vitest";
import { routeInventory, toPattern, exportedMethods } from "@/tests/access/inventory";
import { EXPECTATIONS } from "@/tests/access/expectations";

describe("the access matrix", () => {
  it("declares what every caller gets for every page and API route of a förbund", () => {
    const undeclared = routeInventory().map((r) => r.key).filter((k) => !(k in EXPECTATIONS));
    expect(undeclared, "add these to tests/access/expectations.ts").toEqual([]);
  });

  it("has no rows for routes that no longer exist", () => {
    const keys = new Set(routeInventory().map((r) => r.key));
    expect(Object.keys(EXPECTATIONS).filter((k) => !keys.has(k))).toEqual([]);
  });

  it("reads route patterns and methods from files", () => {
    expect(toPattern(`${process.cwd()}/app/(auth)/f/[forbund]/x/page.tsx`)).toBe("/f/[forbund]/x");
    expect(exportedMethods("export const GET = withTenant(…);\nexport async function POST() {}")).toEqual(["GET", "POST"]);
    expect(exportedMethods("const GET = 1; export { x }")).toEqual([]);
  });
});
