import { z } from "zod";
import { avslutsorsak, forsorjning, sysselsattning, uppfoljningStatus } from "@/lib/domain/kodlistor";
import { kodSchema } from "@/lib/domain/kod-schema";
import { isoDate, optionalIsoDate, text, version } from "./common";

/**
 * What happens to an inskrivning after registration — measurements, avslut,
 * reopening, the 90-day follow-up and the genomförandeplan — one schema per
 * event, shared by the forms, the server actions and PATCH …/inskrivningar/[id].
 * Every event names the `version` it was based on (optimistic concurrency).
 * Rules that need the stored inskrivning (avslut not before start, value ranges
 * of the förbund's Matvariabler) are checked in lib/server/inskrivning.
 */

/** A form sends "" or NaN for an empty field, a radio "1"/"0": all mean a number or nothing. */
const matningVarde = z.preprocess(
  (v) => {
    if (v === "" || v === undefined || (typeof v === "number" && Number.isNaN(v))) return null;
    if (typeof v === "string" && /^-?\d+([.,]\d+)?$/.test(v.trim())) return Number(v.trim().replace(",", "."));
    return v;
  },
  z.number({ error: "Ange ett tal" }).nullable(),
);

/** Values by Matvariabel code; null removes a value recorded earlier at the same time point. */
export const matningVardenSchema = z.record(
  z.string().trim().min(1).max(40, "Mätvariabelns kod får vara högst 40 tecken"),
  matningVarde,
  { error: "Ange mätvärden per mätvariabel" },
);

export const matningTidpunktSchema = z.enum(["START", "AVSLUT", "UPPFOLJNING_90"], { error: "Välj när mätningen gjordes" });
export const matningKallaSchema = z.enum(["VAGLEDARE", "SJALVRAPPORTERAD"], { error: "Ogiltig källa" });

export const recordMatningarSchema = z
  .object({
    version,
    tidpunkt: matningTidpunktSchema,
    datum: isoDate,
    kalla: matningKallaSchema.default("VAGLEDARE"),
    varden: matningVardenSchema,
  })
  .strict();
export type RecordMatningarInput = z.infer<typeof recordMatningarSchema>;

const koder = <T extends z.ZodType>(schema: T, message: string) => z.array(schema, { error: message }).max(20);

export const avslutaInskrivningSchema = z
  .object({
    version,
    avslutsdatum: isoDate,
    avslutsorsak: z.preprocess((v) => (v === "" ? undefined : v), kodSchema(avslutsorsak)),
    forsorjningAvslut: koder(kodSchema(forsorjning), "Välj försörjning vid avslut"),
    sysselsattningAvslut: koder(kodSchema(sysselsattning), "Välj sysselsättning vid avslut"),
    /** The avslut measurements, recorded with the avslut date. */
    varden: matningVardenSchema.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    // SUS asks where the person went; a felregistrering never took part, so it has no outcome.
    if (v.avslutsorsak === "FELREGISTRERING") return;
    if (v.forsorjningAvslut.length === 0) ctx.addIssue({ code: "custom", path: ["forsorjningAvslut"], message: "Välj minst en försörjning vid avslut" });
    if (v.sysselsattningAvslut.length === 0) ctx.addIssue({ code: "custom", path: ["sysselsattningAvslut"], message: "Välj minst en sysselsättning vid avslut" });
  });
export type AvslutaInskrivningInput = z.infer<typeof avslutaInskrivningSchema>;

export const reopenInskrivningSchema = z
  .object({
    version,
    skal: text(1000, "Skälet får vara högst 1000 tecken").min(5, "Skriv varför avslutet öppnas igen (minst 5 tecken)"),
  })
  .strict();
export type ReopenInskrivningInput = z.infer<typeof reopenInskrivningSchema>;

export const recordUppfoljningSchema = z
  .object({
    version,
    datum: isoDate,
    status: z.preprocess((v) => (v === "" ? undefined : v), kodSchema(uppfoljningStatus)),
    forsorjning: koder(kodSchema(forsorjning), "Välj försörjning vid uppföljningen").default([]),
    sysselsattning: koder(kodSchema(sysselsattning), "Välj sysselsättning vid uppföljningen").default([]),
    kommentar: text(1000, "Kommentaren får vara högst 1000 tecken").default(""),
  })
  .strict()
  .superRefine((v, ctx) => {
    // "Ej nådd" is an outcome of its own: nothing is known about the person's income then.
    if (v.status === "EJ_NADD") {
      if (v.forsorjning.length > 0) ctx.addIssue({ code: "custom", path: ["forsorjning"], message: "Lämna försörjning tom när deltagaren inte nåddes" });
      return;
    }
    if (v.forsorjning.length === 0) ctx.addIssue({ code: "custom", path: ["forsorjning"], message: "Välj minst en försörjning vid uppföljningen" });
  });
export type RecordUppfoljningInput = z.infer<typeof recordUppfoljningSchema>;

export const planMalStatusSchema = z.enum(["EJ_PABORJAT", "PAGAR", "UPPNATT", "AVBRUTET"], { error: "Välj en status" });

export const planMalSchema = z
  .object({
    id: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().min(1).max(64).optional()),
    beskrivning: text(500, "Målet får vara högst 500 tecken").min(1, "Beskriv målet"),
    maldatum: optionalIsoDate,
    status: planMalStatusSchema,
  })
  .strict();

export const savePlanSchema = z
  .object({
    version,
    upprattadDatum: isoDate,
    mal: z.array(planMalSchema, { error: "Lägg till minst ett mål i planen" }).min(1, "Lägg till minst ett mål i planen").max(30, "Högst 30 mål i en plan"),
  })
  .strict();
export type SavePlanInput = z.infer<typeof savePlanSchema>;

/** PATCH …/inskrivningar/[id]: one event per request, named by `typ`, the rest is that event's schema. */
export const HANDELSE_SCHEMAS = {
  MATNINGAR: recordMatningarSchema,
  AVSLUT: avslutaInskrivningSchema,
  ATEROPPNA: reopenInskrivningSchema,
  UPPFOLJNING: recordUppfoljningSchema,
  PLAN: savePlanSchema,
} as const;
export type HandelseTyp = keyof typeof HANDELSE_SCHEMAS;

export const handelseTypSchema = z.object(
  {
    typ: z.enum(Object.keys(HANDELSE_SCHEMAS) as [HandelseTyp, ...HandelseTyp[]], {
      error: "Ange typ av händelse: MATNINGAR, AVSLUT, ATEROPPNA, UPPFOLJNING eller PLAN",
    }),
  },
  { error: "Skicka ett JSON-objekt" },
);

export type InskrivningHandelse = { [T in HandelseTyp]: { typ: T; data: z.infer<(typeof HANDELSE_SCHEMAS)[T]> } }[HandelseTyp];
