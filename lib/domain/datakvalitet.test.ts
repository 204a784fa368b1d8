import { describe, expect, it } from "vitest";
import { findLuckor, kravFor, sammanfattaUppfoljningar, type ForloppRad } from "./datakvalitet";

let n = 0;
function rad(o: Partial<ForloppRad> = {}): ForloppRad {
  n += 1;
  return {
    id: `i${n}`,
    insatsId: "ins",
    kod: `K${n}`,
    startdatum: "2024-01-10",
    avslutsdatum: null,
    avslutsorsak: null,
    forsorjningAvslut: [],
    sysselsattningAvslut: [],
    matningar: [],
    uppfoljningStatus: null,
    harPlan: false,
    ...o,
  };
}
const avslutad = (o: Partial<ForloppRad> = {}) =>
  rad({ avslutsdatum: "2024-05-01", avslutsorsak: "ARBETE", forsorjningAvslut: ["LON"], sysselsattningAvslut: ["FORVARVSARBETE"], ...o });
const vas = (tidpunkt: "START" | "AVSLUT") => ({ variabel: "VAS", tidpunkt });

describe("kravFor", () => {
  it("asks for what the targets read and what is already measured, and for plans where a target or a deltagare has one", () => {
    const krav = kravFor([rad({ matningar: [{ variabel: "NARMARE", tidpunkt: "AVSLUT" }] })], [
      { typ: "MATVARIABEL_OKAD", variabel: "VAS", fran: "START", till: "AVSLUT" },
      { typ: "HAR_PLAN" },
    ]);
    expect(krav).toEqual({ variabler: { START: ["VAS"], AVSLUT: ["NARMARE", "VAS"], UPPFOLJNING_90: [] }, plan: true });
    expect(kravFor([rad()], []).plan).toBe(false);
  });
});

describe("findLuckor", () => {
  const krav = { variabler: { START: ["VAS"], AVSLUT: ["VAS"], UPPFOLJNING_90: [] }, plan: true };

  it("counts each missing measurement explicitly, per time point", () => {
    const rows = [
      avslutad({ matningar: [vas("START"), vas("AVSLUT")], harPlan: true }),
      avslutad({ matningar: [vas("START")], harPlan: true }),
      avslutad({ matningar: [], harPlan: true }),
      rad({ matningar: [vas("START")], harPlan: true }),
    ];
    const luckor = findLuckor("ins", rows, krav);
    const avslut = luckor.find((l) => l.typ === "MATNING_AVSLUT")!;
    expect(avslut.variabel).toBe("VAS");
    expect(avslut.inskrivningar.map((i) => i.id)).toEqual([rows[1]!.id, rows[2]!.id]);
    expect(luckor.find((l) => l.typ === "MATNING_START")!.inskrivningar).toHaveLength(1);
    expect(luckor.find((l) => l.typ === "PLAN")).toBeUndefined();
  });

  it("asks an active deltagare for nothing that belongs to avslut", () => {
    const luckor = findLuckor("ins", [rad({ matningar: [vas("START")], harPlan: true })], krav);
    expect(luckor).toEqual([]);
  });

  it("reports missing försörjning and sysselsättning at avslut and a missing plan", () => {
    const luckor = findLuckor("ins", [avslutad({ forsorjningAvslut: [], sysselsattningAvslut: [], matningar: [vas("START"), vas("AVSLUT")] })], krav);
    expect(luckor.map((l) => l.typ).sort()).toEqual(["FORSORJNING_AVSLUT", "PLAN", "SYSSELSATTNING_AVSLUT"]);
  });

  it("never counts a felregistrering", () => {
    expect(findLuckor("ins", [avslutad({ avslutsorsak: "FELREGISTRERING", forsorjningAvslut: [], sysselsattningAvslut: [] })], krav)).toEqual([]);
  });
});

describe("sammanfattaUppfoljningar", () => {
  const today = "2024-08-15";

  it("lists due and overdue follow-ups, oldest first, and leaves out those not yet due", () => {
    const rows = [
      avslutad({ kod: "NY", avslutsdatum: "2024-08-01" }), // due 2024-10-30: not yet
      avslutad({ kod: "SNART", avslutsdatum: "2024-05-25" }), // due 2024-08-23: within two weeks
      avslutad({ kod: "SEN", avslutsdatum: "2024-04-01" }), // due 2024-06-30: overdue
      rad({ kod: "AKTIV" }),
    ];
    const s = sammanfattaUppfoljningar(rows, today);
    expect(s.arbetslista.map((p) => [p.kod, p.lage, p.forfaller])).toEqual([
      ["SEN", "FORSENAD", "2024-06-30"],
      ["SNART", "AKTUELL", "2024-08-23"],
    ]);
    expect(s).toMatchObject({ forsenade: 1, aktuella: 1, gjorda: 0, forfallna: 1 });
  });

  it("counts 'ej nådd' as a follow-up made — shown on its own, never on the work list", () => {
    const rows = [avslutad({ avslutsdatum: "2024-01-02", uppfoljningStatus: "EJ_NADD" }), avslutad({ avslutsdatum: "2024-01-02", uppfoljningStatus: "ARBETE" })];
    const s = sammanfattaUppfoljningar(rows, today);
    expect(s).toMatchObject({ gjorda: 2, ejNadd: 1, forfallna: 2, forsenade: 0, arbetslista: [] });
  });

  it("leaves felregistreringar out of the follow-up entirely", () => {
    const s = sammanfattaUppfoljningar([avslutad({ avslutsdatum: "2024-01-02", avslutsorsak: "FELREGISTRERING" })], today);
    expect(s).toMatchObject({ forfallna: 0, forsenade: 0, arbetslista: [] });
  });
});
