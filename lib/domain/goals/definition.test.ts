import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { malDefinitionSchema, villkorSchema } from "./definition";
import { seedTargets } from "./seed-targets";
import { malTemplates } from "./templates";

/** The messages of a refused input, for asserting what the user would read. */
function fel(input: unknown): string[] {
  const r = malDefinitionSchema.safeParse(input);
  expect(r.success, "expected the definition to be refused").toBe(false);
  return r.error?.issues.map((i) => i.message) ?? [];
}

const vas = { typ: "MATVARIABEL_OKAD", variabel: "VAS", fran: "START", till: "AVSLUT" } as const;
const andel = (over: Record<string, unknown>) => ({ typ: "ANDEL", population: "AVSLUTADE", villkor: [vas], minAndel: 0.7, ...over });
const antal = (over: Record<string, unknown>) => ({ typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal: 30, per: "PERIOD", ...over });

describe("seed targets (DESIGN.md §3)", () => {
  it("covers every target of the table: Vägen vidare ×4, Friska Vindar ×5, Vägknuten ×5, ESF ×1, Samjamt", () => {
    const per = (insats: string) => seedTargets.filter((t) => t.insats === insats).length;
    expect(per("Vägen vidare")).toBe(4);
    expect(per("Friska Vindar 2.0")).toBe(5); // the 400 and the 40–60 % are two goals
    expect(per("Vägknuten 2.0")).toBe(5);
    expect(per("Till arbete eller studier")).toBe(1);
    expect(per("Samjamt/i14")).toBeGreaterThanOrEqual(1);
  });

  it.each(seedTargets.map((t) => [t.insats, t.text, t] as const))("%s: “%s” parses unchanged", (_i, _t, target) => {
    const r = malDefinitionSchema.safeParse(target.definition);
    expect(r.error?.issues ?? []).toEqual([]);
    expect(r.data).toEqual(target.definition);
  });

  it("gives each kind its category: counts of volume are verksamhetsmål, KVALITATIV is a kvalitativt mål", () => {
    for (const t of seedTargets) {
      if (t.definition.typ === "KVALITATIV") expect(t.kategori).toBe("KVALITATIVT_MAL");
      else expect(t.kategori).not.toBe("KVALITATIVT_MAL");
    }
  });

  it("expresses the table's numbers", () => {
    const def = (text: string) => seedTargets.find((t) => t.text.startsWith(text))?.definition;
    expect(def("Minst 6 personer")).toMatchObject({ typ: "ANTAL", minAntal: 6, population: "AVSLUTADE" });
    expect(def("Minst 12 personer")).toMatchObject({ typ: "ANTAL", minAntal: 12 });
    expect(def("Minst 7 av 10 upplever")).toMatchObject({ typ: "ANDEL", minAndel: 0.7 });
    expect(def("Vägen vidare genomför två grupper")).toMatchObject({ per: "GRUPP", minAntal: 12, minGrupper: 2 });
    expect(def("Minst 8 av 10")).toMatchObject({ minAndel: 0.8, villkor: [{ variabel: "STEG" }] });
    expect(def("Minst 4 av 10")).toMatchObject({ minAndel: 0.4 });
    expect(def("Under 2020 och 2021")).toMatchObject({ minAntal: 400, period: { fran: "2020-01-01", till: "2021-12-31" } });
    expect(def("Kvinnor och män ska vara nöjda")).toMatchObject({ minAndel: 0.4, maxAndel: 0.6, villkor: [{ typ: "KON", kon: "K" }] });
    expect(def("30 personer deltar årligen")).toMatchObject({ minAntal: 30, per: "AR" });
    expect(def("30% av antalet")).toMatchObject({ minAndel: 0.3, population: "AVSLUTADE_MED_UPPFOLJNING" });
    expect(def("50% av deltagarna")).toMatchObject({ minAndel: 0.5 });
    expect(def("70% av deltagarna")).toMatchObject({ minAndel: 0.7 });
    expect(def("varje deltagare ska få")).toMatchObject({ minAndel: 1, villkor: [{ typ: "HAR_PLAN" }] });
    expect(def("Planerat antal deltagare")).toMatchObject({ minAntal: 61 });
  });

  // The seed documents live beside the repository (../shared/seeds), not in it: a
  // clone elsewhere has no copy to compare with, and then only this comparison is
  // skipped — the targets themselves are still built and checked above.
  const seeds = path.resolve(__dirname, "../../../../shared/seeds");
  it.skipIf(!existsSync(seeds))("quotes the seed documents word for word", () => {
    const normalise = (s: string) => s.replace(/\*\*/g, "").replace(/\s+/g, " ");
    const corpus = normalise(readdirSync(seeds).map((f) => readFileSync(path.join(seeds, f), "utf8")).join("\n"));
    for (const t of seedTargets) expect(corpus, t.text).toContain(normalise(t.text));
  });
});

describe("templates", () => {
  it.each(malTemplates.map((t) => [t.id, t] as const))("%s parses", (_id, t) => {
    expect(malDefinitionSchema.safeParse(t.definition).success).toBe(true);
  });
  it("has unique ids", () => {
    expect(new Set(malTemplates.map((t) => t.id)).size).toBe(malTemplates.length);
  });
});

describe("refuses malformed definitions with a Swedish message", () => {
  it.each<[string, unknown, string]>([
    ["min > max", andel({ minAndel: 0.7, maxAndel: 0.5 }), "Minsta andel kan inte vara större än högsta andel"],
    ["a share above 1", andel({ minAndel: 70 }), "Ange en andel mellan 0 och 100 %"],
    ["a negative share", andel({ minAndel: -0.1 }), "Ange en andel mellan 0 och 100 %"],
    ["a share as text", andel({ minAndel: "0.7" }), "Ange en andel mellan 0 och 100 %"],
    ["no bound at all", andel({ minAndel: undefined }), "Ange en lägsta eller högsta andel"],
    ["ANDEL without a condition", andel({ villkor: [] }), "Ange minst ett villkor"],
    ["an unknown condition type", andel({ villkor: [{ typ: "ALDER", min: 20 }] }), "Okänd typ av villkor"],
    ["an unknown goal type", { typ: "PROCENT" }, "Välj typ av mål: andel, antal eller kvalitativt"],
    ["the same time point twice", andel({ villkor: [{ ...vas, till: "START" }] }), "Välj två olika tidpunkter"],
    ["time points in reverse", andel({ villkor: [{ ...vas, fran: "AVSLUT", till: "START" }] }), "Den första tidpunkten måste komma före den andra"],
    ["a DATUM time point in a goal", andel({ villkor: [{ ...vas, till: "DATUM" }] }), "Välj en tidpunkt"],
    ["an empty variabel", andel({ villkor: [{ ...vas, variabel: "  " }] }), "Välj en mätvariabel"],
    ["an unknown avslutsorsak", antal({ population: "AVSLUTADE", villkor: [{ typ: "AVSLUTSORSAK", koder: ["SEMESTER"] }] }), "Ogiltigt värde"],
    ["no avslutsorsak chosen", antal({ population: "AVSLUTADE", villkor: [{ typ: "AVSLUTSORSAK", koder: [] }] }), "Välj minst en avslutsorsak"],
    ["an unknown försörjning", andel({ villkor: [{ typ: "FORSORJNING_AVSLUT", koder: ["LOTTERI"] }] }), "Ogiltigt värde"],
    ["an unknown follow-up status", andel({ population: "AVSLUTADE_MED_UPPFOLJNING", villkor: [{ typ: "UPPFOLJNING_STATUS", koder: ["PENSION"] }] }), "Ogiltigt värde"],
    ["both values and threshold", andel({ villkor: [{ typ: "MATVARIABEL_VARDE", variabel: "X", tidpunkt: "AVSLUT", koder: [1], minVarde: 1 }] }), "Ange antingen vilka värden som räknas eller ett lägsta värde"],
    ["neither values nor threshold", andel({ villkor: [{ typ: "MATVARIABEL_VARDE", variabel: "X", tidpunkt: "AVSLUT" }] }), "Ange antingen vilka värden som räknas eller ett lägsta värde"],
    ["an unknown kön", andel({ population: "INSKRIVNA", villkor: [{ typ: "KON", kon: "X" }] }), "Välj kvinna eller man"],
    ["a count of 0", antal({ minAntal: 0 }), "Ange ett antal som är minst 1"],
    ["a fractional count", antal({ minAntal: 2.5 }), "Ange antalet som ett heltal"],
    ["an unknown per", antal({ per: "MANAD" }), "Välj om antalet gäller perioden, varje kalenderår eller varje grupp"],
    ["minGrupper without per GRUPP", antal({ minGrupper: 2 }), "Antal grupper anges bara när målet gäller per grupp"],
    ["an unknown population", antal({ population: "ALLA" }), "Välj vilka deltagare målet gäller"],
    ["a period ending before it starts", antal({ period: { fran: "2021-01-01", till: "2020-12-31" } }), "Slutdatum kan inte vara före startdatum"],
    ["a badly written date", antal({ period: { fran: "2021-1-1" } }), "Ange datum som ÅÅÅÅ-MM-DD"],
    ["a date that does not exist", antal({ period: { fran: "2021-02-30" } }), "Datumet finns inte"],
    ["avslutsorsak over all inskrivna", antal({ villkor: [{ typ: "AVSLUTSORSAK", koder: ["ARBETE"] }] }), "Villkoret gäller avslutet och kräver att målet avser avslutade deltagare"],
    ["a rise to avslut over inskrivna", andel({ population: "INSKRIVNA" }), "Villkoret gäller avslutet och kräver att målet avser avslutade deltagare"],
    ["follow-up status over avslutade not yet due", andel({ villkor: [{ typ: "UPPFOLJNING_STATUS", koder: ["ARBETE"] }] }), "Villkoret gäller uppföljningen efter 90 dagar och kräver att målet avser avslutade deltagare med uppföljning"],
    ["minUnderlag 0", andel({ minUnderlag: 0 }), "Minsta underlag måste vara minst 1"],
  ])("refuses %s", (_namn, input, message) => {
    expect(fel(input)).toContain(message);
  });

  it("accepts the bounds themselves: 0 %, 100 %, min = max", () => {
    expect(malDefinitionSchema.safeParse(andel({ minAndel: 0 })).success).toBe(true);
    expect(malDefinitionSchema.safeParse(andel({ minAndel: 1 })).success).toBe(true);
    expect(malDefinitionSchema.safeParse(andel({ minAndel: 0.5, maxAndel: 0.5 })).success).toBe(true);
    expect(malDefinitionSchema.safeParse(andel({ minAndel: undefined, maxAndel: 0.2 })).success).toBe(true);
  });

  it("accepts försörjning codes and SCB group codes alike", () => {
    for (const koder of [["LON"], ["EGEN_FORSORJNING"], ["SJUKPENNING", "OHALSA"]]) {
      expect(villkorSchema.safeParse({ typ: "FORSORJNING_AVSLUT", koder }).success, koder.join()).toBe(true);
    }
  });

  it("accepts ANTAL with no condition, and a period without end", () => {
    expect(malDefinitionSchema.safeParse(antal({ period: { fran: "2020-01-01" } })).success).toBe(true);
  });

  it("takes KVALITATIV with nothing to compute and drops stray fields", () => {
    expect(malDefinitionSchema.parse({ typ: "KVALITATIV", minAndel: 0.5 })).toEqual({ typ: "KVALITATIV" });
  });
});
