import { describe, expect, it } from "vitest";
import { arGallringsbar, gallringsgrans } from "./gallring";

describe("gallringsgrans", () => {
  it.each([
    ["2026-11-24", 24, "2024-11-24"],
    ["2026-11-24", 1, "2026-10-24"],
    ["2026-01-15", 1, "2025-12-15"],
    ["2026-03-31", 1, "2026-02-28"],
    ["2024-03-31", 1, "2024-02-29"],
    ["2026-05-31", 12, "2025-05-31"],
    ["2026-11-24", 120, "2016-11-24"],
  ])("%s minus %i months is %s", (idag, manader, grans) => {
    expect(gallringsgrans(idag, manader)).toBe(grans);
  });

  it("refuses a period that is not a positive whole number of months", () => {
    expect(() => gallringsgrans("2026-11-24", 0)).toThrow(RangeError);
    expect(() => gallringsgrans("2026-11-24", 1.5)).toThrow(RangeError);
  });
});

describe("arGallringsbar", () => {
  const grans = "2024-11-24";
  it("is due only when every inskrivning ended before the boundary", () => {
    expect(arGallringsbar(["2024-11-23"], grans)).toBe(true);
    expect(arGallringsbar(["2024-11-24"], grans)).toBe(false);
    expect(arGallringsbar(["2020-01-01", "2024-11-23"], grans)).toBe(true);
    expect(arGallringsbar(["2020-01-01", "2025-01-01"], grans)).toBe(false);
  });

  it("never erases someone with an ongoing inskrivning or none at all", () => {
    expect(arGallringsbar(["2020-01-01", null], grans)).toBe(false);
    expect(arGallringsbar([], grans)).toBe(false);
  });
});
