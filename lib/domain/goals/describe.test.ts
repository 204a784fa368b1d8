import { describe, expect, it } from "vitest";
import type { MalDefinition } from "./definition";
import { describeMalsattning, formatResultat, type DescribeOptions } from "./describe";
import type { MalResultat } from "./resultat";
import { seedDef } from "./test-rows";

const NB = "\u00a0"; // sv-SE puts a non-breaking space before % and between thousands

const namnSv: Record<string, string> = {
  VAS: "Livskvalitet",
  STEG: "Förmåga till arbete",
  NARMARE_ARBETSMARKNADEN: "Närmare arbetsmarknaden",
};
const namnEn: Record<string, string> = { VAS: "Quality of life", STEG: "Work ability", NARMARE_ARBETSMARKNADEN: "Closer to the labour market" };
const sv: DescribeOptions = { locale: "sv", matvariabelNamn: (k) => namnSv[k] ?? k };
const en: DescribeOptions = { locale: "en", matvariabelNamn: (k) => namnEn[k] ?? k };

const andel = (over: Partial<Extract<MalDefinition, { typ: "ANDEL" }>>): MalDefinition => ({
  typ: "ANDEL",
  population: "AVSLUTADE",
  villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "VAS", fran: "START", till: "AVSLUT" }],
  minAndel: 0.7,
  ...over,
});

describe("describeMalsattning (sv)", () => {
  it.each<[string, MalDefinition, string]>([
    ["a share of n/10", seedDef("Minst 7 av 10 upplever"), "Minst 7 av 10 avslutade deltagare upplever ökad livskvalitet (VAS)"],
    ["a count with avslutsorsak", seedDef("Minst 6 personer"), "Minst 6 avslutade deltagare har avslutsorsak arbete eller studier"],
    ["a count per year", seedDef("30 personer deltar årligen"), "Minst 30 inskrivna deltagare per kalenderår"],
    ["groups", seedDef("Vägen vidare genomför två grupper"), "Minst 2 grupper med minst 12 deltagare var"],
    ["a range of women", seedDef("Kvinnor och män ska vara nöjda"), `Andelen kvinnor bland inskrivna ska vara 40–60${NB}%`],
    ["a share that is not n/10", andel({ minAndel: 0.25 }), `Minst 25${NB}% av de avslutade deltagarna upplever ökad livskvalitet (VAS)`],
    ["a fractional percentage", andel({ minAndel: 0.333 }), `Minst 33,3${NB}% av de avslutade deltagarna upplever ökad livskvalitet (VAS)`],
    ["a maximum", andel({ minAndel: undefined, maxAndel: 0.2 }), "Högst 2 av 10 avslutade deltagare upplever ökad livskvalitet (VAS)"],
    ["everyone", seedDef("varje deltagare ska få"), "Alla inskrivna deltagare har en individuell genomförandeplan"],
    ["a rise between other time points", andel({ villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "STEG", fran: "AVSLUT", till: "UPPFOLJNING_90" }], population: "AVSLUTADE_MED_UPPFOLJNING" }),
      "Minst 7 av 10 avslutade deltagare som följts upp efter 90 dagar upplever ökad förmåga till arbete (STEG) mellan avslut och 90 dagar efter avslut"],
    ["a ja/nej answer", seedDef("50% av deltagarna"), "Minst 5 av 10 avslutade deltagare svarar ja på ”närmare arbetsmarknaden” vid avslut"],
    ["a follow-up status", seedDef("30% av antalet"),
      "Minst 3 av 10 avslutade deltagare som följts upp efter 90 dagar har status arbete, studier eller rätt ersättning vid uppföljningen"],
    ["försörjning at avslut", seedDef("Minst 4 av 10"), "Minst 4 av 10 avslutade deltagare har vid avslut försörjning i form av lön/arbete eller studiemedel"],
    ["an SCB group", andel({ villkor: [{ typ: "FORSORJNING_AVSLUT", koder: ["EGEN_FORSORJNING"] }] }),
      "Minst 7 av 10 avslutade deltagare har vid avslut försörjning i form av egen försörjning"],
    ["a threshold", andel({ villkor: [{ typ: "MATVARIABEL_VARDE", variabel: "VAS", tidpunkt: "AVSLUT", minVarde: 7 }], minAndel: 0.5 }),
      "Minst 5 av 10 avslutade deltagare har livskvalitet (VAS) minst 7 vid avslut"],
    ["a count over whole years", seedDef("Under 2020 och 2021"), "Minst 400 inskrivna deltagare under 2020–2021"],
    ["a count in thousands", { typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal: 1200, per: "PERIOD" }, `Minst 1${NB}200 inskrivna deltagare`],
    ["one person", { typ: "ANTAL", population: "AVSLUTADE", villkor: [{ typ: "KON", kon: "M" }], minAntal: 1, per: "PERIOD" }, "Minst 1 avslutad deltagare är man"],
    ["two conditions", { typ: "ANTAL", population: "AVSLUTADE", villkor: [{ typ: "KON", kon: "K" }, { typ: "AVSLUTSORSAK", koder: ["ARBETE"] }], minAntal: 5, per: "PERIOD" },
      "Minst 5 avslutade deltagare är kvinnor och har avslutsorsak arbete"],
    ["every group", { typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal: 8, per: "GRUPP" }, "Varje grupp har minst 8 deltagare"],
    ["a part-year period", { typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal: 20, per: "PERIOD", period: { fran: "2018-03-01", till: "2018-12-31" } },
      "Minst 20 inskrivna deltagare under 2018-03-01–2018-12-31"],
    ["a qualitative goal", { typ: "KVALITATIV" }, "Kvalitativt mål som bedöms manuellt"],
  ])("%s", (_n, def, text) => {
    expect(describeMalsattning(def, sv)).toBe(text);
  });
});

describe("describeMalsattning (en)", () => {
  it.each<[MalDefinition, string]>([
    [seedDef("Minst 7 av 10 upplever"), "At least 7 in 10 exited participants experience improved quality of life (VAS)"],
    [seedDef("Minst 6 personer"), "At least 6 exited participants have exit reason work or studies"],
    [seedDef("30 personer deltar årligen"), "At least 30 enrolled participants per calendar year"],
    [seedDef("Vägen vidare genomför två grupper"), "At least 2 groups with at least 12 participants each"],
    [seedDef("Kvinnor och män ska vara nöjda"), "The share of women among enrolled participants should be 40–60%"],
    [andel({ minAndel: 0.25 }), "At least 25% of exited participants experience improved quality of life (VAS)"],
    [seedDef("Under 2020 och 2021"), "At least 400 enrolled participants during 2020–2021"],
    [{ typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal: 1200, per: "PERIOD" }, "At least 1,200 enrolled participants"],
  ])("%#: %s", (def, text) => {
    expect(describeMalsattning(def, en)).toBe(text);
  });
});

describe("formatResultat", () => {
  const r = (over: Partial<MalResultat>): MalResultat => ({
    typ: "ANDEL", status: "RISK", taljare: 5, namnare: 7, varde: 5 / 7, mal: { minAndel: 0.7 }, saknarData: 0, ...over,
  });

  it.each<[string, MalResultat, string, string]>([
    ["a share", r({}), `5 av 7 (71${NB}%) — mål minst 7 av 10`, "5 of 7 (71%) — target at least 7 in 10"],
    ["a range", r({ taljare: 230, namnare: 420, varde: 230 / 420, mal: { minAndel: 0.4, maxAndel: 0.6 } }), `230 av 420 (55${NB}%) — mål 40–60${NB}%`, "230 of 420 (55%) — target 40–60%"],
    ["no data", r({ taljare: 0, namnare: 0, varde: null }), "Inget underlag — mål minst 7 av 10", "No data — target at least 7 in 10"],
    ["a count", r({ typ: "ANTAL", per: "PERIOD", taljare: 1312, namnare: 1312, varde: 1312, mal: { minAntal: 400 } }), `1${NB}312 — mål minst 400`, "1,312 — target at least 400"],
    ["per year", r({ typ: "ANTAL", per: "AR", varde: 1, mal: { minAntal: 30 }, perUndergrupp: [
      { nyckel: "2020", namn: "2020", antal: 34, uppnatt: true },
      { nyckel: "2021", namn: "2021", antal: 12, uppnatt: false },
      { nyckel: "2022", namn: "2022", antal: 12, uppnatt: false, ejPaborjad: true },
    ] }), "2020: 34, 2021: 12 — mål minst 30 per kalenderår", "2020: 34, 2021: 12 — target at least 30 per calendar year"],
    ["groups", r({ typ: "ANTAL", per: "GRUPP", varde: 1, mal: { minAntal: 12, minGrupper: 2 } }), "1 grupp med minst 12 deltagare — mål minst 2", "1 group with at least 12 participants — target at least 2"],
    ["manual", r({ typ: "KVALITATIV", status: "MANUELL" }), "Bedöms manuellt", "Assessed manually"],
  ])("%s", (_n, res, textSv, textEn) => {
    expect(formatResultat(res, "sv")).toBe(textSv);
    expect(formatResultat(res, "en")).toBe(textEn);
  });

  it("shows why a goal cannot be measured", () => {
    const res = r({ status: "EJ_MATBART", forklaring: "Mätningsmetod VOLYM ger bara antal inskrivna deltagare per kön" });
    expect(formatResultat(res, "sv")).toBe("Mätningsmetod VOLYM ger bara antal inskrivna deltagare per kön");
  });
});

describe("variable names that already carry their code", () => {
  it("does not repeat the code when the förbund's name includes it", () => {
    const def = { typ: "ANDEL", population: "AVSLUTADE", villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "VAS", fran: "START", till: "AVSLUT" }], minAndel: 0.7 } as const;
    const s = describeMalsattning(def as never, { locale: "sv", matvariabelNamn: () => "Livskvalitet (VAS)" });
    expect(s).toBe("Minst 7 av 10 avslutade deltagare upplever ökad livskvalitet (VAS)");
  });
});
