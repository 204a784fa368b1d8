import { describe, expect, it } from "vitest";
import { evaluateMalsattning } from "./evaluate";
import { seedDef, data, matning, par, rad, rader } from "./test-rows";
import type { InskrivningRad } from "./rows";
import type { Villkor } from "./definition";

/**
 * Every seed target (DESIGN.md §3) against a hand-built fixture. Each comment
 * states how the expected numbers were counted by hand.
 */

const VAGEN_VIDARE = { start: "2018-03-01", slut: "2018-12-31" };
const FRISKA_VINDAR = { start: "2020-01-01", slut: "2021-12-31" };
const VAGKNUTEN = { start: "2017-02-01", slut: "2020-01-31" };
const TILL_ARBETE = { start: "2020-07-01", slut: "2022-12-31" };

const avslutad = (datum: string, orsak: string, over: Partial<InskrivningRad> = {}) =>
  rad({ avslutsdatum: datum, avslutsorsak: orsak, ...over });

describe("Vägen vidare 2018", () => {
  const vv = (rows: InskrivningRad[]) => data(rows, { insatsPeriod: VAGEN_VIDARE });

  describe("Minst 6 personer avslutas till arbete eller studier", () => {
    const def = seedDef("Minst 6 personer");
    const base = () => [
      ...rader(4, { avslutsdatum: "2018-08-15", avslutsorsak: "ARBETE" }),
      ...rader(2, { avslutsdatum: "2018-11-30", avslutsorsak: "STUDIER" }),
      ...rader(3, { avslutsdatum: "2018-09-01", avslutsorsak: "ANNAN_ARBETSFORBEREDANDE_INSATS" }),
      avslutad("2019-01-10", "ARBETE"), // after the period: not counted
      avslutad("2018-05-01", "FELREGISTRERING"), // never counted
      ...rader(2), // still enrolled: not avslutade
    ];

    it("counts 4 arbete + 2 studier = 6 of 9 avslutade → UPPNATT after the period", () => {
      const r = evaluateMalsattning(def, vv(base()), { today: "2019-02-01" });
      expect(r).toMatchObject({ typ: "ANTAL", per: "PERIOD", status: "UPPNATT", taljare: 6, namnare: 9, varde: 6, saknarData: 0 });
      expect(r.mal).toEqual({ minAntal: 6 });
    });

    it("is EJ_UPPNATT with 5 once the period has ended", () => {
      const rows = base().filter((r, i, all) => !(r.avslutsorsak === "STUDIER" && all.indexOf(r) === 4));
      const r = evaluateMalsattning(def, vv(rows), { today: "2019-02-01" });
      expect(r.taljare).toBe(5);
      expect(r.status).toBe("EJ_UPPNATT");
    });

    // 2018-03-01..2018-08-20 is 173 of the period's 306 days (0.565 elapsed).
    it("is PA_VAG with 4 of 6 (0.67) after 56 % of the period and RISK with 3 (0.5)", () => {
      const fyra = rader(4, { avslutsdatum: "2018-08-15", avslutsorsak: "ARBETE" });
      expect(evaluateMalsattning(def, vv(fyra), { today: "2018-08-20" }).status).toBe("PA_VAG");
      expect(evaluateMalsattning(def, vv(fyra.slice(1)), { today: "2018-08-20" }).status).toBe("RISK");
    });
  });

  it("Minst 12 går vidare till andra arbetsförberedande åtgärder: 12 of 17 avslutade → UPPNATT, 11 → EJ_UPPNATT", () => {
    const def = seedDef("Minst 12 personer");
    const rows = (n: number) => [
      ...rader(n, { avslutsdatum: "2018-10-01", avslutsorsak: "ANNAN_ARBETSFORBEREDANDE_INSATS" }),
      ...rader(5, { avslutsdatum: "2018-10-01", avslutsorsak: "ARBETE" }),
    ];
    expect(evaluateMalsattning(def, vv(rows(12)), { today: "2019-01-15" })).toMatchObject({ taljare: 12, namnare: 17, status: "UPPNATT" });
    expect(evaluateMalsattning(def, vv(rows(11)), { today: "2019-01-15" })).toMatchObject({ taljare: 11, status: "EJ_UPPNATT" });
  });

  describe("Minst 7 av 10 upplever ökad livskvalitet (VAS)", () => {
    const def = seedDef("Minst 7 av 10 upplever");
    // 7 rises + 2 unchanged + 1 fall = 10 with both measurements; 2 lack avslut VAS
    // and 1 lacks start VAS = 3 saknar data. 7/10 = 0.7: exactly on target.
    const rows = (hojningar: number) => [
      ...rader(hojningar, { avslutsdatum: "2018-09-01", avslutsorsak: "ARBETE", matningar: par("VAS", 4, 6) }),
      ...rader(9 - hojningar, { avslutsdatum: "2018-09-01", avslutsorsak: "OVRIGT", matningar: par("VAS", 5, 5) }),
      rad({ avslutsdatum: "2018-09-01", avslutsorsak: "OVRIGT", matningar: par("VAS", 6, 3) }),
      ...rader(2, { avslutsdatum: "2018-09-01", avslutsorsak: "OVRIGT", matningar: par("VAS", 5, null) }),
      rad({ avslutsdatum: "2018-09-01", avslutsorsak: "OVRIGT", matningar: par("VAS", null, 8) }),
      rad({ matningar: par("VAS", 2, null) }), // still enrolled: not in the population at all
    ];

    it("7 of 10 meets 'minst 0.7' exactly; the 3 without a pair are saknar data", () => {
      const r = evaluateMalsattning(def, vv(rows(7)), { today: "2019-02-01" });
      expect(r).toMatchObject({ typ: "ANDEL", status: "UPPNATT", taljare: 7, namnare: 10, saknarData: 3 });
      expect(r.varde).toBeCloseTo(0.7, 12);
      expect(r.intervall?.low).toBeCloseTo(0.3968, 4);
      expect(r.intervall?.high).toBeCloseTo(0.8922, 4);
      expect(r.mal).toEqual({ minAndel: 0.7 });
    });

    it("6 of 10 is RISK while the insats runs and EJ_UPPNATT after", () => {
      expect(evaluateMalsattning(def, vv(rows(6)), { today: "2018-10-01" }).status).toBe("RISK");
      expect(evaluateMalsattning(def, vv(rows(6)), { today: "2019-01-01" }).status).toBe("EJ_UPPNATT");
      expect(evaluateMalsattning(def, vv(rows(7)), { today: "2018-10-01" }).status).toBe("PA_VAG");
    });
  });

  describe("Två grupper om minst 12 personer", () => {
    const def = seedDef("Vägen vidare genomför två grupper");
    const grupper = [
      { id: "g1", namn: "Grupp 1, vår" },
      { id: "g2", namn: "Grupp 2, höst" },
      { id: "g3", namn: "Grupp 3" },
    ];
    const rows = (g1: number, g2: number) => [
      ...rader(g1, { gruppId: "g1", startdatum: "2018-03-05", avslutsdatum: "2018-05-28", avslutsorsak: "ARBETSSOKANDE" }),
      ...rader(g2, { gruppId: "g2", startdatum: "2018-09-03" }),
      ...rader(5, { gruppId: "g3", startdatum: "2018-09-03" }),
      ...rader(2, { gruppId: null }),
      rad({ gruppId: "g2", startdatum: "2018-09-03", avslutsdatum: "2018-09-04", avslutsorsak: "FELREGISTRERING" }),
    ];

    it("13 + 12 (+ 5) → 2 groups reach 12 → UPPNATT; the felregistrering in g2 is not a 13th", () => {
      const r = evaluateMalsattning(def, data(rows(13, 12), { insatsPeriod: VAGEN_VIDARE, grupper }), { today: "2019-02-01" });
      expect(r).toMatchObject({ per: "GRUPP", status: "UPPNATT", varde: 2, mal: { minAntal: 12, minGrupper: 2 } });
      expect(r.perUndergrupp).toEqual([
        { nyckel: "g1", namn: "Grupp 1, vår", antal: 13, uppnatt: true },
        { nyckel: "g2", namn: "Grupp 2, höst", antal: 12, uppnatt: true },
        { nyckel: "g3", namn: "Grupp 3", antal: 5, uppnatt: false },
      ]);
    });

    it("13 + 11 → only one group → EJ_UPPNATT after the period", () => {
      const r = evaluateMalsattning(def, data(rows(13, 11), { insatsPeriod: VAGEN_VIDARE, grupper }), { today: "2019-02-01" });
      expect(r).toMatchObject({ varde: 1, status: "EJ_UPPNATT" });
    });

    // Progress = best two groups capped at 12: (12 + 4) / 24 = 0.67.
    // 2018-06-15 is 107/306 = 0.35 of the period → PA_VAG; 2018-11-15 is 260/306 = 0.85 → RISK.
    it("judges a running period by capped progress against elapsed time", () => {
      const d = data(rows(13, 4), { insatsPeriod: VAGEN_VIDARE, grupper });
      expect(evaluateMalsattning(def, d, { today: "2018-06-15" }).status).toBe("PA_VAG");
      expect(evaluateMalsattning(def, d, { today: "2018-11-15" }).status).toBe("RISK");
    });
  });
});

describe("Friska Vindar 2.0", () => {
  const fv = (rows: InskrivningRad[]) => data(rows, { insatsPeriod: FRISKA_VINDAR });
  const avslut = (over: Partial<InskrivningRad>) => rad({ startdatum: "2020-09-01", avslutsdatum: "2021-05-01", avslutsorsak: "OVRIGT", ...over });

  it("Minst 8 av 10 ökar sin förmåga (steg): 8 rises, 1 same, 1 fall = 8/10 → PA_VAG during, UPPNATT after", () => {
    const def = seedDef("Minst 8 av 10");
    const rows = [
      ...Array.from({ length: 8 }, () => avslut({ matningar: [...par("STEG", 2, 4), ...par("VAS", 5, 4)] })),
      avslut({ matningar: par("STEG", 3, 3) }),
      avslut({ matningar: par("STEG", 4, 2) }),
    ];
    expect(evaluateMalsattning(def, fv(rows), { today: "2021-06-01" })).toMatchObject({ taljare: 8, namnare: 10, status: "PA_VAG" });
    expect(evaluateMalsattning(def, fv(rows), { today: "2022-03-01" }).status).toBe("UPPNATT");
  });

  describe("Minst 4 av 10 egenförsörjande vid avslut", () => {
    // LON ×2, STUDIEMEDEL ×1, SJUKPENNING+LON ×1 (any source counts) = 4 of 10;
    // FORSORJNINGSSTOD ×3, A_KASSA ×2, SJUKERSATTNING ×1 = 6 no; 2 with nothing recorded = saknar data.
    const f = (...k: string[]) => avslut({ forsorjningAvslut: k });
    const rows = [
      f("LON"), f("LON"), f("STUDIEMEDEL"), f("SJUKPENNING", "LON"),
      f("FORSORJNINGSSTOD"), f("FORSORJNINGSSTOD"), f("FORSORJNINGSSTOD"), f("A_KASSA"), f("A_KASSA"), f("SJUKERSATTNING"),
      f(), f(),
    ];

    it("4/10 meets 0.4; two without försörjning at avslut are saknar data", () => {
      const r = evaluateMalsattning(seedDef("Minst 4 av 10"), fv(rows), { today: "2022-01-10" });
      expect(r).toMatchObject({ taljare: 4, namnare: 10, saknarData: 2, status: "UPPNATT" });
    });

    it("matches SCB group codes through the grouping", () => {
      const grupp = (koder: Extract<Villkor, { typ: "FORSORJNING_AVSLUT" }>["koder"]) =>
        evaluateMalsattning({ typ: "ANDEL", population: "AVSLUTADE", villkor: [{ typ: "FORSORJNING_AVSLUT", koder }], minAndel: 0.4 }, fv(rows), {
          today: "2022-01-10",
        });
      expect(grupp(["EGEN_FORSORJNING"]).taljare).toBe(4);
      expect(grupp(["OHALSA"]).taljare).toBe(2); // SJUKPENNING+LON, SJUKERSATTNING
      expect(grupp(["ARBETSMARKNADSSTOD", "EKONOMISKT_BISTAND"]).taljare).toBe(5);
    });
  });

  it("Minst 7 av 10 ökad livskvalitet: 6 of 10 → RISK during, EJ_UPPNATT after", () => {
    const rows = [
      ...Array.from({ length: 6 }, () => avslut({ matningar: par("VAS", 3, 7) })),
      ...Array.from({ length: 4 }, () => avslut({ matningar: par("VAS", 6, 6) })),
    ];
    const def = seedDef("Minst 7 av 10 deltagare");
    expect(evaluateMalsattning(def, fv(rows), { today: "2021-06-01" })).toMatchObject({ taljare: 6, namnare: 10, status: "RISK" });
    expect(evaluateMalsattning(def, fv(rows), { today: "2022-01-10" }).status).toBe("EJ_UPPNATT");
  });

  describe("400 kvinnor och män under 2020 och 2021", () => {
    const def = seedDef("Under 2020 och 2021");
    // 200 + 198 inside, 1 overlapping New Year 2020 = 399; the 2019-only, the 2022 start
    // and the felregistrering are outside.
    const rows = (extra: number) => [
      ...rader(200, { startdatum: "2020-02-01", avslutsdatum: "2020-11-30", avslutsorsak: "ARBETE" }),
      ...rader(198 + extra, { startdatum: "2021-02-01" }),
      rad({ startdatum: "2019-11-01", avslutsdatum: "2020-01-15", avslutsorsak: "STUDIER" }),
      rad({ startdatum: "2019-05-01", avslutsdatum: "2019-12-31", avslutsorsak: "STUDIER" }),
      rad({ startdatum: "2022-01-01" }),
      rad({ startdatum: "2020-05-01", avslutsdatum: "2020-05-02", avslutsorsak: "FELREGISTRERING" }),
    ];

    it("399 after the period → EJ_UPPNATT; 400 → UPPNATT", () => {
      expect(evaluateMalsattning(def, fv(rows(0)), { today: "2022-02-01" })).toMatchObject({ taljare: 399, status: "EJ_UPPNATT" });
      expect(evaluateMalsattning(def, fv(rows(1)), { today: "2022-02-01" })).toMatchObject({ taljare: 400, status: "UPPNATT" });
    });

    // 2020-01-01..2021-01-01 is 367 of 731 days (0.502): 210/400 = 0.525 is on track, 190/400 = 0.475 is not.
    it("halfway: 210 → PA_VAG, 190 → RISK", () => {
      const n = (k: number) => fv(rader(k, { startdatum: "2020-03-01" }));
      expect(evaluateMalsattning(def, n(210), { today: "2021-01-01" }).status).toBe("PA_VAG");
      expect(evaluateMalsattning(def, n(190), { today: "2021-01-01" }).status).toBe("RISK");
    });
  });

  describe("platserna fördelas jämställt: 40–60 % kvinnor", () => {
    const def = seedDef("Kvinnor och män ska vara nöjda");
    const rows = (k: number, m: number) => [...rader(k, { kon: "K", startdatum: "2020-02-01" }), ...rader(m, { kon: "M", startdatum: "2020-02-01" })];
    it.each([
      [5, 5, "PA_VAG", "UPPNATT"],
      [4, 6, "PA_VAG", "UPPNATT"], // 0.4: the lower bound itself
      [6, 4, "PA_VAG", "UPPNATT"], // 0.6: the upper bound itself
      [7, 3, "RISK", "EJ_UPPNATT"],
      [3, 7, "RISK", "EJ_UPPNATT"],
    ])("%i women, %i men → %s during, %s after", (k, m, under, efter) => {
      expect(evaluateMalsattning(def, fv(rows(k, m)), { today: "2020-06-01" }).status).toBe(under);
      const r = evaluateMalsattning(def, fv(rows(k, m)), { today: "2022-01-01" });
      expect(r.status).toBe(efter);
      expect(r).toMatchObject({ taljare: k, namnare: k + m, mal: { minAndel: 0.4, maxAndel: 0.6 } });
    });
  });
});

describe("Vägknuten 2.0", () => {
  const vk = (rows: InskrivningRad[]) => data(rows, { insatsPeriod: VAGKNUTEN });

  describe("30 personer deltar årligen", () => {
    const def = seedDef("30 personer deltar årligen");
    // Years: 2017 from 1 Feb = 334 of 365 days → ceil(30 × 334/365) = 28 needed; 2018, 2019: 30;
    // 2020 to 31 Jan = 31 of 366 days → ceil(2.54) = 3 needed.
    // 28 in 2017; 30 in 2018; 27 in 2019 + 3 across New Year = 30 in 2019 and 3 in 2020.
    const rows = (in2019: number) => [
      ...rader(28, { startdatum: "2017-03-01", avslutsdatum: "2017-12-20", avslutsorsak: "ARBETE" }),
      ...rader(30, { startdatum: "2018-02-01", avslutsdatum: "2018-12-15", avslutsorsak: "ARBETE" }),
      ...rader(in2019, { startdatum: "2019-02-01", avslutsdatum: "2019-11-30", avslutsorsak: "ARBETE" }),
      ...rader(3, { startdatum: "2019-10-01", avslutsdatum: "2020-01-20", avslutsorsak: "ARBETE" }),
    ];

    it("reaches every year, the partial first and last years pro rata → UPPNATT", () => {
      const r = evaluateMalsattning(def, vk(rows(27)), { today: "2020-06-01" });
      expect(r).toMatchObject({ per: "AR", status: "UPPNATT", varde: 4, taljare: 88 });
      expect(r.perUndergrupp?.map((u) => [u.nyckel, u.antal, u.malAntal, u.uppnatt])).toEqual([
        ["2017", 28, 28, true],
        ["2018", 30, 30, true],
        ["2019", 30, 30, true],
        ["2020", 3, 3, true],
      ]);
    });

    it("one short in 2019 → that year and the goal are EJ_UPPNATT", () => {
      const r = evaluateMalsattning(def, vk(rows(26)), { today: "2020-06-01" });
      expect(r.status).toBe("EJ_UPPNATT");
      expect(r.perUndergrupp?.find((u) => u.nyckel === "2019")).toMatchObject({ antal: 29, uppnatt: false, status: "EJ_UPPNATT" });
      expect(r.varde).toBe(3);
    });
  });

  describe("30 % har 90 dagar efter avslut nått självförsörjning eller rätt ersättning", () => {
    const def = seedDef("30% av antalet");
    const uf = (status: string | null, avslutsdatum = "2019-05-01", over: Partial<InskrivningRad> = {}) =>
      rad({ avslutsdatum, avslutsorsak: "OVRIGT", uppfoljning: status === null ? null : { status, datum: "2019-08-01" }, ...over });
    // 10 due with a follow-up: ARBETE, STUDIER, RATT_ERSATTNING (3 yes) and EJ_NADD ×3,
    // ARBETSSOKANDE ×2, SJUKSKRIVEN ×2 (7 no, EJ_NADD counted); 2 due without follow-up = saknar.
    // Avslut 2020-01-20 is due on 2020-04-19; avslut 2020-03-15 is after the period.
    const rows = [
      uf("ARBETE"), uf("STUDIER"), uf("RATT_ERSATTNING"),
      uf("EJ_NADD"), uf("EJ_NADD"), uf("EJ_NADD"), uf("ARBETSSOKANDE"), uf("ARBETSSOKANDE"), uf("SJUKSKRIVEN"), uf("SJUKSKRIVEN"),
      uf(null), uf(null),
      uf("ARBETE", "2020-01-20"),
      uf("ARBETE", "2020-03-15"),
      uf("ARBETE", "2019-06-01", { avslutsorsak: "FELREGISTRERING" }),
      rad({ startdatum: "2019-09-01" }),
    ];

    it("on 2020-06-01: 4 of 11 (the January avslut is due) → UPPNATT", () => {
      const r = evaluateMalsattning(def, vk(rows), { today: "2020-06-01" });
      expect(r).toMatchObject({ taljare: 4, namnare: 11, saknarData: 2, status: "UPPNATT" });
    });

    it("on 2020-04-01 the January avslut is not yet due: 3 of 10 = 0.3 → UPPNATT", () => {
      const r = evaluateMalsattning(def, vk(rows), { today: "2020-04-01" });
      expect(r).toMatchObject({ taljare: 3, namnare: 10, saknarData: 2, status: "UPPNATT" });
    });
  });

  it.each([
    ["50% av deltagarna", "NARMARE_ARBETSMARKNADEN", 5, 5, "UPPNATT"],
    ["50% av deltagarna", "NARMARE_ARBETSMARKNADEN", 4, 6, "EJ_UPPNATT"],
    ["70% av deltagarna", "ONSKVARD_UTVECKLING", 7, 3, "UPPNATT"],
    ["70% av deltagarna", "ONSKVARD_UTVECKLING", 6, 4, "EJ_UPPNATT"],
  ])("“%s” (%s): %i ja, %i nej → %s; no answer at avslut is saknar data", (text, kod, ja, nej, status) => {
    const avslut = (m: InskrivningRad["matningar"]) => rad({ avslutsdatum: "2018-06-01", avslutsorsak: "OVRIGT", matningar: m });
    const rows = [
      ...Array.from({ length: ja }, () => avslut([matning(kod, "AVSLUT", 1)])),
      ...Array.from({ length: nej }, () => avslut([matning(kod, "AVSLUT", 0)])),
      avslut([]),
      avslut([matning(kod, "START", 1)]), // answered at start only
    ];
    const r = evaluateMalsattning(seedDef(text), vk(rows), { today: "2020-06-01" });
    expect(r).toMatchObject({ taljare: ja, namnare: ja + nej, saknarData: 2, status });
  });

  it("varje deltagare ska få en genomförandeplan: 10/10 → UPPNATT; 9/10 → RISK during, EJ_UPPNATT after", () => {
    const def = seedDef("varje deltagare ska få");
    const rows = (utan: number) => [...rader(10 - utan, { harPlan: true }), ...rader(utan, { harPlan: false })];
    expect(evaluateMalsattning(def, vk(rows(0)), { today: "2020-06-01" })).toMatchObject({ taljare: 10, namnare: 10, status: "UPPNATT" });
    expect(evaluateMalsattning(def, vk(rows(1)), { today: "2018-06-01" }).status).toBe("RISK");
    expect(evaluateMalsattning(def, vk(rows(1)), { today: "2020-06-01" }).status).toBe("EJ_UPPNATT");
  });
});

describe("Till arbete eller studier (ESF): planerat antal deltagare 61", () => {
  const def = seedDef("Planerat antal deltagare");
  const ta = (n: number) => data(rader(n, { startdatum: "2020-09-01" }), { insatsPeriod: TILL_ARBETE });

  it("61 reached early → UPPNATT before the end", () => {
    expect(evaluateMalsattning(def, ta(61), { today: "2021-06-01" })).toMatchObject({ taljare: 61, status: "UPPNATT" });
  });

  // 2020-07-01..2021-06-01 is 336 of 914 days (0.368): 40/61 = 0.66 on track, 20/61 = 0.33 not.
  it("40 by June 2021 → PA_VAG, 20 → RISK, 60 after the end → EJ_UPPNATT", () => {
    expect(evaluateMalsattning(def, ta(40), { today: "2021-06-01" }).status).toBe("PA_VAG");
    expect(evaluateMalsattning(def, ta(20), { today: "2021-06-01" }).status).toBe("RISK");
    expect(evaluateMalsattning(def, ta(60), { today: "2023-02-01" }).status).toBe("EJ_UPPNATT");
  });
});

describe("Samjamt/i14 (förstudie)", () => {
  it("a qualitative goal is MANUELL whatever the rows", () => {
    const r = evaluateMalsattning(seedDef("Identifiera, testa och utvärdera arbetsmetoder och verktyg för att"), data(rader(3)), {
      today: "2014-12-01",
    });
    expect(r).toMatchObject({ typ: "KVALITATIV", status: "MANUELL", taljare: 0, namnare: 0 });
  });
});
