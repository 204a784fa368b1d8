import { z } from "zod";
import { aktuellHos, forsorjning, kon, remittent, sysselsattning, tidIOffentligForsorjning, utbildningsniva } from "@/lib/domain/kodlistor";
import { kodSchema } from "@/lib/domain/kod-schema";
import { parsePersonnummer, personnummerSchema } from "@/lib/domain/personnummer";
import { dateOrder, isoDate, optionalId, optionalText, text, whenValid } from "./common";

// One schema for the registration form, its server action and
// POST /api/f/[forbund]/insatser/[insatsId]/inskrivningar (DESIGN.md §6).
// Rules that need the insats (its mätningsmetod, period and groups) are checked
// by lib/server/deltagare/register-inskrivning.ts with the same field paths.

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optionalKod = <S extends z.ZodType>(schema: S) => z.preprocess(emptyToUndefined, schema.optional());
const kodLista = <S extends z.ZodType>(schema: S) => z.array(schema, { error: "Ange en lista" }).max(20).default([]);

export const MIN_FODELSEAR = 1900;

/** The SUS fields of an inskrivning at start. */
export const inskrivningStartFields = {
  startdatum: isoDate,
  gruppId: optionalId,
  remittent: optionalKod(kodSchema(remittent)),
  aktuellHos: kodLista(kodSchema(aktuellHos)),
  forsorjningStart: kodLista(kodSchema(forsorjning)),
  sysselsattningStart: kodLista(kodSchema(sysselsattning)),
  utbildningsniva: optionalKod(kodSchema(utbildningsniva)),
  folkbokforingskommun: optionalText(80),
  tidIOffentligForsorjning: optionalKod(kodSchema(tidIOffentligForsorjning)),
  spar: optionalText(120),
};

export const identitetSchema = z.object({
  personnummer: personnummerSchema,
  fornamn: text(80, "Högst 80 tecken").min(1, "Ange förnamn"),
  efternamn: text(80, "Högst 80 tecken").min(1, "Ange efternamn"),
  telefon: optionalText(40),
  epost: z.preprocess((v) => (v === "" || v == null ? undefined : v), z.email("Ange en giltig e-postadress").max(254).optional()),
});

export const samtyckeSchema = z.object({
  datum: isoDate,
  omfattning: text(500, "Högst 500 tecken").min(3, "Beskriv vad samtycket omfattar"),
});

export const CONSENT_REQUIRED = "Registrering med personuppgifter kräver ett registrerat samtycke";
export const PROTECTED_NO_IDENTITY = "Skyddade personuppgifter registreras utan namn och personnummer";

export const registreraInskrivningSchema = z
  .object({
    /** Without identity: required. With a personnummer: read from it (and checked if given). */
    kon: optionalKod(kodSchema(kon)),
    fodelsear: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z.number({ error: "Ange födelseår" }).int("Ange ett helt år").min(MIN_FODELSEAR, `Födelseåret kan inte vara före ${MIN_FODELSEAR}`).optional(),
    ),
    skyddadIdentitet: z.boolean().default(false),
    identitet: identitetSchema.optional(),
    samtycke: samtyckeSchema.optional(),
    ...inskrivningStartFields,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.skyddadIdentitet && v.identitet) ctx.addIssue({ code: "custom", path: ["skyddadIdentitet"], message: PROTECTED_NO_IDENTITY });
    if (v.identitet && !v.samtycke) ctx.addIssue({ code: "custom", path: ["samtycke", "datum"], message: CONSENT_REQUIRED });
    const fromPnr = v.identitet ? parsePersonnummer(v.identitet.personnummer) : null;
    if (fromPnr?.ok) {
      if (v.kon && v.kon !== fromPnr.kon) ctx.addIssue({ code: "custom", path: ["kon"], message: "Kön stämmer inte med personnumret (näst sista siffran)" });
      const ar = Number(fromPnr.birthDate.slice(0, 4));
      if (v.fodelsear !== undefined && v.fodelsear !== ar) ctx.addIssue({ code: "custom", path: ["fodelsear"], message: `Födelseåret stämmer inte med personnumret (${ar})` });
    } else if (!v.identitet) {
      if (!v.kon) ctx.addIssue({ code: "custom", path: ["kon"], message: "Välj kön" });
      if (v.fodelsear === undefined) ctx.addIssue({ code: "custom", path: ["fodelsear"], message: "Ange födelseår" });
    }
    const startAr = Number(v.startdatum.slice(0, 4));
    if (v.fodelsear !== undefined && v.fodelsear > startAr) ctx.addIssue({ code: "custom", path: ["fodelsear"], message: "Födelseåret kan inte vara efter startdatum" });
    if (v.samtycke && v.samtycke.datum > addDays(v.startdatum, 30)) {
      ctx.addIssue({ code: "custom", path: ["samtycke", "datum"], message: "Samtycket ska vara lämnat senast 30 dagar efter start" });
    }
  });

export type RegistreraInskrivningInput = z.infer<typeof registreraInskrivningSchema>;
export type RegistreraInskrivningFormValues = z.input<typeof registreraInskrivningSchema>;

/** VOLYM: counts by kön for one period, no individual rows (DESIGN.md §5). */
export const volymRegistreringSchema = z
  .object({
    periodStart: isoDate,
    periodSlut: isoDate,
    kvinnor: antal("kvinnor"),
    man: antal("män"),
    kommentar: optionalText(500),
  })
  .strict()
  .refine((v) => dateOrder(v.periodStart, v.periodSlut), { path: ["periodSlut"], message: "Periodens slut kan inte vara före dess start", when: whenValid("periodStart", "periodSlut") })
  .refine((v) => v.kvinnor + v.man > 0, { path: ["kvinnor"], message: "Ange minst en deltagare", when: whenValid("kvinnor", "man") });

export type VolymRegistreringInput = z.infer<typeof volymRegistreringSchema>;
export type VolymRegistreringFormValues = z.input<typeof volymRegistreringSchema>;

function antal(vem: string) {
  return z
    .number({ error: `Ange antal ${vem}` })
    .int("Ange ett helt antal")
    .min(0, "Antalet kan inte vara negativt")
    .max(100_000, "Antalet är orimligt stort");
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
