import { z } from "zod";
import { id, optionalId, text, whenValid } from "./common";
import { FRAGA_TYPER, MAX_FRAGOR, MAX_GILTIG_DAGAR, MAX_LANKAR_PER_GANG, RESPONDENTGRUPPER, TIDPUNKTER_FOR_LANK } from "./konstanter";

export { FRAGA_TYPER, MAX_FRAGOR, MAX_GILTIG_DAGAR, MAX_LANKAR_PER_GANG, RESPONDENTGRUPPER, TIDPUNKTER_FOR_LANK };
export type { FragaTyp, Respondentgrupp } from "./konstanter";

export const ENKAT_STATUSAR = ["UTKAST", "AKTIV", "STANGD"] as const;
export type EnkatStatus = (typeof ENKAT_STATUSAR)[number];

/** "" and NaN (an empty number input) mean "not set". */
const optionalInt = (message: string) =>
  z.preprocess((v) => (v === "" || v == null || (typeof v === "number" && Number.isNaN(v)) ? null : v), z.number({ error: message }).int(message).min(-1000, message).max(1000, message).nullable());

/** The form edits options as one line each; the API may send an array. */
const alternativList = z.preprocess(
  (v) => (typeof v === "string" ? v.split("\n") : v == null ? [] : v),
  z.array(z.string().trim().max(200, "Högst 200 tecken per alternativ")).max(20, "Högst 20 alternativ").transform((a) => a.filter((s) => s.length > 0)),
);

export const enkatFragaSchema = z
  .object({
    text: text(500).min(1, "Skriv frågan"),
    hjalptext: z.preprocess((v) => v ?? "", text(500)),
    typ: z.enum(FRAGA_TYPER, { error: "Välj svarstyp" }),
    obligatorisk: z.boolean().default(false),
    skalaMin: optionalInt("Ange ett heltal"),
    skalaMax: optionalInt("Ange ett heltal"),
    etikettMin: z.preprocess((v) => v ?? "", text(100)),
    etikettMax: z.preprocess((v) => v ?? "", text(100)),
    alternativ: alternativList,
    matvariabelId: optionalId,
  })
  .superRefine((f, ctx) => {
    if (f.typ === "SKALA") {
      if (f.skalaMin == null) ctx.addIssue({ code: "custom", path: ["skalaMin"], message: "Ange skalans lägsta värde" });
      if (f.skalaMax == null) ctx.addIssue({ code: "custom", path: ["skalaMax"], message: "Ange skalans högsta värde" });
      if (f.skalaMin != null && f.skalaMax != null && (f.skalaMax <= f.skalaMin || f.skalaMax - f.skalaMin > 100)) {
        ctx.addIssue({ code: "custom", path: ["skalaMax"], message: "Högsta värdet måste vara större än lägsta (högst 100 steg)" });
      }
    }
    if (f.typ === "ETT_AV_FLERA" && f.alternativ.length < 2) ctx.addIssue({ code: "custom", path: ["alternativ"], message: "Ange minst två alternativ, ett per rad" });
    if (f.typ === "ETT_AV_FLERA" && new Set(f.alternativ).size !== f.alternativ.length) ctx.addIssue({ code: "custom", path: ["alternativ"], message: "Två alternativ har samma text" });
    if (f.matvariabelId && f.typ !== "SKALA" && f.typ !== "JA_NEJ") {
      ctx.addIssue({ code: "custom", path: ["matvariabelId"], message: "Bara skal- och ja/nej-frågor kan bli en mätning" });
    }
  })
  .transform((f) => ({
    ...f,
    // Fields that do not belong to the type are dropped, so a stale value in the form never reaches the database.
    skalaMin: f.typ === "SKALA" ? f.skalaMin : null,
    skalaMax: f.typ === "SKALA" ? f.skalaMax : null,
    etikettMin: f.typ === "SKALA" ? f.etikettMin : "",
    etikettMax: f.typ === "SKALA" ? f.etikettMax : "",
    alternativ: f.typ === "ETT_AV_FLERA" ? f.alternativ : [],
    matvariabelId: f.typ === "SKALA" || f.typ === "JA_NEJ" ? (f.matvariabelId ?? null) : null,
  }));

export type EnkatFragaInput = z.infer<typeof enkatFragaSchema>;

export const enkatSchema = z.object({
  namn: text(150).min(1, "Ge enkäten ett namn"),
  beskrivning: z.preprocess((v) => v ?? "", text(2000)),
  respondentgrupp: z.enum(RESPONDENTGRUPPER, { error: "Välj vilka som svarar" }),
  /** Empty: the enkät applies at förbund level. */
  insatsIds: z.preprocess((v) => (v === false || v == null ? [] : typeof v === "string" ? [v] : v), z.array(id).max(100)),
  fragor: z.array(enkatFragaSchema).min(1, "Lägg till minst en fråga").max(MAX_FRAGOR, `Högst ${MAX_FRAGOR} frågor`),
});

export type EnkatInput = z.infer<typeof enkatSchema>;
export type EnkatFormValues = z.input<typeof enkatSchema>;

export const setEnkatStatusSchema = z.object({ status: z.enum(ENKAT_STATUSAR, { error: "Välj en status" }) });

export const createEnkatLankarSchema = z
  .object({
    antal: z.number({ error: "Ange antal länkar" }).int("Ange ett heltal").min(1, "Minst 1 länk").max(MAX_LANKAR_PER_GANG, `Högst ${MAX_LANKAR_PER_GANG} länkar åt gången`),
    /** Tie the link to one inskrivning: its answer becomes that inskrivning's self-reported Matning. */
    inskrivningId: optionalId,
    /** The insats the answers are counted under (a tied link takes its inskrivning's). */
    insatsId: optionalId,
    giltigDagar: z.number({ error: "Ange antal dagar" }).int("Ange ett heltal").min(1, "Minst 1 dag").max(MAX_GILTIG_DAGAR, `Högst ${MAX_GILTIG_DAGAR} dagar`).default(30),
    tidpunkt: z.preprocess((v) => (v === "" ? null : v), z.enum(TIDPUNKTER_FOR_LANK, { error: "Välj tidpunkt" }).nullable().optional()),
  })
  .refine((v) => !v.inskrivningId || v.antal === 1, { path: ["antal"], message: "En länk kopplad till en inskrivning kan bara vara en", when: whenValid("antal", "inskrivningId") });

export type CreateEnkatLankarInput = z.infer<typeof createEnkatLankarSchema>;
export type CreateEnkatLankarFormValues = z.input<typeof createEnkatLankarSchema>;

/** An answer as sent by the answer page: question id → value (number, or text for free text). */
export const enkatSvarSchema = z.object({
  svar: z.record(z.string().max(64), z.union([z.number(), z.string().max(5000), z.null()])),
});

export type EnkatSvarInput = z.infer<typeof enkatSvarSchema>;
