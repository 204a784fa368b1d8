import { z } from "zod";
import { isoDate, text } from "./common";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** Filters of the audit log, as they arrive in the page's query string. */
export const auditFilterSchema = z
  .object({
    vem: z.preprocess(blankToUndefined, text(254).optional()),
    handelse: z.preprocess(blankToUndefined, text(100).optional()),
    objekt: z.preprocess(blankToUndefined, text(100).optional()),
    fran: z.preprocess(blankToUndefined, isoDate.optional()),
    till: z.preprocess(blankToUndefined, isoDate.optional()),
    sida: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
  })
  .refine((f) => !f.fran || !f.till || f.till >= f.fran, { path: ["till"], message: "Till-datum kan inte vara före från-datum" });

export type AuditFilter = z.infer<typeof auditFilterSchema>;
