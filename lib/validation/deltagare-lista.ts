import { z } from "zod";
import { text } from "./common";
import { DELTAGARE_SORTERING } from "./konstanter";

export { DELTAGARE_SORTERING };
export type { DeltagareSortering } from "./konstanter";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** One page of an insats's participants, as the list page's query string asks for it. */
export const deltagareListaSchema = z.object({
  sok: z.preprocess(blankToUndefined, text(40).optional()),
  sortera: z.preprocess(blankToUndefined, z.enum(DELTAGARE_SORTERING).default("startdatum")),
  ordning: z.preprocess(blankToUndefined, z.enum(["asc", "desc"]).default("desc")),
  sida: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
});

export type DeltagareListaFraga = z.infer<typeof deltagareListaSchema>;
