import { z } from "zod";
import { avslutsorsak, forsorjning, forsorjningGrupp, uppfoljningStatus } from "@/lib/domain/kodlistor";
import { kodSchema } from "@/lib/domain/kod-schema";

/**
 * The structured definition of a Malsattning (DESIGN.md §3), stored as JSON in
 * Malsattning.definition and validated here by the form, the action, the API and
 * the goal engine alike. Messages are shown to the user as they are.
 */

const iso = /^\d{4}-\d{2}-\d{2}$/;
const datumSchema = z
  .string({ error: "Ange ett datum" })
  .regex(iso, "Ange datum som ÅÅÅÅ-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "Datumet finns inte");

export const periodSchema = z
  .object({ fran: datumSchema, till: datumSchema.optional() })
  .refine((p) => p.till === undefined || p.till >= p.fran, {
    message: "Slutdatum kan inte vara före startdatum",
    path: ["till"],
  });

export const populationSchema = z.enum(["INSKRIVNA", "AVSLUTADE", "AVSLUTADE_MED_UPPFOLJNING"], {
  error: "Välj vilka deltagare målet gäller",
});
export type Population = z.infer<typeof populationSchema>;

/** Time points a goal can compare; DATUM measurements have no fixed place in a sequence. */
export const maltidpunktSchema = z.enum(["START", "AVSLUT", "UPPFOLJNING_90"], { error: "Välj en tidpunkt" });
export type Maltidpunkt = z.infer<typeof maltidpunktSchema>;
const tidpunktOrdning: Record<Maltidpunkt, number> = { START: 0, AVSLUT: 1, UPPFOLJNING_90: 2 };

const variabelSchema = z
  .string({ error: "Välj en mätvariabel" })
  .trim()
  .min(1, "Välj en mätvariabel")
  .max(40, "Mätvariabelns kod får vara högst 40 tecken");

/**
 * FORSORJNING_AVSLUT names single sources (LON) or SCB groups (EGEN_FORSORJNING):
 * the two code lists are disjoint, and a person matches when any source recorded at
 * avslut is named directly or through its group.
 */
const forsorjningEllerGruppSchema = z
  .string({ error: "Ogiltigt värde" })
  .refine((k) => forsorjning.has(k) || forsorjningGrupp.has(k), "Ogiltigt värde");

export const villkorSchema = z.discriminatedUnion(
  "typ",
  [
    z.object({
      typ: z.literal("AVSLUTSORSAK"),
      koder: z.array(kodSchema(avslutsorsak), { error: "Välj minst en avslutsorsak" }).min(1, "Välj minst en avslutsorsak"),
    }),
    z.object({
      typ: z.literal("FORSORJNING_AVSLUT"),
      koder: z.array(forsorjningEllerGruppSchema, { error: "Välj minst en försörjning" }).min(1, "Välj minst en försörjning"),
    }),
    z.object({
      typ: z.literal("UPPFOLJNING_STATUS"),
      koder: z.array(kodSchema(uppfoljningStatus), { error: "Välj minst en status" }).min(1, "Välj minst en status"),
    }),
    z
      .object({ typ: z.literal("MATVARIABEL_OKAD"), variabel: variabelSchema, fran: maltidpunktSchema, till: maltidpunktSchema })
      .superRefine((v, ctx) => {
        if (v.fran === v.till) ctx.addIssue({ code: "custom", message: "Välj två olika tidpunkter", path: ["till"] });
        else if (tidpunktOrdning[v.fran] > tidpunktOrdning[v.till])
          ctx.addIssue({ code: "custom", message: "Den första tidpunkten måste komma före den andra", path: ["till"] });
      }),
    z
      .object({
        typ: z.literal("MATVARIABEL_VARDE"),
        variabel: variabelSchema,
        tidpunkt: maltidpunktSchema,
        koder: z.array(z.number({ error: "Ange ett värde" })).min(1, "Välj minst ett värde").optional(),
        minVarde: z.number({ error: "Ange ett lägsta värde" }).optional(),
      })
      .refine((v) => (v.koder === undefined) !== (v.minVarde === undefined), {
        message: "Ange antingen vilka värden som räknas eller ett lägsta värde",
        path: ["koder"],
      }),
    z.object({ typ: z.literal("HAR_PLAN") }),
    z.object({ typ: z.literal("KON"), kon: z.enum(["K", "M"], { error: "Välj kvinna eller man" }) }),
  ],
  { error: (iss) => (iss.code === "invalid_union" ? "Okänd typ av villkor" : undefined) },
);
export type Villkor = z.infer<typeof villkorSchema>;
export type VillkorTyp = Villkor["typ"];

const andelSchema = z
  .number({ error: "Ange en andel mellan 0 och 100 %" })
  .min(0, "Ange en andel mellan 0 och 100 %")
  .max(1, "Ange en andel mellan 0 och 100 %");

/** Which population a condition needs: what happened at avslut exists only for avslutade. */
function kravPopulation(v: Villkor): Population | null {
  switch (v.typ) {
    case "AVSLUTSORSAK":
    case "FORSORJNING_AVSLUT":
      return "AVSLUTADE";
    case "UPPFOLJNING_STATUS":
      return "AVSLUTADE_MED_UPPFOLJNING";
    case "MATVARIABEL_OKAD":
      return v.till === "UPPFOLJNING_90" ? "AVSLUTADE_MED_UPPFOLJNING" : v.till === "AVSLUT" ? "AVSLUTADE" : null;
    case "MATVARIABEL_VARDE":
      return v.tidpunkt === "UPPFOLJNING_90" ? "AVSLUTADE_MED_UPPFOLJNING" : v.tidpunkt === "AVSLUT" ? "AVSLUTADE" : null;
    default:
      return null;
  }
}

const populationRang: Record<Population, number> = { INSKRIVNA: 0, AVSLUTADE: 1, AVSLUTADE_MED_UPPFOLJNING: 2 };

function kontrolleraPopulation(population: Population, villkor: Villkor[], ctx: z.RefinementCtx) {
  villkor.forEach((v, i) => {
    const krav = kravPopulation(v);
    if (krav !== null && populationRang[population] < populationRang[krav]) {
      ctx.addIssue({
        code: "custom",
        path: ["villkor", i],
        message:
          krav === "AVSLUTADE"
            ? "Villkoret gäller avslutet och kräver att målet avser avslutade deltagare"
            : "Villkoret gäller uppföljningen efter 90 dagar och kräver att målet avser avslutade deltagare med uppföljning",
      });
    }
  });
}

export const andelDefinitionSchema = z
  .object({
    typ: z.literal("ANDEL"),
    population: populationSchema,
    villkor: z.array(villkorSchema, { error: "Ange minst ett villkor" }).min(1, "Ange minst ett villkor"),
    minAndel: andelSchema.optional(),
    maxAndel: andelSchema.optional(),
    period: periodSchema.optional(),
    minUnderlag: z.int({ error: "Ange ett heltal" }).min(1, "Minsta underlag måste vara minst 1").optional(),
  })
  .superRefine((d, ctx) => {
    if (d.minAndel === undefined && d.maxAndel === undefined)
      ctx.addIssue({ code: "custom", message: "Ange en lägsta eller högsta andel", path: ["minAndel"] });
    if (d.minAndel !== undefined && d.maxAndel !== undefined && d.minAndel > d.maxAndel)
      ctx.addIssue({ code: "custom", message: "Minsta andel kan inte vara större än högsta andel", path: ["maxAndel"] });
    kontrolleraPopulation(d.population, d.villkor, ctx);
  });

export const antalDefinitionSchema = z
  .object({
    typ: z.literal("ANTAL"),
    population: populationSchema,
    villkor: z.array(villkorSchema, { error: "Ange villkoren som en lista" }),
    minAntal: z.int({ error: "Ange antalet som ett heltal" }).min(1, "Ange ett antal som är minst 1"),
    per: z.enum(["PERIOD", "AR", "GRUPP"], { error: "Välj om antalet gäller perioden, varje kalenderår eller varje grupp" }),
    minGrupper: z.int({ error: "Ange antalet grupper som ett heltal" }).min(1, "Ange minst 1 grupp").optional(),
    period: periodSchema.optional(),
  })
  .superRefine((d, ctx) => {
    if (d.minGrupper !== undefined && d.per !== "GRUPP")
      ctx.addIssue({ code: "custom", message: "Antal grupper anges bara när målet gäller per grupp", path: ["minGrupper"] });
    kontrolleraPopulation(d.population, d.villkor, ctx);
  });

export const kvalitativDefinitionSchema = z.object({ typ: z.literal("KVALITATIV") });

/**
 * A target on one enkät question (issue 10): "minst 50 % av dem som svarar på
 * Deltagarenkät vid avslut svarar ja på …", or a share answering a scale value
 * ≥ x. The question belongs to one version of the enkät, so the target never
 * mixes versions. Stored as Malsattning.typ ANDEL: it is a share, and it is
 * evaluated, shown and exported like every other share.
 */
export const enkatDefinitionSchema = z
  .object({
    typ: z.literal("ENKAT"),
    enkatId: z.string({ error: "Välj en enkät" }).trim().min(1, "Välj en enkät").max(64, "Ogiltig enkät"),
    fragaId: z.string({ error: "Välj en fråga" }).trim().min(1, "Välj en fråga").max(64, "Ogiltig fråga"),
    /** Ja/nej and ett-av-flera: the answers that count ("JA", an option's text). */
    varden: z
      .array(z.string({ error: "Ogiltigt svar" }).trim().min(1, "Ogiltigt svar").max(200, "Svaret får vara högst 200 tecken"), { error: "Välj minst ett svar" })
      .min(1, "Välj minst ett svar")
      .max(50, "Välj högst 50 svar")
      .optional(),
    /** Scale questions: an answer of at least this value counts. */
    minVarde: z.number({ error: "Ange ett lägsta värde" }).finite("Ange ett lägsta värde").optional(),
    minAndel: andelSchema.optional(),
    maxAndel: andelSchema.optional(),
    period: periodSchema.optional(),
    minUnderlag: z.int({ error: "Ange ett heltal" }).min(1, "Minsta underlag måste vara minst 1").optional(),
  })
  .superRefine((d, ctx) => {
    if ((d.varden === undefined) === (d.minVarde === undefined))
      ctx.addIssue({ code: "custom", message: "Ange antingen vilka svar som räknas eller ett lägsta värde", path: ["varden"] });
    if (d.minAndel === undefined && d.maxAndel === undefined)
      ctx.addIssue({ code: "custom", message: "Ange en lägsta eller högsta andel", path: ["minAndel"] });
    if (d.minAndel !== undefined && d.maxAndel !== undefined && d.minAndel > d.maxAndel)
      ctx.addIssue({ code: "custom", message: "Minsta andel kan inte vara större än högsta andel", path: ["maxAndel"] });
  });

export const malDefinitionSchema = z.discriminatedUnion(
  "typ",
  [andelDefinitionSchema, antalDefinitionSchema, kvalitativDefinitionSchema, enkatDefinitionSchema],
  { error: (iss) => (iss.code === "invalid_union" ? "Välj typ av mål: andel, antal eller kvalitativt" : undefined) },
);

export type MalDefinition = z.infer<typeof malDefinitionSchema>;
export type AndelDefinition = z.infer<typeof andelDefinitionSchema>;
export type AntalDefinition = z.infer<typeof antalDefinitionSchema>;
export type KvalitativDefinition = z.infer<typeof kvalitativDefinitionSchema>;
export type EnkatDefinition = z.infer<typeof enkatDefinitionSchema>;

/** Goals counted over the inskrivning rows (population and conditions). */
export function arRadMal(d: MalDefinition): d is AndelDefinition | AntalDefinition {
  return d.typ === "ANDEL" || d.typ === "ANTAL";
}

/** Malsattning.typ of a definition: an enkät target is a share (ANDEL). */
export function malTyp(d: MalDefinition): "ANDEL" | "ANTAL" | "KVALITATIV" {
  return d.typ === "ENKAT" ? "ANDEL" : d.typ;
}
export type Period = z.infer<typeof periodSchema>;
