import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { registreraInskrivningSchema } from "@/lib/validation/inskrivning-registrering";
import { insatsPath } from "../params";
import { json, readErrors, writeErrors } from "../responses";

const isoDate = z.string().meta({ format: "date", example: "2024-01-01" });

const rad = z
  .object({
    inskrivningId: z.string(),
    deltagareId: z.string(),
    kod: z.string().meta({ example: "K7M-4QXP" }),
    kon: z.enum(["K", "M"]),
    aldersgrupp: z.string().meta({ example: "30–39", description: "Age reached in the start year, in the report bands." }),
    startdatum: isoDate,
    avslutsdatum: isoDate.nullable(),
    status: z.enum(["PAGAR", "AVSLUTAD", "FELREGISTRERING"]),
    grupp: z.string().nullable(),
    anonymiserad: z.boolean().meta({ description: "Consent withdrawn: the identity is erased and the participation continues anonymously." }),
    skyddadIdentitet: z.boolean(),
    namn: z.string().nullable().optional().meta({ description: "Only for a vägledare assigned to the insats (PERSONUPPGIFTER); absent for everyone else." }),
    personnummerMaskerat: z.string().nullable().optional().meta({ example: "19870412-****", description: "Masked; only with `namn`." }),
  })
  .meta({ id: "InsatsDeltagareRad" });

const lista = z.object({
  insats: z.object({ id: z.string(), namn: z.string(), matningsmetod: z.enum(["VOLYM", "ANONYM", "PERSONUPPGIFTER"]) }),
  inskrivningar: z.array(rad),
});

const resultat = z
  .object({
    deltagareId: z.string(),
    inskrivningId: z.string(),
    kod: z.string().meta({ description: "The deltagarkod to write on the paper folder." }),
    befintligDeltagare: z.boolean().meta({ description: "True when the personnummer already belonged to a deltagare of the förbund: linked, not duplicated." }),
    registreradSom: z.enum(["ANONYM", "PERSONUPPGIFTER"]),
    personnummerMaskerat: z.string().nullable(),
  })
  .meta({ id: "RegistreringResultat" });

const base = { startdatum: "2024-01-15", remittent: "AF", aktuellHos: ["AF", "FK"], forsorjningStart: ["SJUKPENNING"], sysselsattningStart: ["OVRIGA"], utbildningsniva: "GYMNASIAL", folkbokforingskommun: "Kalmar", tidIOffentligForsorjning: "AR_1_2" };

export const inskrivningarRegistreringPaths: ZodOpenApiPathsObject = {
  "/api/f/{forbund}/insatser/{insatsId}/inskrivningar": {
    get: {
      tags: ["Inskrivningar"],
      summary: "The participants of one insats (assigned vägledare, processledare, admin)",
      description:
        "Pseudonymised rows (code, kön, age band, start, avslut, status). Names and masked personnummer are included only for a vägledare assigned to the insats; " +
        "a vägledare not assigned to it and styrelse get 403.",
      requestParams: { path: insatsPath },
      responses: { 200: json(lista, "The participant rows, newest start first."), ...readErrors() },
    },
    post: {
      tags: ["Inskrivningar"],
      summary: "Register a deltagare and an inskrivning (assigned vägledare, processledare)",
      description:
        "Follows the insats's mätningsmetod. ANONYM: `kon` and `fodelsear`, no identity; a deltagarkod is generated. " +
        "PERSONUPPGIFTER (only where the insats names its personuppgiftsansvarig member, otherwise 409): `identitet` (personnummer or samordningsnummer, " +
        "validated with a Swedish message per fault) and `samtycke` are required; kön and födelseår are read from the number. The number is stored encrypted " +
        "with a keyed hash: a person already registered in the förbund is linked to the same deltagare (`befintligDeltagare: true`); one still enrolled in this insats gives 409. " +
        "`skyddadIdentitet: true` registers anonymously without identity. VOLYM insatser take counts, not individuals: 400. " +
        "`startdatum` must lie inside the insats period; `gruppId` must be one of the insats's groups. The registration is written to the audit log (without identity).",
      requestParams: { path: insatsPath },
      requestBody: {
        content: {
          "application/json": {
            schema: registreraInskrivningSchema,
            examples: {
              anonym: { summary: "ANONYM insats", value: { ...base, kon: "K", fodelsear: 1984 } },
              personuppgifter: {
                summary: "PERSONUPPGIFTER insats, with consent",
                value: { ...base, identitet: { personnummer: "19870412-2384", fornamn: "Elsa", efternamn: "Provsson" }, samtycke: { datum: "2024-01-15", omfattning: "Registrering och uppföljning i insatsen" } },
              },
              skyddad: { summary: "Skyddade personuppgifter", value: { ...base, kon: "M", fodelsear: 1979, skyddadIdentitet: true } },
            },
          },
        },
      },
      responses: { 201: json(resultat, "Registered."), ...writeErrors({ conflict: true }) },
    },
  },
};
