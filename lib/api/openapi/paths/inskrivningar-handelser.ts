import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { HANDELSE_SCHEMAS } from "@/lib/validation/inskrivning-handelser";
import { forbundParam, insatsIdParam } from "../params";
import { json, readErrors, writeErrors } from "../responses";

const isoDate = z.string().meta({ format: "date", example: "2024-01-01" });
const path = z.object({ forbund: forbundParam, insatsId: insatsIdParam, inskrivningId: z.string().meta({ description: "The inskrivning id." }) });

const inskrivningForlopp = z
  .object({
    id: z.string(),
    insatsId: z.string(),
    insatsNamn: z.string(),
    matningsmetod: z.enum(["VOLYM", "ANONYM", "PERSONUPPGIFTER"]),
    version: z.number().int().meta({ description: "Send it back with every event (optimistic concurrency)." }),
    deltagare: z.object({ id: z.string(), kod: z.string(), kon: z.enum(["K", "M"]), aldersgrupp: z.string() }).meta({ description: "Code, kön and age band — never identity." }),
    startdatum: isoDate,
    grupp: z.string().nullable(),
    spar: z.string().nullable(),
    forsorjningStart: z.array(z.string()),
    sysselsattningStart: z.array(z.string()),
    avslutsdatum: isoDate.nullable(),
    avslutsorsak: z.string().nullable(),
    forsorjningAvslut: z.array(z.string()),
    sysselsattningAvslut: z.array(z.string()),
    anonymiserad: z.boolean(),
    matvariabler: z.array(z.object({ kod: z.string(), namn: z.string(), beskrivning: z.string(), typ: z.enum(["SKALA", "JANEJ"]), min: z.number().nullable(), max: z.number().nullable() })),
    matningar: z.array(z.object({ variabel: z.string(), tidpunkt: z.enum(["START", "AVSLUT", "UPPFOLJNING_90", "DATUM"]), datum: isoDate, varde: z.number(), kalla: z.string() })),
    uppfoljning: z
      .object({ datum: isoDate, status: z.string().meta({ description: "EJ_NADD (not reached) is a follow-up made, not missing data." }), forsorjning: z.array(z.string()), sysselsattning: z.array(z.string()), kommentar: z.string() })
      .nullable(),
    uppfoljningForfaller: isoDate.nullable().meta({ description: "avslutsdatum + 90 days." }),
    uppfoljningLage: z.enum(["GJORD", "EJ_AKTUELL", "AKTUELL", "FORSENAD"]).nullable(),
    plan: z
      .object({ upprattadDatum: isoDate, mal: z.array(z.object({ id: z.string(), beskrivning: z.string(), maldatum: isoDate.nullable(), status: z.enum(["EJ_PABORJAT", "PAGAR", "UPPNATT", "AVBRUTET"]) })) })
      .nullable(),
  })
  .meta({ id: "InskrivningForlopp" });

const typed = <T extends string>(typ: T, schema: z.ZodType) => z.object({ typ: z.literal(typ) }).and(schema);

const examples = {
  matningar: { summary: "VAS and steg at start", value: { typ: "MATNINGAR", version: 1, tidpunkt: "START", datum: "2024-01-15", varden: { VAS: 4, STEG: 2 } } },
  avslut: {
    summary: "Avslut with its SUS fields and VAS at avslut",
    value: { typ: "AVSLUT", version: 2, avslutsdatum: "2024-05-02", avslutsorsak: "ARBETE", forsorjningAvslut: ["LON"], sysselsattningAvslut: ["FORVARVSARBETE"], varden: { VAS: 7 } },
  },
  uppfoljning: { summary: "90-day follow-up: not reached", value: { typ: "UPPFOLJNING", version: 3, datum: "2024-08-05", status: "EJ_NADD", kommentar: "Tre försök per telefon" } },
  ateroppna: { summary: "Reopen an avslut (processledare)", value: { typ: "ATEROPPNA", version: 3, skal: "Avslutades av misstag" } },
  plan: { summary: "Genomförandeplan", value: { typ: "PLAN", version: 4, upprattadDatum: "2024-01-20", mal: [{ beskrivning: "Arbetsträning 50 %", maldatum: "2024-04-01", status: "PAGAR" }] } },
};

export const inskrivningarHandelserPaths: ZodOpenApiPathsObject = {
  "/api/f/{forbund}/insatser/{insatsId}/inskrivningar/{inskrivningId}": {
    get: {
      tags: ["Inskrivningar"],
      summary: "One inskrivning with measurements, avslut, follow-up and plan (assigned vägledare, processledare, admin; never identity)",
      requestParams: { path },
      responses: { 200: json(inskrivningForlopp, "The inskrivning."), ...readErrors() },
    },
    patch: {
      tags: ["Inskrivningar"],
      summary: "Record one event: measurements, avslut, reopening, 90-day follow-up or plan (assigned vägledare, processledare)",
      description:
        "`typ` names the event; the rest of the body is validated exactly as the form. Every event needs the `version` last read: a stale one is refused with 409. " +
        "Values are checked against the förbund's Matvariabler (VAS 0–10, steg 1–7, ja/nej 1/0); `null` removes a value. Avslut: not before start, not in the future. " +
        "ATEROPPNA needs the processledare role. A vägledare not assigned to the insats, admin and styrelse get 403.",
      requestParams: { path },
      requestBody: {
        content: {
          "application/json": {
            schema: z.union([
              typed("MATNINGAR", HANDELSE_SCHEMAS.MATNINGAR),
              typed("AVSLUT", HANDELSE_SCHEMAS.AVSLUT),
              typed("ATEROPPNA", HANDELSE_SCHEMAS.ATEROPPNA),
              typed("UPPFOLJNING", HANDELSE_SCHEMAS.UPPFOLJNING),
              typed("PLAN", HANDELSE_SCHEMAS.PLAN),
            ]),
            examples,
          },
        },
      },
      responses: { 200: json(z.object({ id: z.string(), version: z.number().int() }), "Recorded; the new version."), ...writeErrors({ conflict: true }) },
    },
  },
};
