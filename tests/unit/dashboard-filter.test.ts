import { describe, expect, it } from "vitest";
import { dashboardFilterSchema, filterInput } from "@/lib/validation/dashboard";

describe("dashboardFilterSchema", () => {
  it("treats empty form values as not set", () => {
    expect(dashboardFilterSchema.parse({ fran: "", till: "", grupp: "" })).toEqual({});
  });
  it("accepts a period and a grupp", () => {
    expect(dashboardFilterSchema.parse({ fran: "2020-01-01", till: "2020-12-31", grupp: "g1" })).toEqual({ fran: "2020-01-01", till: "2020-12-31", grupp: "g1" });
  });
  it("refuses a date that does not exist, in Swedish", () => {
    const r = dashboardFilterSchema.safeParse({ fran: "2021-02-30" });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ["fran"], message: "Datumet finns inte" });
  });
  it("refuses garbage and an end before the start", () => {
    expect(dashboardFilterSchema.safeParse({ till: "igår" }).error!.issues[0]!.message).toBe("Ange datum som ÅÅÅÅ-MM-DD");
    const r = dashboardFilterSchema.safeParse({ fran: "2021-01-01", till: "2020-01-01" });
    expect(r.error!.issues).toEqual([expect.objectContaining({ path: ["till"], message: "Slutdatum kan inte vara före startdatum" })]);
  });
});

describe("filterInput", () => {
  it("reads URLSearchParams and Next's searchParams alike, first value winning", () => {
    expect(filterInput(new URLSearchParams("fran=2020-01-01&grupp=a&grupp=b"))).toEqual({ fran: "2020-01-01", till: undefined, grupp: "a" });
    expect(filterInput({ till: ["2020-02-02", "x"] })).toEqual({ fran: undefined, till: "2020-02-02", grupp: undefined });
  });
});
