import { describe, expect, it } from "vitest";
import { budgetUse, summaKronor } from "./budget-use";
import { gruppSlutdatum, gruppUtanforPeriod } from "./grupp-period";

describe("gruppSlutdatum", () => {
  it("ends the day before the same weekday `veckor` weeks later", () => {
    expect(gruppSlutdatum("2024-01-01", 1)).toBe("2024-01-07");
    expect(gruppSlutdatum("2024-02-26", 1)).toBe("2024-03-03"); // leap year
    expect(gruppSlutdatum("2024-03-25", 2)).toBe("2024-04-07"); // across the DST change
  });
});

describe("gruppUtanforPeriod", () => {
  const insats = { startdatum: "2024-01-01", slutdatum: "2024-12-31" };
  it("accepts a group exactly on the period's bounds", () => {
    expect(gruppUtanforPeriod({ startdatum: "2024-01-01", veckor: 1 }, insats)).toBeNull();
    expect(gruppUtanforPeriod({ startdatum: "2024-12-25", veckor: 1 }, insats)).toBeNull(); // ends 2024-12-31
  });
  it("refuses a group starting before the insats, on startdatum", () => {
    expect(gruppUtanforPeriod({ startdatum: "2023-12-31", veckor: 1 }, insats)).toEqual({ falt: "startdatum", gruppSlut: "2024-01-06" });
  });
  it("refuses a group starting after the slutdatum, on startdatum", () => {
    expect(gruppUtanforPeriod({ startdatum: "2025-01-01", veckor: 1 }, insats)?.falt).toBe("startdatum");
  });
  it("refuses a group ending one day after the slutdatum, on veckor", () => {
    expect(gruppUtanforPeriod({ startdatum: "2024-12-26", veckor: 1 }, insats)).toEqual({ falt: "veckor", gruppSlut: "2025-01-01" });
  });
  it("has no end limit while the insats has no slutdatum", () => {
    expect(gruppUtanforPeriod({ startdatum: "2030-01-01", veckor: 52 }, { startdatum: "2024-01-01", slutdatum: null })).toBeNull();
  });
});

describe("budgetUse", () => {
  it("is empty without budget or spending", () => {
    expect(budgetUse([], [])).toEqual({ perAr: [], total: { ar: null, budget: 0, utfall: 0, andel: null } });
  });
  it("sums per year and in total, in öre without drift", () => {
    const r = budgetUse(
      [
        { ar: 2024, belopp: 100_000.1 },
        { ar: 2024, belopp: 0.2 },
        { ar: 2025, belopp: 50_000 },
      ],
      [
        { ar: 2024, belopp: 25_000.05 },
        { ar: 2025, belopp: 50_000 },
        { ar: 2026, belopp: 10 },
      ],
    );
    expect(r.perAr).toEqual([
      { ar: 2024, budget: 100_000.3, utfall: 25_000.05, andel: 2_500_005 / 10_000_030 },
      { ar: 2025, budget: 50_000, utfall: 50_000, andel: 1 },
      // Spending without a budget: no share rather than infinity.
      { ar: 2026, budget: 0, utfall: 10, andel: null },
    ]);
    expect(r.total).toEqual({ ar: null, budget: 150_000.3, utfall: 75_010.05, andel: 7_501_005 / 15_000_030 });
  });
});

describe("summaKronor", () => {
  it("adds in öre", () => {
    expect(summaKronor([{ belopp: 0.1 }, { belopp: 0.2 }])).toBe(0.3);
    expect(summaKronor([])).toBe(0);
  });
});
