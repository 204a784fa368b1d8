import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AndelDefinition, AntalDefinition, MalDefinition } from "./definition";
import { evaluateAll, evaluateMalsattning } from "./evaluate";
import type { EvalData, InskrivningRad } from "./rows";
import { data, matning, par, rad, rader, seedDef } from "./test-rows";

const VAS: AndelDefinition = {
  typ: "ANDEL",
  population: "AVSLUTADE",
  villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "VAS", fran: "START", till: "AVSLUT" }],
  minAndel: 0.7,
};
const INSKRIVNA: AntalDefinition = { typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal: 3, per: "PERIOD" };
const EFTER = { today: "2019-06-01" }; // after the default fixture period 2018-03-01..2018-12-31
const avslutad = (over: Partial<InskrivningRad> = {}) => rad({ avslutsdatum: "2018-09-01", avslutsorsak: "OVRIGT", ...over });

describe("denominator and missing data", () => {
  it("zero denominator: no avslutade → namnare 0, no share, no interval, UNDERLAG_SAKNAS", () => {
    const r = evaluateMalsattning(VAS, data(rader(4)), EFTER);
    expect(r).toMatchObject({ taljare: 0, namnare: 0, varde: null, saknarData: 0, status: "UNDERLAG_SAKNAS" });
    expect(r.intervall).toBeUndefined();
  });

  it("all missing: 6 avslutade without VAS are all saknar data, none dropped", () => {
    const r = evaluateMalsattning(VAS, data(rader(6, { avslutsdatum: "2018-09-01", avslutsorsak: "ARBETE" })), EFTER);
    expect(r).toMatchObject({ namnare: 0, saknarData: 6, status: "UNDERLAG_SAKNAS" });
  });

  it("fewer than minUnderlag: 4 of 4 is not '100 %' but UNDERLAG_SAKNAS", () => {
    const rows = rader(4, { avslutsdatum: "2018-09-01", avslutsorsak: "OVRIGT", matningar: par("VAS", 2, 8) });
    expect(evaluateMalsattning(VAS, data(rows), EFTER)).toMatchObject({ taljare: 4, namnare: 4, varde: 1, status: "UNDERLAG_SAKNAS" });
    // The threshold is the goal's own, else the caller's, else 5.
    expect(evaluateMalsattning(VAS, data(rows), { ...EFTER, minUnderlag: 4 }).status).toBe("UPPNATT");
    expect(evaluateMalsattning({ ...VAS, minUnderlag: 3 }, data(rows), { ...EFTER, minUnderlag: 10 }).status).toBe("UPPNATT");
    expect(evaluateMalsattning({ ...VAS, minUnderlag: 5 }, data(rows), { ...EFTER, minUnderlag: 1 }).status).toBe("UNDERLAG_SAKNAS");
  });

  it("exactly minUnderlag (5) is enough", () => {
    const rows = rader(5, { avslutsdatum: "2018-09-01", avslutsorsak: "OVRIGT", matningar: par("VAS", 2, 8) });
    expect(evaluateMalsattning(VAS, data(rows), EFTER).status).toBe("UPPNATT");
  });

  it("a person lacking data for one condition is saknar data even when another condition fails", () => {
    const def: AndelDefinition = { ...VAS, villkor: [{ typ: "KON", kon: "K" }, ...VAS.villkor] };
    const rows = [
      ...rader(5, { kon: "K", avslutsdatum: "2018-09-01", avslutsorsak: "OVRIGT", matningar: par("VAS", 1, 2) }),
      avslutad({ kon: "M" }), // fails KON, lacks VAS → saknar, not in the denominator
    ];
    expect(evaluateMalsattning(def, data(rows), EFTER)).toMatchObject({ taljare: 5, namnare: 5, saknarData: 1 });
    // The order of the conditions does not matter.
    const omvand: AndelDefinition = { ...def, villkor: [...def.villkor].reverse() };
    expect(evaluateMalsattning(omvand, data(rows), EFTER)).toMatchObject({ taljare: 5, namnare: 5, saknarData: 1 });
  });

  it("EJ_NADD is a recorded follow-up: in the denominator, not saknar data", () => {
    const def: AndelDefinition = {
      typ: "ANDEL",
      population: "AVSLUTADE_MED_UPPFOLJNING",
      villkor: [{ typ: "UPPFOLJNING_STATUS", koder: ["ARBETE"] }],
      minAndel: 0.5,
    };
    const uf = (status: string | null) => avslutad({ uppfoljning: status ? { status, datum: "2018-12-01" } : null });
    const rows = [uf("ARBETE"), uf("ARBETE"), uf("EJ_NADD"), uf("EJ_NADD"), uf("EJ_NADD"), uf(null)];
    expect(evaluateMalsattning(def, data(rows), EFTER)).toMatchObject({ taljare: 2, namnare: 5, saknarData: 1, status: "EJ_UPPNATT" });
  });

  it("'ökad' is a strict paired rise: equal values are not a rise, a fall is not", () => {
    const rows = [
      ...rader(3, { avslutsdatum: "2018-09-01", avslutsorsak: "OVRIGT", matningar: par("VAS", 5, 6) }),
      avslutad({ matningar: par("VAS", 5, 5) }),
      avslutad({ matningar: par("VAS", 7, 1) }),
    ];
    expect(evaluateMalsattning(VAS, data(rows), EFTER)).toMatchObject({ taljare: 3, namnare: 5 });
  });

  it("a re-measurement at the same time point replaces the earlier one; DATUM measurements are not time points", () => {
    const rows = [
      // Start 3, avslut first 2 then 6 (later date wins) → rise.
      avslutad({ matningar: [matning("VAS", "START", 3), matning("VAS", "AVSLUT", 2, "2018-08-01"), matning("VAS", "AVSLUT", 6, "2018-08-20")] }),
      // The same, recorded in reverse order.
      avslutad({ matningar: [matning("VAS", "AVSLUT", 6, "2018-08-20"), matning("VAS", "AVSLUT", 2, "2018-08-01"), matning("VAS", "START", 3)] }),
      // Only a DATUM measurement besides start → saknar data.
      avslutad({ matningar: [matning("VAS", "START", 3), matning("VAS", "DATUM", 9)] }),
    ];
    expect(evaluateMalsattning(VAS, data(rows), { ...EFTER, minUnderlag: 1 })).toMatchObject({ taljare: 2, namnare: 2, saknarData: 1 });
  });

  it("MATVARIABEL_VARDE with a threshold counts values at or above it", () => {
    const def: AndelDefinition = {
      typ: "ANDEL",
      population: "AVSLUTADE",
      villkor: [{ typ: "MATVARIABEL_VARDE", variabel: "VAS", tidpunkt: "AVSLUT", minVarde: 7 }],
      minAndel: 0.5,
    };
    const rows = [6, 7, 8, 10, 3].map((v) => avslutad({ matningar: [matning("VAS", "AVSLUT", v)] }));
    expect(evaluateMalsattning(def, data(rows), EFTER)).toMatchObject({ taljare: 3, namnare: 5, status: "UPPNATT" });
  });

  it("a goal naming a Matvariabel the förbund does not have is EJ_MATBART, with the reason", () => {
    const def: AndelDefinition = { ...VAS, villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "KASAM", fran: "START", till: "AVSLUT" }] };
    const r = evaluateMalsattning(def, data(rader(6)), EFTER);
    expect(r.status).toBe("EJ_MATBART");
    expect(r.forklaring).toContain("KASAM");
  });
});

describe("population by period", () => {
  const period = { start: "2020-01-01", slut: "2020-12-31" };
  const d = (rows: InskrivningRad[]) => data(rows, { insatsPeriod: period });

  it("INSKRIVNA is an overlap: starting on the last day or ending on the first day counts", () => {
    const rows = [
      rad({ startdatum: "2020-12-31" }), // in
      rad({ startdatum: "2019-06-01", avslutsdatum: "2020-01-01", avslutsorsak: "ARBETE" }), // in
      rad({ startdatum: "2019-06-01", avslutsdatum: "2019-12-31", avslutsorsak: "ARBETE" }), // out
      rad({ startdatum: "2021-01-01" }), // out
      rad({ startdatum: "2019-01-01" }), // in: still enrolled
    ];
    expect(evaluateMalsattning(INSKRIVNA, d(rows), { today: "2021-02-01" }).taljare).toBe(3);
  });

  it("AVSLUTADE is avslutsdatum within the period, both ends included", () => {
    const def: AntalDefinition = { ...INSKRIVNA, population: "AVSLUTADE" };
    const rows = ["2019-12-31", "2020-01-01", "2020-12-31", "2021-01-01"].map((a) =>
      rad({ startdatum: "2019-06-01", avslutsdatum: a, avslutsorsak: "ARBETE" }),
    );
    expect(evaluateMalsattning(def, d(rows), { today: "2021-06-01" }).taljare).toBe(2);
  });

  it("AVSLUTADE_MED_UPPFOLJNING needs avslut + 90 days ≤ today", () => {
    const def: AntalDefinition = { ...INSKRIVNA, population: "AVSLUTADE_MED_UPPFOLJNING" };
    // 2020-09-01 + 90 days = 2020-11-30.
    const rows = [rad({ startdatum: "2020-02-01", avslutsdatum: "2020-09-01", avslutsorsak: "ARBETE" })];
    expect(evaluateMalsattning(def, d(rows), { today: "2020-11-29" }).taljare).toBe(0);
    expect(evaluateMalsattning(def, d(rows), { today: "2020-11-30" }).taljare).toBe(1);
  });

  it("FELREGISTRERING never counts — not as inskriven, avslutad or followed up", () => {
    const fel = rad({
      startdatum: "2020-02-01",
      avslutsdatum: "2020-03-01",
      avslutsorsak: "FELREGISTRERING",
      harPlan: true,
      matningar: par("VAS", 1, 9),
      uppfoljning: { status: "ARBETE", datum: "2020-06-01" },
    });
    for (const population of ["INSKRIVNA", "AVSLUTADE", "AVSLUTADE_MED_UPPFOLJNING"] as const) {
      const r = evaluateMalsattning({ ...INSKRIVNA, population }, d([fel]), { today: "2021-06-01" });
      expect(r, population).toMatchObject({ taljare: 0, namnare: 0, saknarData: 0 });
    }
  });

  it("a goal's own period overrides the insats's, and without till ends with the insats", () => {
    const rows = [rad({ startdatum: "2020-02-01", avslutsdatum: "2020-03-01", avslutsorsak: "ARBETE" }), rad({ startdatum: "2020-08-01" })];
    const r = evaluateMalsattning({ ...INSKRIVNA, period: { fran: "2020-06-01" } }, d(rows), { today: "2021-06-01" });
    expect(r.taljare).toBe(1);
    expect(r.period).toEqual({ fran: "2020-06-01", till: "2020-12-31" });
  });

  it("the last day still belongs to the period: below target is RISK, not yet EJ_UPPNATT", () => {
    const r = evaluateMalsattning(INSKRIVNA, d(rader(2, { startdatum: "2020-03-01" })), { today: "2020-12-31" });
    expect(r.status).toBe("RISK");
    expect(evaluateMalsattning(INSKRIVNA, d(rader(2, { startdatum: "2020-03-01" })), { today: "2021-01-01" }).status).toBe("EJ_UPPNATT");
  });

  it("an open-ended insats never fails a count: below target is PA_VAG", () => {
    const r = evaluateMalsattning(INSKRIVNA, data(rader(1), { insatsPeriod: { start: "2018-01-01", slut: null } }), { today: "2030-01-01" });
    expect(r.status).toBe("PA_VAG");
  });
});

describe("ANTAL per year and per group", () => {
  const perAr: AntalDefinition = { ...INSKRIVNA, minAntal: 30, per: "AR" };
  // Period 2019–2021, today 2020-07-01: 2019 has 30 (met); 2020 has 20 after
  // 2020-01-01..2020-07-01 = 183/366 = 0.5 of the year → 20/30 = 0.67 → PA_VAG;
  // 2021 has not begun and cannot fail (its 20 overlap are shown but not judged).
  const rows = (i2020: number) => [
    ...rader(30, { startdatum: "2019-02-01", avslutsdatum: "2019-11-30", avslutsorsak: "ARBETE" }),
    ...rader(i2020, { startdatum: "2020-02-01" }),
  ];
  const d = (n: number) => data(rows(n), { insatsPeriod: { start: "2019-01-01", slut: "2021-12-31" } });

  it("a year not yet begun is listed but does not fail the goal", () => {
    const r = evaluateMalsattning(perAr, d(20), { today: "2020-07-01" });
    expect(r.status).toBe("PA_VAG");
    expect(r.perUndergrupp).toEqual([
      { nyckel: "2019", namn: "2019", antal: 30, malAntal: 30, uppnatt: true, status: "UPPNATT", ejPaborjad: false },
      { nyckel: "2020", namn: "2020", antal: 20, malAntal: 30, uppnatt: false, status: "PA_VAG", ejPaborjad: false },
      { nyckel: "2021", namn: "2021", antal: 20, malAntal: 30, uppnatt: false, status: undefined, ejPaborjad: true },
    ]);
    expect(r.varde).toBe(1);
  });

  it("the overall status is the worst begun year: 10 in half of 2020 → RISK", () => {
    expect(evaluateMalsattning(perAr, d(10), { today: "2020-07-01" }).status).toBe("RISK");
  });

  it("per GRUPP without minGrupper needs every group", () => {
    const def: AntalDefinition = { ...INSKRIVNA, minAntal: 2, per: "GRUPP" };
    const grupper = [{ id: "a", namn: "A" }, { id: "b", namn: "B" }];
    const g = (a: number, b: number) => data([...rader(a, { gruppId: "a" }), ...rader(b, { gruppId: "b" })], { grupper });
    expect(evaluateMalsattning(def, g(2, 2), EFTER)).toMatchObject({ status: "UPPNATT", varde: 2 });
    expect(evaluateMalsattning(def, g(3, 1), EFTER)).toMatchObject({ status: "EJ_UPPNATT", varde: 1 });
  });

  it("per GRUPP with no groups registered says so", () => {
    const def: AntalDefinition = { ...INSKRIVNA, minAntal: 2, per: "GRUPP", minGrupper: 1 };
    const r = evaluateMalsattning(def, data(rader(5)), EFTER);
    expect(r).toMatchObject({ status: "EJ_UPPNATT", varde: 0, forklaring: "Insatsen har inga grupper registrerade" });
  });
});

describe("mätningsmetod VOLYM", () => {
  const volym = (over: Partial<EvalData> = {}) =>
    data([], {
      matningsmetod: "VOLYM",
      insatsPeriod: { start: "2020-01-01", slut: "2021-12-31" },
      volym: [
        { periodStart: "2020-01-01", periodSlut: "2020-12-31", kvinnor: 120, man: 90 },
        { periodStart: "2021-01-01", periodSlut: "2021-12-31", kvinnor: 110, man: 100 },
        { periodStart: "2022-01-01", periodSlut: "2022-12-31", kvinnor: 500, man: 500 }, // outside
      ],
      ...over,
    });
  const efter = { today: "2022-02-01" };

  it("counts inskrivna from the volym rows: 120 + 90 + 110 + 100 = 420 ≥ 400", () => {
    expect(evaluateMalsattning(seedDef("Under 2020 och 2021"), volym(), efter)).toMatchObject({ taljare: 420, status: "UPPNATT" });
  });

  it("counts by kön: women 230", () => {
    const def: AntalDefinition = { ...INSKRIVNA, villkor: [{ typ: "KON", kon: "K" }], minAntal: 250 };
    expect(evaluateMalsattning(def, volym(), efter)).toMatchObject({ taljare: 230, namnare: 420, status: "EJ_UPPNATT" });
  });

  it("counts per year: 210 each year against 200", () => {
    const r = evaluateMalsattning({ ...INSKRIVNA, minAntal: 200, per: "AR" }, volym(), efter);
    expect(r.perUndergrupp?.map((u) => u.antal)).toEqual([210, 210]);
    expect(r.status).toBe("UPPNATT");
  });

  it("gives the share of women, since the counts allow it: 230/420", () => {
    const r = evaluateMalsattning(seedDef("Kvinnor och män ska vara nöjda"), volym(), efter);
    expect(r).toMatchObject({ taljare: 230, namnare: 420, status: "UPPNATT" });
  });

  it.each([
    ["a share of VAS", seedDef("Minst 7 av 10 upplever")],
    ["a count of avslutade", seedDef("Minst 6 personer")],
    ["a share with a plan", seedDef("varje deltagare ska få")],
    ["groups", seedDef("Vägen vidare genomför två grupper")],
  ])("refuses %s as EJ_MATBART with a reason", (_n, def) => {
    const r = evaluateMalsattning(def, volym(), efter);
    expect(r.status).toBe("EJ_MATBART");
    expect(r.forklaring).toMatch(/VOLYM/);
  });

  it("leaves a qualitative goal MANUELL", () => {
    expect(evaluateMalsattning({ typ: "KVALITATIV" }, volym(), efter).status).toBe("MANUELL");
  });
});

describe("evaluateAll", () => {
  it("evaluates each stored goal and marks an invalid one EJ_MATBART", () => {
    const rows = rader(12, { avslutsdatum: "2018-09-01", avslutsorsak: "ARBETE", matningar: par("VAS", 3, 4) });
    const res = evaluateAll(
      [
        { id: "a", definition: VAS },
        { id: "b", definition: { typ: "ANDEL", villkor: [] } },
        { id: "c", definition: INSKRIVNA },
      ],
      data(rows),
      EFTER,
    );
    expect(res.map((r) => [r.id, r.resultat.status])).toEqual([["a", "UPPNATT"], ["b", "EJ_MATBART"], ["c", "UPPNATT"]]);
    expect(res[0]?.resultat).toEqual(evaluateMalsattning(VAS, data(rows), EFTER));
    expect(res[1]?.resultat.forklaring).toBe("Målets definition är ogiltig");
  });
});

describe("properties", () => {
  const datum = fc.integer({ min: 0, max: 1000 }).map((n) => new Date(Date.UTC(2019, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const radArb = fc
    .record({
      kon: fc.constantFrom("K" as const, "M" as const),
      start: datum,
      langd: fc.option(fc.integer({ min: 0, max: 400 })),
      orsak: fc.constantFrom("ARBETE", "STUDIER", "OVRIGT", "FELREGISTRERING"),
      vasStart: fc.option(fc.integer({ min: 0, max: 10 })),
      vasSlut: fc.option(fc.integer({ min: 0, max: 10 })),
      uf: fc.option(fc.constantFrom("ARBETE", "EJ_NADD", "SJUKSKRIVEN")),
      plan: fc.boolean(),
    })
    .map((x) => {
      const slut = x.langd === null ? null : new Date(Date.parse(x.start) + x.langd * 86_400_000).toISOString().slice(0, 10);
      return rad({
        kon: x.kon,
        startdatum: x.start,
        avslutsdatum: slut,
        avslutsorsak: slut === null ? null : x.orsak,
        matningar: [
          ...(x.vasStart === null ? [] : [matning("VAS", "START", x.vasStart)]),
          ...(x.vasSlut === null ? [] : [matning("VAS", "AVSLUT", x.vasSlut)]),
        ],
        uppfoljning: x.uf === null || slut === null ? null : { status: x.uf, datum: slut },
        harPlan: x.plan,
      });
    });
  const defs: MalDefinition[] = [
    VAS,
    seedDef("30% av antalet"),
    seedDef("varje deltagare ska få"),
    seedDef("Kvinnor och män ska vara nöjda"),
    seedDef("Minst 6 personer"),
    { ...INSKRIVNA, villkor: [{ typ: "HAR_PLAN" }] },
  ];
  const today = datum;
  const period = { start: "2019-06-01", slut: "2020-12-31" };

  /** Population size by the rule as DESIGN.md states it, written independently of the engine. */
  function populationSize(def: AndelDefinition | AntalDefinition, rows: InskrivningRad[], idag: string): number {
    const due = (a: string) => Date.parse(a) + 90 * 86_400_000 <= Date.parse(idag);
    return rows.filter((r) => {
      if (r.avslutsorsak === "FELREGISTRERING") return false;
      if (def.population === "INSKRIVNA") return r.startdatum <= period.slut && (!r.avslutsdatum || r.avslutsdatum >= period.start);
      const inne = !!r.avslutsdatum && r.avslutsdatum >= period.start && r.avslutsdatum <= period.slut;
      return inne && (def.population === "AVSLUTADE" || due(r.avslutsdatum as string));
    }).length;
  }

  it("taljare ≤ namnare and namnare + saknarData = population size, for every goal", () => {
    fc.assert(
      fc.property(fc.array(radArb, { maxLength: 60 }), today, fc.constantFrom(...defs), (rows, idag, def) => {
        if (def.typ === "KVALITATIV" || def.typ === "ENKAT") return true;
        const r = evaluateMalsattning(def, data(rows, { insatsPeriod: period }), { today: idag });
        const n = populationSize(def, rows, idag);
        return r.taljare <= r.namnare && r.namnare + r.saknarData <= n && r.namnare + r.saknarData === n;
      }),
      { numRuns: 300 },
    );
  });

  it("a share is within [0, 1] and inside its Wilson interval", () => {
    fc.assert(
      fc.property(fc.array(radArb, { maxLength: 60 }), today, (rows, idag) => {
        const r = evaluateMalsattning(VAS, data(rows, { insatsPeriod: period }), { today: idag });
        if (r.varde === null) return r.namnare === 0 && r.intervall === undefined;
        return r.varde >= 0 && r.varde <= 1 && !!r.intervall && r.intervall.low <= r.varde && r.varde <= r.intervall.high;
      }),
      { numRuns: 300 },
    );
  });

  it("adding a felregistrering never changes any result", () => {
    fc.assert(
      fc.property(fc.array(radArb, { maxLength: 40 }), radArb, today, fc.constantFrom(...defs), (rows, extra, idag, def) => {
        const fel = { ...extra, avslutsdatum: extra.avslutsdatum ?? extra.startdatum, avslutsorsak: "FELREGISTRERING" };
        const a = evaluateMalsattning(def, data(rows, { insatsPeriod: period }), { today: idag });
        const b = evaluateMalsattning(def, data([...rows, fel], { insatsPeriod: period }), { today: idag });
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });
});
