import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { raderaPersonuppgifterSchema, rattaDeltagareSchema } from "@/lib/validation/gdpr";
import { forbundParam } from "../params";
import { errors, json, readErrors, writeErrors } from "../responses";

const isoDate = z.string().meta({ format: "date", example: "2024-01-01" });
const path = z.object({ forbund: forbundParam, deltagareId: z.string().meta({ description: "The deltagare id." }) });
const handelse = z.object({ tidpunkt: z.string().meta({ format: "date-time" }), handelse: z.string(), utfordAv: z.string(), detaljer: z.unknown() });

const registerutdrag = z
  .object({
    skapad: z.string().meta({ format: "date-time" }),
    forbund: z.string(),
    deltagare: z.object({
      id: z.string(),
      kod: z.string(),
      kon: z.enum(["K", "M"]),
      fodelsear: z.number().int(),
      skyddadIdentitet: z.boolean(),
      registrerad: isoDate,
      personuppgifterRaderade: isoDate.nullable(),
    }),
    identitet: z
      .object({ personnummer: z.string(), fornamn: z.string(), efternamn: z.string(), telefon: z.string().nullable(), epost: z.string().nullable(), registrerad: isoDate, senastAndrad: isoDate })
      .nullable()
      .meta({ description: "In clear: the extract is for the person it is about. null when no identity is kept (ANONYM, skyddad, erased)." }),
    samtycken: z.array(z.object({ insats: z.string(), datum: isoDate, omfattning: z.string(), aterkallat: isoDate.nullable() })),
    inskrivningar: z.array(
      z.object({
        id: z.string(),
        insats: z.string(),
        matningsmetod: z.enum(["VOLYM", "ANONYM", "PERSONUPPGIFTER"]),
        startdatum: isoDate,
        avslutsdatum: isoDate.nullable(),
        anonymiserad: z.boolean(),
        matningar: z.array(z.object({ variabel: z.string(), kod: z.string(), tidpunkt: z.string(), datum: isoDate, varde: z.number(), kalla: z.string() })),
        uppfoljning: z.object({ datum: isoDate, status: z.string(), kommentar: z.string() }).loose().nullable(),
        plan: z.object({ upprattad: isoDate, mal: z.array(z.object({ beskrivning: z.string(), maldatum: isoDate.nullable(), status: z.string() })) }).nullable(),
        handelser: z.array(handelse),
      }).loose().meta({ description: "Every SUS field of the inskrivning as well (remittent, försörjning, sysselsättning …)." }),
    ),
    handelser: z.array(handelse).meta({ description: "Audit events about the person: reveals, corrections, consent, exports." }),
  })
  .meta({ id: "Registerutdrag" });

export const gdprPaths: ZodOpenApiPathsObject = {
  "/api/f/{forbund}/deltagare/{deltagareId}": {
    patch: {
      tags: ["GDPR"],
      summary: "Correct kön, födelseår and identity fields (art. 16; processledare or an assigned vägledare)",
      description:
        "Identity fields left out are unchanged. Where a personnummer is kept, kön and födelseår must match it. `version` is the one you read; a stale one gives 409. The audit row names the changed fields, never their values.",
      requestParams: { path },
      requestBody: { content: { "application/json": { schema: rattaDeltagareSchema, example: { version: 1, kon: "K", fodelsear: 1986, identitet: { efternamn: "Andersson" } } } } },
      responses: { 200: json(z.object({ deltagareId: z.string(), version: z.number().int(), andradeFalt: z.array(z.string()) }), "What changed."), ...writeErrors({ conflict: true }) },
    },
  },
  "/api/f/{forbund}/deltagare/{deltagareId}/registerutdrag": {
    get: {
      tags: ["GDPR"],
      summary: "Registerutdrag as JSON: everything stored about one deltagare (art. 15; processledare only; audited)",
      requestParams: { path },
      responses: { 200: json(registerutdrag, "The extract."), ...readErrors() },
    },
  },
  "/api/f/{forbund}/deltagare/{deltagareId}/registerutdrag.pdf": {
    get: {
      tags: ["GDPR"],
      summary: "Registerutdrag as a Swedish PDF (art. 15; processledare only; audited)",
      requestParams: { path },
      responses: {
        200: { description: "The PDF (`Content-Disposition: attachment`).", content: { "application/pdf": { schema: z.string().meta({ format: "binary" }) } } },
        ...readErrors(),
      },
    },
  },
  "/api/f/{forbund}/deltagare/{deltagareId}/radera": {
    post: {
      tags: ["GDPR"],
      summary: "Erase one deltagare's personuppgifter (art. 17; processledare only; audited)",
      description:
        "Removes name, personnummer, contact details, the participant code and free text; keeps kön, födelseår, dates, SUS codes and measurements so statistics stay true. Irreversible: the body must be `{ \"bekrafta\": true }`. Already erased: 409.",
      requestParams: { path },
      requestBody: { content: { "application/json": { schema: raderaPersonuppgifterSchema } } },
      responses: {
        200: json(z.object({ deltagareId: z.string(), identitetRaderad: z.boolean(), anonymiseradeInskrivningar: z.number().int(), rensadeFritexter: z.number().int() }), "What was erased."),
        ...writeErrors(),
        409: errors[409],
      },
    },
  },
};
