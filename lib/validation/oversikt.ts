import { z } from "zod";
import { isoDate, whenValid } from "./common";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/**
 * Filters of the förbund overview, the styrelse view, its PDF report and
 * GET /api/f/[forbund]/oversikt — from a page's URL or a query string alike.
 * `fran`/`till` choose the period participants are counted in (and the budget
 * years); `insats` narrows to chosen insatser (repeatable).
 */
export const oversiktFilterSchema = z
  .object({
    fran: z.preprocess(blankToUndefined, isoDate.optional()),
    till: z.preprocess(blankToUndefined, isoDate.optional()),
    insatstyp: z.preprocess(blankToUndefined, z.enum(["INDIVIDINRIKTAD", "STRUKTURINRIKTAD", "FORSTUDIE"], { error: "Ogiltig insatstyp" }).optional()),
    status: z.preprocess(blankToUndefined, z.enum(["PLANERAD", "PAGAENDE", "AVSLUTAD"], { error: "Ogiltig status" }).optional()),
    insats: z.array(z.string().trim().min(1).max(64, "Ogiltig insats")).max(100, "Högst 100 insatser").default([]),
  })
  .refine((f) => !f.fran || !f.till || f.till >= f.fran, {
    message: "Slutdatum kan inte vara före startdatum",
    path: ["till"],
    when: whenValid("fran", "till"),
  });

export type OversiktFilter = z.infer<typeof oversiktFilterSchema>;

/** URLSearchParams or Next's searchParams object → the plain input the schema reads. */
export function oversiktFilterInput(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, unknown> {
  const all = (k: string): string[] => {
    const v = params instanceof URLSearchParams ? params.getAll(k) : params[k];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
  const first = (k: string) => all(k)[0];
  return { fran: first("fran"), till: first("till"), insatstyp: first("insatstyp"), status: first("status"), insats: all("insats").filter((s) => s !== "") };
}
