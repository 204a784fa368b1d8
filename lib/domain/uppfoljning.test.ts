import { describe, expect, it } from "vitest";
import { uppfoljningForfaller, uppfoljningLage } from "./uppfoljning";

describe("90-day follow-up", () => {
  it("is due 90 days after avslut, across month and leap-year ends", () => {
    expect(uppfoljningForfaller("2021-12-20")).toBe("2022-03-20");
    expect(uppfoljningForfaller("2023-12-01")).toBe("2024-02-29");
    expect(uppfoljningForfaller("2024-01-01")).toBe("2024-03-31");
  });

  it.each([
    ["2024-03-01", "EJ_AKTUELL"],
    ["2024-03-16", "EJ_AKTUELL"],
    ["2024-03-17", "AKTUELL"],
    ["2024-03-31", "AKTUELL"],
    ["2024-04-01", "FORSENAD"],
  ] as const)("on %s a follow-up due 2024-03-31 is %s", (today, lage) => {
    expect(uppfoljningLage("2024-01-01", false, today)).toBe(lage);
  });

  it("is done once recorded, whatever the date", () => {
    expect(uppfoljningLage("2024-01-01", true, "2030-01-01")).toBe("GJORD");
    expect(uppfoljningLage("2024-01-01", true, "2024-01-02")).toBe("GJORD");
  });
});
