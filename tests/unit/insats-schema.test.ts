import { describe, expect, it } from "vitest";
import { createInsatsSchema, updateInsatsSchema } from "@/lib/validation/insats";

const valid = { namn: "Friska Vindar 2.0", insatstyp: "INDIVIDINRIKTAD", status: "PAGAENDE", startdatum: "2020-01-01", slutdatum: "2021-12-31" };
const errorsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("createInsatsSchema", () => {
  it("accepts a minimal insats and fills in the defaults", () => {
    const r = createInsatsSchema.parse(valid);
    expect(r).toMatchObject({ matningsmetod: "ANONYM", esfFinansierad: false, planeradeDeltagarePer: "PERIOD", malgrupp: "" });
  });

  it("refuses an end before the start, beside the end field", () => {
    expect(errorsOf(createInsatsSchema.safeParse({ ...valid, slutdatum: "2019-12-31" }))).toEqual({ slutdatum: "Slutdatum kan inte vara före startdatum" });
  });

  it("refuses impossible dates and wrong formats", () => {
    expect(errorsOf(createInsatsSchema.safeParse({ ...valid, startdatum: "2021-02-30" }))).toEqual({ startdatum: "Datumet finns inte" });
    expect(errorsOf(createInsatsSchema.safeParse({ ...valid, startdatum: "1/1/2020" }))).toEqual({ startdatum: "Ange datum som ÅÅÅÅ-MM-DD" });
  });

  it("refuses negative planned participants", () => {
    expect(errorsOf(createInsatsSchema.safeParse({ ...valid, planeradeDeltagare: -1 }))).toEqual({ planeradeDeltagare: "Antalet kan inte vara negativt" });
  });

  it("requires a personuppgiftsansvarig member and biträdesavtal under PERSONUPPGIFTER", () => {
    expect(errorsOf(createInsatsSchema.safeParse({ ...valid, matningsmetod: "PERSONUPPGIFTER" }))).toEqual({
      puaMedlemId: "Ange vilken medlem som är personuppgiftsansvarig",
      bitradesavtalDatum: "Ange datum för personuppgiftsbiträdesavtalet",
    });
  });

  it("refuses an unknown insatstyp and an empty name", () => {
    const e = errorsOf(createInsatsSchema.safeParse({ ...valid, insatstyp: "BLANDAD", namn: " " }));
    expect(e.insatstyp).toBe("Ogiltigt värde");
    expect(e.namn).toBe("Ange insatsens namn (minst 2 tecken)");
  });
});

describe("updateInsatsSchema", () => {
  it("changes only what is sent: no defaults overwrite stored values", () => {
    expect(updateInsatsSchema.parse({ namn: "Nytt namn" })).toEqual({ namn: "Nytt namn" });
  });

  it("refuses changing inriktning, mätningsmetod or ESF financing after creation", () => {
    const e = errorsOf(updateInsatsSchema.safeParse({ matningsmetod: "VOLYM", esfFinansierad: true }));
    expect(e.matningsmetod).toMatch(/Kan inte ändras efter att insatsen skapats/);
    expect(e.esfFinansierad).toMatch(/Kan inte ändras/);
  });

  it("refuses a change that changes nothing, with or without a version", () => {
    expect(errorsOf(updateInsatsSchema.safeParse({}))).toEqual({ "": "Ange minst ett fält att ändra" });
    expect(errorsOf(updateInsatsSchema.safeParse({ version: 3 }))).toEqual({ "": "Ange minst ett fält att ändra" });
    expect(updateInsatsSchema.safeParse({ status: "AVSLUTAD", version: 3 }).success).toBe(true);
  });

  it("refuses unknown fields with a Swedish message", () => {
    expect(errorsOf(updateInsatsSchema.safeParse({ forbundId: "other" }))).toEqual({ "": 'Okänd nyckel: "forbundId"' });
  });
});
