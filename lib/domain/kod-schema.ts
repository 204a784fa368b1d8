import { z } from "zod";
import type { KodPost, Kodlista } from "./kodlistor";

// Apart from the code lists themselves so that a client component showing a
// list's labels does not load zod with the page (issue 8, first-load JS).
const cache = new WeakMap<object, z.ZodType>();

/** Validates one code of `lista`; the message is shown to the user as is. One instance per list. */
export function kodSchema<P extends KodPost>(lista: Kodlista<P>): z.ZodEnum<{ [K in P["kod"]]: K }> {
  let schema = cache.get(lista);
  if (!schema) {
    schema = z.enum(lista.koder as unknown as [P["kod"], ...P["kod"][]], { error: "Ogiltigt värde" });
    cache.set(lista, schema);
  }
  return schema as z.ZodEnum<{ [K in P["kod"]]: K }>;
}
