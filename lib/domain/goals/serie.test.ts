import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { evaluateAll } from "./evaluate";
import { dataPer, evaluateAllPerDag, radPer } from "./serie";
import { data, matning, rad, seedDef } from "./test-rows";
import { seedTargets } from "./seed-targets";
import type { EvalData, InskrivningRad } from "./rows";

const DAG = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const BAS = Date.UTC(2018, 5, 1);
/** A day between 2018-06-01 and about 2021-09. */
const datumArb = fc.integer({ min: 0, max: 1200 }).map((n) => iso(BAS + n * DAG));

const GRUPPER = [
  { id: "g1", namn: "Grupp 1" },
  { id: "g2", namn: "Grupp 2" },
];

const matningArb = fc.record({
  variabel: fc.constantFrom("VAS", "STEG", "NARMARE_ARBETSMARKNADEN"),
  tidpunkt: fc.constantFrom("START" as const, "AVSLUT" as const, "UPPFOLJNING_90" as const, "DATUM" as const),
  datum: datumArb,
  varde: fc.integer({ min: 0, max: 10 }),
});

const radArb: fc.Arbitrary<InskrivningRad> = fc
  .record({
    kon: fc.constantFrom("K" as const, "M" as const),
    start: datumArb,
    langd: fc.option(fc.integer({ min: 0, max: 500 })),
    orsak: fc.constantFrom("ARBETE", "STUDIER", "AVBROTT", "FELREGISTRERING"),
    forsorjning: fc.subarray(["LON", "SJUKPENNING", "FORSORJNINGSSTOD"]),
    grupp: fc.constantFrom(null, "g1", "g2", "okand-grupp"),
    matningar: fc.array(matningArb, { maxLength: 5 }),
    uf: fc.option(fc.record({ status: fc.constantFrom("ARBETE", "EJ_NADD", "SJUKSKRIVEN"), efter: fc.integer({ min: 0, max: 200 }) })),
    plan: fc.boolean(),
  })
  .map((x) => {
    const slut = x.langd === null ? null : iso(Date.parse(x.start) + x.langd * DAG);
    return rad({
      kon: x.kon,
      gruppId: x.grupp,
      startdatum: x.start,
      avslutsdatum: slut,
      avslutsorsak: slut === null ? null : x.orsak,
      forsorjningAvslut: slut === null ? [] : x.forsorjning,
      matningar: x.matningar,
      uppfoljning: x.uf === null || slut === null ? null : { status: x.uf.status, datum: iso(Date.parse(slut) + x.uf.efter * DAG) },
      harPlan: x.plan,
    });
  });

/** Every kind of goal: the seed documents' own targets plus the shapes they lack. */
const MAL: { id: string; definition: unknown }[] = [
  ...seedTargets.map((t, i) => ({ id: `seed${i}`, definition: t.definition })),
  { id: "ar-oppen", definition: { typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal: 4, per: "AR" } },
  { id: "ar-period", definition: { typ: "ANTAL", population: "AVSLUTADE", villkor: [{ typ: "AVSLUTSORSAK", koder: ["ARBETE"] }], minAntal: 2, per: "AR", period: { fran: "2019-03-15", till: "2020-08-31" } } },
  { id: "grupp", definition: { typ: "ANTAL", population: "INSKRIVNA", villkor: [{ typ: "KON", kon: "K" }], minAntal: 2, per: "GRUPP", minGrupper: 1 } },
  { id: "grupp-alla", definition: { typ: "ANTAL", population: "AVSLUTADE", villkor: [], minAntal: 1, per: "GRUPP" } },
  { id: "uppf", definition: { typ: "ANDEL", population: "AVSLUTADE_MED_UPPFOLJNING", villkor: [{ typ: "UPPFOLJNING_STATUS", koder: ["ARBETE"] }], minAndel: 0.3, minUnderlag: 1 } },
  { id: "vas-uppf", definition: { typ: "ANDEL", population: "AVSLUTADE_MED_UPPFOLJNING", villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "VAS", fran: "START", till: "UPPFOLJNING_90" }], minAndel: 0.5 } },
  { id: "varde", definition: { typ: "ANDEL", population: "INSKRIVNA", villkor: [{ typ: "MATVARIABEL_VARDE", variabel: "STEG", tidpunkt: "START", minVarde: 4 }], maxAndel: 0.6, minUnderlag: 2 } },
  { id: "forsorjning", definition: { typ: "ANDEL", population: "AVSLUTADE", villkor: [{ typ: "FORSORJNING_AVSLUT", koder: ["EGEN_FORSORJNING", "FORSORJNINGSSTOD"] }, { typ: "HAR_PLAN" }], minAndel: 0.4, period: { fran: "2019-01-01" } } },
  { id: "saknad-variabel", definition: { typ: "ANDEL", population: "INSKRIVNA", villkor: [{ typ: "MATVARIABEL_VARDE", variabel: "FINNS_EJ", tidpunkt: "START", minVarde: 1 }], minAndel: 0.5 } },
  { id: "ogiltig", definition: { typ: "ANDEL", population: "ALLA" } },
  { id: "kvalitativ", definition: { typ: "KVALITATIV" } },
];

const dataArb: fc.Arbitrary<EvalData> = fc
  .record({
    rader: fc.array(radArb, { maxLength: 40 }),
    slut: fc.constantFrom(null, "2020-12-31", "2019-10-15"),
    volym: fc.boolean(),
    volymRader: fc.array(fc.record({ start: datumArb, langd: fc.integer({ min: 0, max: 365 }), k: fc.nat(20), m: fc.nat(20) }), { maxLength: 4 }),
  })
  .map((x) =>
    data(x.volym ? [] : x.rader, {
      matningsmetod: x.volym ? "VOLYM" : "PERSONUPPGIFTER",
      insatsPeriod: { start: "2018-09-01", slut: x.slut },
      grupper: GRUPPER,
      volym: x.volym ? x.volymRader.map((v) => ({ periodStart: v.start, periodSlut: iso(Date.parse(v.start) + v.langd * DAG), kvinnor: v.k, man: v.m })) : [],
    }),
  );

/** Strictly ascending days, as the dashboard's month ends are. */
const dagarArb = fc.uniqueArray(datumArb, { minLength: 1, maxLength: 14 }).map((d) => [...d].sort());

describe("evaluateAllPerDag", () => {
  it("gives on every day exactly what the goal engine gives over the data as they stood that day", () => {
    fc.assert(
      fc.property(dataArb, dagarArb, fc.option(fc.integer({ min: 1, max: 6 })), (d, dagar, minUnderlag) => {
        const options = minUnderlag === null ? {} : { minUnderlag };
        const serier = evaluateAllPerDag(MAL, d, dagar, options);
        dagar.forEach((dag, j) => {
          const motor = evaluateAll(MAL, dataPer(d, dag), { today: dag, ...options });
          for (const { id, resultat } of motor) expect(serier.get(id)![j], `${id} ${dag}`).toEqual(resultat);
        });
      }),
      { numRuns: 400 },
    );
  });

  it("agrees with the engine on the demo goals at month ends over many rows", () => {
    const dagar = Array.from({ length: 40 }, (_, i) => iso(Date.UTC(2018, 9 + i, 0)));
    const rader = fc.sample(radArb, { numRuns: 600, seed: 42 });
    const d = data(rader, { matningsmetod: "ANONYM", insatsPeriod: { start: "2018-09-01", slut: null }, grupper: GRUPPER });
    const serier = evaluateAllPerDag(MAL, d, dagar, { minUnderlag: 5 });
    for (const [j, dag] of dagar.entries()) {
      for (const { id, resultat } of evaluateAll(MAL, dataPer(d, dag), { today: dag, minUnderlag: 5 })) expect(serier.get(id)![j]).toEqual(resultat);
    }
    // The data are not trivial: the VAS target counts people, and its figures move over time.
    const vas = serier.get(`seed${seedTargets.findIndex((t) => t.definition === seedDef("Minst 7 av 10"))}`);
    if (vas) expect(new Set(vas.map((r) => r.namnare)).size).toBeGreaterThan(3);
  });

  it("returns an empty series for no days and refuses days out of order", () => {
    expect(evaluateAllPerDag(MAL, data([rad()]), []).get("seed0")).toEqual([]);
    expect(() => evaluateAllPerDag(MAL, data([rad()]), ["2019-02-01", "2019-01-31"])).toThrow();
    expect(() => evaluateAllPerDag(MAL, data([rad()]), ["2019-02-01", "2019-02-01"])).toThrow();
  });
});

describe("radPer", () => {
  it("hides what happened after the day and keeps settled rows as they are", () => {
    const r = rad({
      startdatum: "2019-01-10",
      avslutsdatum: "2019-05-01",
      avslutsorsak: "ARBETE",
      forsorjningAvslut: ["LON"],
      matningar: [matning("VAS", "START", 3, "2019-01-10"), matning("VAS", "AVSLUT", 7, "2019-05-01")],
      uppfoljning: { status: "ARBETE", datum: "2019-08-01" },
    });
    expect(radPer(r, "2019-01-09")).toBeNull();
    expect(radPer(r, "2019-03-01")).toMatchObject({ avslutsdatum: null, avslutsorsak: null, forsorjningAvslut: [], matningar: [r.matningar[0]], uppfoljning: null });
    expect(radPer(r, "2019-05-01")).toMatchObject({ avslutsdatum: "2019-05-01", matningar: r.matningar, uppfoljning: null });
    expect(radPer(r, "2019-08-01")).toBe(r);
  });
});
