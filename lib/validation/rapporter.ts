import { z } from "zod";
import "./zod-locale";

export const RAPPORT_AR_MIN = 2000;
export const RAPPORT_AR_MAX = 2100;

/** A query-string year: "2024". Missing, non-numeric and out-of-range each get their own message. */
export const rapportAr = z
  .string({ error: "Ange ett år" })
  .trim()
  .min(1, { error: "Ange ett år", abort: true })
  .regex(/^\d{4}$/, { error: "Ange året med fyra siffror, till exempel 2024", abort: true })
  .transform(Number)
  .pipe(z.number().min(RAPPORT_AR_MIN, `Året måste vara ${RAPPORT_AR_MIN} eller senare`).max(RAPPORT_AR_MAX, `Året måste vara ${RAPPORT_AR_MAX} eller tidigare`));

/** GET …/rapporter/uppfoljning-finsam?ar=YYYY[&format=csv] */
export const uppfoljningFinsamQuerySchema = z.object({
  ar: rapportAr,
  format: z.enum(["json", "csv"], { error: "Formatet kan vara json eller csv" }).default("json"),
});
export type UppfoljningFinsamQuery = z.infer<typeof uppfoljningFinsamQuerySchema>;

/** GET …/insatser/[insatsId]/esf?manad=YYYY-MM */
export const esfQuerySchema = z.object({
  manad: z
    .string({ error: "Ange en månad" })
    .trim()
    .min(1, { error: "Ange en månad", abort: true })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "Ange månaden som ÅÅÅÅ-MM, till exempel 2021-03", abort: true })
    .refine((m) => {
      const ar = Number(m.slice(0, 4));
      return ar >= RAPPORT_AR_MIN && ar <= RAPPORT_AR_MAX;
    }, `Året måste vara mellan ${RAPPORT_AR_MIN} och ${RAPPORT_AR_MAX}`),
});
export type EsfQuery = z.infer<typeof esfQuerySchema>;

/** The query string as a plain object (absent keys stay absent, so zod reports them as missing). */
export function queryOf(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams.entries());
}
