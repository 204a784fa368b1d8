import { describe, expect, it } from "vitest";
import { evaluateAll } from "@/lib/domain/goals/evaluate";
import { data, matning, rad } from "@/lib/domain/goals/test-rows";
import type { MalDefinition } from "@/lib/domain/goals/definition";
import { dataPer, manadsslut, utvecklingPerManad } from "./utveckling";

const vasOkad: MalDefinition = {
  typ: "ANDEL",
  population: "AVSLUTADE",
  villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "VAS", fran: "START", till: "AVSLUT" }],
  minAndel: 0.7,
  minUnderlag: 1,
} as MalDefinition;
const inskrivna: MalDefinition = { typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal: 3, per: "PERIOD" } as MalDefinition;
const mal = [
  { id: "vas", typ: "ANDEL", definition: vasOkad },
  { id: "antal", typ: "ANTAL", definition: inskrivna },
  { id: "kval", typ: "KVALITATIV", definition: { typ: "KVALITATIV" } },
];

// Three people, hand-placed in time (insats 2018-03-01 – 2018-12-31):
// A starts 03-05, VAS 4 → 6, ends 05-20 (improved);
// B starts 04-10, VAS 5 → 5, ends 07-15 (unchanged);
// C starts 06-01, VAS 3 at start, no avslut yet.
const A = rad({ startdatum: "2018-03-05", avslutsdatum: "2018-05-20", avslutsorsak: "ARBETE", matningar: [matning("VAS", "START", 4, "2018-03-05"), matning("VAS", "AVSLUT", 6, "2018-05-20")] });
const B = rad({ startdatum: "2018-04-10", avslutsdatum: "2018-07-15", avslutsorsak: "AVBROTT", matningar: [matning("VAS", "START", 5, "2018-04-10"), matning("VAS", "AVSLUT", 5, "2018-07-15")] });
const C = rad({ startdatum: "2018-06-01", matningar: [matning("VAS", "START", 3, "2018-06-01")] });

describe("manadsslut", () => {
  it("lists every month end and stops at the last day itself", () => {
    expect(manadsslut("2018-03-01", "2018-06-30")).toEqual(["2018-03-31", "2018-04-30", "2018-05-31", "2018-06-30"]);
    expect(manadsslut("2018-11-15", "2019-02-10")).toEqual(["2018-11-30", "2018-12-31", "2019-01-31", "2019-02-10"]);
  });
  it("handles one day, February in a leap year, and an empty range", () => {
    expect(manadsslut("2020-02-10", "2020-02-10")).toEqual(["2020-02-10"]);
    expect(manadsslut("2020-01-31", "2020-03-01")).toEqual(["2020-01-31", "2020-02-29", "2020-03-01"]);
    expect(manadsslut("2020-05-01", "2020-04-30")).toEqual([]);
  });
  it("keeps at most the latest 120 months", () => {
    const m = manadsslut("2000-01-01", "2020-12-31");
    expect(m).toHaveLength(120);
    expect(m.at(-1)).toBe("2020-12-31");
    expect(m[0]).toBe("2011-01-31");
  });
});

describe("dataPer", () => {
  it("drops people not yet enrolled and reopens an avslut that lies in the future", () => {
    const d = dataPer(data([A, B, C]), "2018-06-30");
    expect(d.inskrivningar.map((r) => r.id)).toEqual([A.id, B.id, C.id]);
    const b = d.inskrivningar[1]!;
    expect(b).toMatchObject({ avslutsdatum: null, avslutsorsak: null, forsorjningAvslut: [] });
    expect(b.matningar).toEqual([matning("VAS", "START", 5, "2018-04-10")]);
    expect(d.inskrivningar[0]).toBe(A); // settled rows are shared, not copied
    expect(dataPer(data([A, B, C]), "2018-04-09").inskrivningar.map((r) => r.id)).toEqual([A.id]);
  });
  it("hides a follow-up recorded after the day", () => {
    const r = rad({ avslutsdatum: "2018-04-01", uppfoljning: { status: "ARBETE", datum: "2018-07-01" } });
    expect(dataPer(data([r]), "2018-06-30").inskrivningar[0]!.uppfoljning).toBeNull();
    expect(dataPer(data([r]), "2018-07-01").inskrivningar[0]!.uppfoljning).toEqual({ status: "ARBETE", datum: "2018-07-01" });
  });
});

describe("utvecklingPerManad", () => {
  const serier = utvecklingPerManad(mal, data([A, B, C]), { fran: "2018-03-01", till: "2018-08-15" });

  it("gives KVALITATIV targets no series", () => {
    expect(serier.has("kval")).toBe(false);
  });

  it("counts, month by month, what was known at each month end (hand-computed)", () => {
    expect(serier.get("antal")!.map((p) => [p.datum, p.taljare])).toEqual([
      ["2018-03-31", 1],
      ["2018-04-30", 2],
      ["2018-05-31", 2],
      ["2018-06-30", 3],
      ["2018-07-31", 3],
      ["2018-08-15", 3],
    ]);
    // March, April: nobody avslutad. May: A improved, 1 of 1. July: B unchanged, 1 of 2.
    expect(serier.get("vas")!.map((p) => [p.taljare, p.namnare, p.varde])).toEqual([
      [0, 0, null],
      [0, 0, null],
      [1, 1, 1],
      [1, 1, 1],
      [1, 2, 0.5],
      [1, 2, 0.5],
    ]);
  });

  it("ends on exactly what the goal engine says for that day", () => {
    const sista = serier.get("vas")!.at(-1)!;
    const [engine] = evaluateAll([mal[0]!], data([A, B, C]), { today: "2018-08-15" });
    expect(sista).toMatchObject({ taljare: engine!.resultat.taljare, namnare: engine!.resultat.namnare, varde: engine!.resultat.varde, status: engine!.resultat.status });
  });

  it("gives an empty insats zeros, not gaps", () => {
    const tom = utvecklingPerManad(mal, data([]), { fran: "2018-03-01", till: "2018-04-30" });
    expect(tom.get("antal")!.map((p) => p.taljare)).toEqual([0, 0]);
    expect(tom.get("vas")!.every((p) => p.namnare === 0 && p.varde === null && p.status === "UNDERLAG_SAKNAS")).toBe(true);
  });

  it("counts people lacking a measurement as missing at every month end", () => {
    const utan = rad({ startdatum: "2018-03-05", avslutsdatum: "2018-03-20", avslutsorsak: "ARBETE" });
    const s = utvecklingPerManad(mal, data([utan]), { fran: "2018-03-01", till: "2018-04-30" }).get("vas")!;
    expect(s.map((p) => [p.namnare, p.saknarData])).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });
});
