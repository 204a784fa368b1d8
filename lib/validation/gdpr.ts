import { z } from "zod";
import { personnummerSchema } from "@/lib/domain/personnummer";
import { optionalText, text, version } from "./common";

const FODELSEAR_MIN = 1900;

/**
 * A correction (GDPR art. 16) of one deltagare: kön and födelseår always; the
 * identity fields only where an identity is kept, and only those sent change
 * (a processledare corrects without first seeing the old values). `version`
 * is the one the form read: a concurrent change gives a conflict, not a lost update.
 */
export const rattaDeltagareSchema = z.object({
  version,
  kon: z.enum(["K", "M"], { error: "Välj kön" }),
  fodelsear: z
    .number({ error: "Ange födelseår" })
    .int("Ange ett helt år")
    .min(FODELSEAR_MIN, `Födelseåret måste vara ${FODELSEAR_MIN} eller senare`)
    .refine((y) => y <= new Date().getUTCFullYear(), "Födelseåret kan inte ligga i framtiden"),
  identitet: z
    .object({
      personnummer: z.preprocess((v) => (v === "" || v == null ? undefined : v), personnummerSchema.optional()),
      fornamn: z.preprocess((v) => (v === "" || v == null ? undefined : v), text(80, "Högst 80 tecken").min(1, "Ange förnamn").optional()),
      efternamn: z.preprocess((v) => (v === "" || v == null ? undefined : v), text(80, "Högst 80 tecken").min(1, "Ange efternamn").optional()),
      telefon: z.preprocess((v) => (v === "" || v == null ? undefined : v), optionalText(40).optional()),
      epost: z.preprocess((v) => (v === "" || v == null ? undefined : v), z.email("Ange en giltig e-postadress").max(254).optional()),
    })
    .optional(),
});
export type RattaDeltagareInput = z.infer<typeof rattaDeltagareSchema>;
export type RattaDeltagareFormValues = z.input<typeof rattaDeltagareSchema>;

/** Erasure is irreversible: the caller must say so explicitly (an empty body erases nothing). */
export const raderaPersonuppgifterSchema = z.object({
  bekrafta: z.literal(true, { error: "Bekräfta att personuppgifterna ska raderas" }),
});
export type RaderaPersonuppgifterInput = z.infer<typeof raderaPersonuppgifterSchema>;

/** Months after the last avslut before identity is erased: at least one, at most ten years. */
export const gallringSchema = z.object({
  gallringManader: z
    .number({ error: "Ange antal månader" })
    .int("Ange ett helt antal månader")
    .min(1, "Minst 1 månad")
    .max(120, "Högst 120 månader (10 år)"),
});
export type GallringInput = z.infer<typeof gallringSchema>;
