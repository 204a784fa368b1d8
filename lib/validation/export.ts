import { z } from "zod";
import "./zod-locale";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/**
 * `?format=csv|xlsx&tabell=<id>` of every view's export route. A workbook holds
 * every table of the view (or the one named); a CSV file holds one table, so
 * it needs `tabell`. The view's own filters travel in the same query string.
 */
export const exportQuerySchema = z
  .object({
    format: z.preprocess(blankToUndefined, z.enum(["csv", "xlsx"], { error: "Formatet kan vara csv eller xlsx" }).default("xlsx")),
    tabell: z.preprocess(blankToUndefined, z.string().trim().max(40, "Okänd tabell").regex(/^[a-z0-9-]+$/, "Okänd tabell").optional()),
  })
  .refine((q) => q.format !== "csv" || q.tabell !== undefined, { message: "Välj vilken tabell CSV-filen ska innehålla", path: ["tabell"] });

export type ExportQuery = z.infer<typeof exportQuerySchema>;

export function exportQueryInput(params: URLSearchParams): Record<string, unknown> {
  return { format: params.get("format") ?? undefined, tabell: params.get("tabell") ?? undefined };
}
