import { z } from "zod";
import { isoDate, whenValid } from "./common";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/**
 * The SUS summary's period, from the page's URL and the API's query string
 * alike: inskrivningar active at some time between `fran` and `till`.
 * Missing `fran` = the insats's start, missing `till` = today.
 */
export const susFilterSchema = z
  .object({
    fran: z.preprocess(blankToUndefined, isoDate.optional()),
    till: z.preprocess(blankToUndefined, isoDate.optional()),
  })
  .refine((f) => !f.fran || !f.till || f.till >= f.fran, {
    message: "Slutdatum kan inte vara före startdatum",
    path: ["till"],
    when: whenValid("fran", "till"),
  });

export type SusFilter = z.infer<typeof susFilterSchema>;

export function susFilterInput(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, unknown> {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    return Array.isArray(v) ? v[0] : (v ?? undefined);
  };
  return { fran: get("fran"), till: get("till") };
}
