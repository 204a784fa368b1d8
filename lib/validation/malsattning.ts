import { z } from "zod";
import { malDefinitionSchema } from "@/lib/domain/goals/definition";
import { isoDate, optionalText, text, version } from "./common";

export const malKategoriSchema = z.enum(["RESULTATMAL", "VERKSAMHETSMAL", "KVALITATIVT_MAL"], { error: "Välj typ av mål" });
export const kvalitativStatusSchema = z.enum(["EJ_PABORJAT", "PAGAR", "UPPNATT", "EJ_UPPNATT"], { error: "Välj en status" });

export const createMalsattningSchema = z
  .object({
    kategori: malKategoriSchema,
    /** The target in the document's own words (shown beside the generated sentence). */
    text: optionalText(2000),
    definition: malDefinitionSchema,
  })
  // Kategori (how the document labels the target) and definition.typ (how it is
  // evaluated) are independent: Vägknuten calls measured shares "kvalitativa mål".
  .strict();

export type CreateMalsattningInput = z.infer<typeof createMalsattningSchema>;
export type CreateMalsattningFormValues = z.input<typeof createMalsattningSchema>;

export const updateMalsattningSchema = z
  .object({ kategori: malKategoriSchema, text: optionalText(2000), definition: malDefinitionSchema, version })
  .strict();
export type UpdateMalsattningInput = z.infer<typeof updateMalsattningSchema>;

/** A person's dated judgement of a KVALITATIV target. */
export const setKvalitativStatusSchema = z
  .object({
    status: kvalitativStatusSchema,
    kommentar: text(2000, "Kommentaren får vara högst 2000 tecken").min(1, "Skriv en kommentar som motiverar statusen"),
    datum: isoDate,
  })
  .strict();
export type SetKvalitativStatusInput = z.infer<typeof setKvalitativStatusSchema>;
