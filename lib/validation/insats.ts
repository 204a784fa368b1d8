import { z } from "zod";
import { insatstyp, matningsmetod } from "@/lib/domain/kodlistor";
import { kodSchema } from "@/lib/domain/kod-schema";
import { dateOrder, isoDate, whenValid, optionalId, optionalIsoDate, optionalText, text, version } from "./common";

const status = z.enum(["PLANERAD", "PAGAENDE", "AVSLUTAD"], { error: "Välj en status" });

const editableFields = {
  namn: text(120, "Namnet får vara högst 120 tecken").min(2, "Ange insatsens namn (minst 2 tecken)"),
  status,
  startdatum: isoDate,
  slutdatum: optionalIsoDate,
  malgrupp: optionalText(4000),
  syfte: optionalText(8000),
  preciseradInriktning: optionalText(500),
  utforareMedlemId: optionalId,
  puaMedlemId: optionalId,
  bitradesavtalDatum: optionalIsoDate,
  kontaktperson: optionalText(200),
  kontaktEpost: z.preprocess((v) => (v === "" ? null : v), z.email("Ange en giltig e-postadress").max(254).nullable().optional()),
  planeradeDeltagare: z.preprocess(
    (v) => (v === "" ? null : v),
    z.number({ error: "Ange ett antal" }).int("Ange ett helt antal").min(0, "Antalet kan inte vara negativt").max(100_000, "Antalet är orimligt stort").nullable().optional(),
  ),
  planeradeDeltagarePer: z.enum(["PERIOD", "AR"], { error: "Välj per period eller per år" }),
};

const periodOk = (v: { startdatum?: string | null; slutdatum?: string | null }) => dateOrder(v.startdatum, v.slutdatum);
const periodRule = () => ({ path: ["slutdatum"], message: "Slutdatum kan inte vara före startdatum", when: whenValid("startdatum", "slutdatum") });

// DESIGN.md §5: identities may only be kept under a named personuppgiftsansvarig member with a biträdesavtal.
type PuaFields = { matningsmetod?: string; puaMedlemId?: string | null; bitradesavtalDatum?: string | null };
const puaRequired = (field: "puaMedlemId" | "bitradesavtalDatum") => (v: PuaFields) => v.matningsmetod !== "PERSONUPPGIFTER" || Boolean(v[field]);

/**
 * Uppföljning Finsam: inriktning (insatstyp), uppföljningsmetod (mätningsmetod)
 * and ESF financing are fixed when an insats is created; changing them means a new insats.
 */
export const IMMUTABLE_INSATS_FIELDS = ["insatstyp", "matningsmetod", "esfFinansierad"] as const;

export const createInsatsSchema = z
  .object({
    ...editableFields,
    // Defaults belong to creation only: in a partial update a default would overwrite stored data.
    planeradeDeltagarePer: editableFields.planeradeDeltagarePer.default("PERIOD"),
    insatstyp: kodSchema(insatstyp),
    matningsmetod: kodSchema(matningsmetod).default("ANONYM"),
    esfFinansierad: z.boolean().default(false),
  })
  .refine(periodOk, periodRule())
  .refine(puaRequired("puaMedlemId"), {
    path: ["puaMedlemId"],
    message: "Ange vilken medlem som är personuppgiftsansvarig",
    when: whenValid("matningsmetod", "puaMedlemId"),
  })
  .refine(puaRequired("bitradesavtalDatum"), {
    path: ["bitradesavtalDatum"],
    message: "Ange datum för personuppgiftsbiträdesavtalet",
    when: whenValid("matningsmetod", "bitradesavtalDatum"),
  });

export type CreateInsatsInput = z.infer<typeof createInsatsSchema>;
export type CreateInsatsFormValues = z.input<typeof createInsatsSchema>;

const immutable = z.never({ error: "Kan inte ändras efter att insatsen skapats – det kräver en ny insats (Uppföljning Finsam)" }).optional();

/** A partial change; `version` is the one the client read (optimistic concurrency). */
export const updateInsatsSchema = z
  .object({
    ...Object.fromEntries(Object.entries(editableFields).map(([k, s]) => [k, (s as z.ZodType).optional()])),
    insatstyp: immutable,
    matningsmetod: immutable,
    esfFinansierad: immutable,
    version: version.optional(),
  } as { [K in keyof typeof editableFields]: z.ZodOptional<(typeof editableFields)[K]> } & {
    insatstyp: typeof immutable;
    matningsmetod: typeof immutable;
    esfFinansierad: typeof immutable;
    version: z.ZodOptional<typeof version>;
  })
  .strict()
  .refine(periodOk, periodRule())
  // An empty change would still bump the version and write an audit row for nothing.
  .refine((v) => Object.keys(v).some((k) => k !== "version"), { message: "Ange minst ett fält att ändra", path: [], when: (p) => p.issues.length === 0 });

export type UpdateInsatsInput = z.infer<typeof updateInsatsSchema>;
