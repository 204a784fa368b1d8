import { z } from "zod";
import { optionalId } from "./common";

/** "" or absent = all years. Query strings arrive as text. */
const optionalAr = z.preprocess(
  (v) => (v === "" || v == null ? null : typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v) : v),
  z.number({ error: "Ange ett år som ÅÅÅÅ" }).int("Ange ett helt år").min(2000, "Året måste vara 2000 eller senare").max(2100, "Året måste vara 2100 eller tidigare").nullable(),
);

/** The filter of the results page, the API and the exports: one year and/or one insats. */
export const enkatResultatFilterSchema = z.object({
  ar: optionalAr.optional().transform((v) => v ?? null),
  insatsId: optionalId.transform((v) => v ?? null),
});
export type EnkatResultatFilter = z.infer<typeof enkatResultatFilterSchema>;

export const enkatResultatExportSchema = enkatResultatFilterSchema.extend({
  format: z.enum(["csv", "xlsx", "nationell"], { error: "Välj format: csv, xlsx eller nationell" }),
});
export type EnkatResultatExport = z.infer<typeof enkatResultatExportSchema>;
