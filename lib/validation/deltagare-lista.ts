import { z } from "zod";
import { text } from "./common";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** Columns the participant list can be sorted by on the server (status and names cannot: derived or encrypted). */
export const DELTAGARE_SORTERING = ["kod", "kon", "aldersgrupp", "startdatum", "avslutsdatum"] as const;
export type DeltagareSortering = (typeof DELTAGARE_SORTERING)[number];

/** One page of an insats's participants, as the list page's query string asks for it. */
export const deltagareListaSchema = z.object({
  sok: z.preprocess(blankToUndefined, text(40).optional()),
  sortera: z.preprocess(blankToUndefined, z.enum(DELTAGARE_SORTERING).default("startdatum")),
  ordning: z.preprocess(blankToUndefined, z.enum(["asc", "desc"]).default("desc")),
  sida: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
});

export type DeltagareListaFraga = z.infer<typeof deltagareListaSchema>;
