import { describe, expect, it } from "vitest";
import { esfHandelser, esfIdentifiering, manadensDagar, standardManad, type EsfInskrivning } from "./esf";

const rad = (kod: string, startdatum: string, avslutsdatum: string | null = null, o: Partial<EsfInskrivning> = {}): EsfInskrivning => ({
  inskrivningId: `i-${kod}`,
  deltagareId: `d-${kod}`,
  kod,
  kon: "K",
  fodelsear: 1990,
  skyddadIdentitet: false,
  anonymiserad: false,
  startdatum,
  avslutsdatum,
  avslutsorsak: avslutsdatum ? "ARBETE" : null,
  ...o,
});

describe("manadensDagar", () => {
  it("knows February in a leap year and December", () => {
    expect(manadensDagar("2024-02")).toEqual({ fran: "2024-02-01", till: "2024-02-29" });
    expect(manadensDagar("2023-02")).toEqual({ fran: "2023-02-01", till: "2023-02-28" });
    expect(manadensDagar("2021-12")).toEqual({ fran: "2021-12-01", till: "2021-12-31" });
  });
});

describe("esfHandelser", () => {
  it("lists starts and ends within the month, first and last day included, by date", () => {
    const h = esfHandelser(
      [
        rad("AAA", "2021-03-01"),
        rad("BBB", "2020-11-02", "2021-03-31"),
        rad("CCC", "2021-02-28", "2021-04-01"),
        rad("DDD", "2021-03-15", "2021-03-15"),
      ],
      "2021-03",
    );
    expect(h.map((x) => `${x.typ} ${x.rad.kod} ${x.datum}`)).toEqual(["START AAA 2021-03-01", "START DDD 2021-03-15", "AVSLUT DDD 2021-03-15", "AVSLUT BBB 2021-03-31"]);
  });

  it("never reports a felregistrering", () => {
    expect(esfHandelser([rad("AAA", "2021-03-01", "2021-03-02", { avslutsorsak: "FELREGISTRERING" })], "2021-03")).toEqual([]);
  });

  it("is empty for a month without events", () => {
    expect(esfHandelser([rad("AAA", "2021-01-01", "2021-06-30")], "2021-03")).toEqual([]);
  });
});

describe("esfIdentifiering", () => {
  it("uses the personnummer when the identity is kept", () => {
    expect(esfIdentifiering(rad("AAA", "2021-03-01"), "19900101-9802")).toEqual({ typ: "PERSONNUMMER", varde: "19900101-9802" });
  });
  it("uses the code for a protected identity, even if a number were passed", () => {
    expect(esfIdentifiering(rad("AAA", "2021-03-01", null, { skyddadIdentitet: true }), "19900101-9802")).toEqual({ typ: "SKYDDAD", varde: "AAA" });
  });
  it("says the number is missing after withdrawn consent", () => {
    expect(esfIdentifiering(rad("AAA", "2021-03-01", null, { anonymiserad: true }), null)).toEqual({ typ: "SAKNAS", varde: "AAA" });
    expect(esfIdentifiering(rad("AAA", "2021-03-01"), null)).toEqual({ typ: "SAKNAS", varde: "AAA" });
  });
});

describe("standardManad", () => {
  it("opens on last month, across a new year", () => {
    expect(standardManad("2026-01-15", "2020-01-01", null)).toBe("2025-12");
    expect(standardManad("2026-11-24", "2020-01-01", "2027-06-30")).toBe("2026-10");
  });
  it("stays within the insats's period", () => {
    expect(standardManad("2026-11-24", "2020-01-01", "2021-12-31")).toBe("2021-12");
    expect(standardManad("2026-11-24", "2026-11-01", null)).toBe("2026-11");
  });
});
