import { z } from "zod";
import { budgetKategori, finansieringKalla } from "@/lib/domain/kodlistor";
import { kodSchema } from "@/lib/domain/kod-schema";
import { belopp, id, isoDate, optionalText, text, version, year } from "./common";

// The parts of an insats edited beside it: groups, assigned vägledare,
// budget, financing and spending, and closing it. Shared by forms, actions and the API.

const heltal = (min: number, max: number, messages: { saknas: string; min: string; max: string }) =>
  z.number({ error: messages.saknas }).int("Ange ett helt tal").min(min, messages.min).max(max, messages.max);

export const createGruppSchema = z
  .object({
    namn: text(120, "Namnet får vara högst 120 tecken").min(1, "Ange gruppens namn"),
    startdatum: isoDate,
    veckor: heltal(1, 520, { saknas: "Ange längden i veckor", min: "Gruppen måste vara minst 1 vecka", max: "Högst 520 veckor" }),
    planeradStorlek: z.preprocess(
      (v) => (v === "" || Number.isNaN(v) ? null : v),
      heltal(1, 10_000, { saknas: "Ange ett antal", min: "Ange minst 1 deltagare", max: "Antalet är orimligt stort" }).nullable().optional(),
    ),
  })
  .strict();
export type CreateGruppInput = z.infer<typeof createGruppSchema>;
export type CreateGruppFormValues = z.input<typeof createGruppSchema>;

const kategori = kodSchema(budgetKategori).meta({ description: "kodlistor.budgetKategori" });

export const createBudgetPostSchema = z
  .object({ ar: year, kategori, belopp, beskrivning: optionalText(500) })
  .strict();
export type CreateBudgetPostInput = z.infer<typeof createBudgetPostSchema>;
export type CreateBudgetPostFormValues = z.input<typeof createBudgetPostSchema>;

export const createFinansieringSchema = z
  .object({
    ar: year,
    kalla: kodSchema(finansieringKalla),
    medlemId: z.preprocess((v) => (v === "" ? null : v), id.nullable().optional()).meta({ description: "Required when kalla is MEDLEM: the member that pays." }),
    belopp,
  })
  .strict()
  .refine((v) => v.kalla !== "MEDLEM" || Boolean(v.medlemId), { path: ["medlemId"], message: "Välj vilken medlem som finansierar" })
  .refine((v) => v.kalla === "MEDLEM" || !v.medlemId, { path: ["medlemId"], message: "Ange medlem bara när källan är en medlem" });
export type CreateFinansieringInput = z.infer<typeof createFinansieringSchema>;
export type CreateFinansieringFormValues = z.input<typeof createFinansieringSchema>;

export const createUtfallSchema = z
  .object({
    ar: year,
    manad: z
      .preprocess((v) => (v === "" || Number.isNaN(v) ? null : v), z.number({ error: "Välj en månad" }).int().min(1, "Välj en månad").max(12, "Välj en månad").nullable().optional())
      .meta({ description: "1–12, or null for the whole year." }),
    kategori,
    belopp,
    beskrivning: optionalText(500),
  })
  .strict();
export type CreateUtfallInput = z.infer<typeof createUtfallSchema>;
export type CreateUtfallFormValues = z.input<typeof createUtfallSchema>;

/** The full list of vägledare assigned to the insats (replaces the previous list). */
export const setVagledareSchema = z
  .object({
    userIds: z.array(id, { error: "Ange en lista av användare" }).max(200, "För många vägledare"),
    version: version.optional(),
  })
  .strict();
export type SetVagledareInput = z.infer<typeof setVagledareSchema>;

/** Closing an insats: status AVSLUTAD needs the day it ended. */
export const avslutaInsatsSchema = z
  .object({
    slutdatum: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string({ error: "Ange slutdatum för att avsluta insatsen" }).pipe(isoDate)),
    version,
  })
  .strict();
export type AvslutaInsatsInput = z.infer<typeof avslutaInsatsSchema>;

/** A change to a group: any of its fields; the result must still lie within the insats period. */
export const updateGruppSchema = createGruppSchema.partial().strict();
export type UpdateGruppInput = z.infer<typeof updateGruppSchema>;
