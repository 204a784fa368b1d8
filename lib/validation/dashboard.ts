import { z } from "zod";
import { isoDate, whenValid } from "./common";

/** A search param the form leaves empty ("") means "not set". */
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/**
 * The insats dashboard's filters, from the page's URL and the API's query
 * string alike. `fran`/`till` choose the cohort by startdatum; `grupp` one of
 * the insats's groups (checked against the insats on the server).
 */
export const dashboardFilterSchema = z
  .object({
    fran: z.preprocess(blankToUndefined, isoDate.optional()),
    till: z.preprocess(blankToUndefined, isoDate.optional()),
    grupp: z.preprocess(blankToUndefined, z.string().trim().min(1).max(64, "Ogiltig grupp").optional()),
  })
  .refine((f) => !f.fran || !f.till || f.till >= f.fran, {
    message: "Slutdatum kan inte vara före startdatum",
    path: ["till"],
    when: whenValid("fran", "till"),
  });

export type DashboardFilter = z.infer<typeof dashboardFilterSchema>;

/** URLSearchParams or Next's searchParams object → the plain input the schema reads (first value wins). */
export function filterInput(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, unknown> {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    return Array.isArray(v) ? v[0] : (v ?? undefined);
  };
  return { fran: get("fran"), till: get("till"), grupp: get("grupp") };
}
