import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { insatsPath } from "../params";
import { errors, json, readErrors } from "../responses";

const isoDate = z.string().meta({ format: "date", example: "2021-12-31" });
const steg = z.object({ inskrivna: z.number().int(), avslutade: z.number().int(), medUtfall: z.number().int() });
const fordelningsrad = steg.extend({ nyckel: z.string(), namn: z.string().optional() });

const dashboardQuery = z.object({
  fran: isoDate.optional().meta({ description: "Cohort: inskrivningar that started on or after this date." }),
  till: isoDate.optional().meta({ description: "Cohort: inskrivningar that started on or before this date (not before `fran`)." }),
  grupp: z.string().optional().meta({ description: "One grupp id of the insats." }),
});

const insatsDashboard = z
  .object({
    insats: z.object({ id: z.string(), namn: z.string(), startdatum: isoDate, slutdatum: isoDate.nullable(), matningsmetod: z.enum(["VOLYM", "ANONYM", "PERSONUPPGIFTER"]) }),
    filter: dashboardQuery,
    filtrerat: z.boolean(),
    grupper: z.array(z.object({ id: z.string(), namn: z.string() })),
    idag: isoDate,
    mal: z.array(
      z.object({
        id: z.string(),
        typ: z.enum(["ANDEL", "ANTAL", "KVALITATIV"]),
        kategori: z.enum(["RESULTATMAL", "VERKSAMHETSMAL", "KVALITATIVT_MAL"]),
        text: z.string(),
        mening: z.string(),
        kvalitativStatus: z.string().nullable(),
        resultat: z.unknown().meta({
          description: "The goal engine's result: status, taljare, namnare, varde, intervall (95 % Wilson, shares), mal, saknarData, perUndergrupp, period.",
        }),
        utveckling: z
          .array(z.object({ datum: isoDate, taljare: z.number().int(), namnare: z.number().int(), varde: z.number().nullable(), saknarData: z.number().int(), status: z.string() }))
          .meta({ description: "The goal engine evaluated at each month end over the data as they stood then (cumulative)." }),
      }),
    ),
    utvecklingsperiod: z.object({ fran: isoDate, till: isoDate }).nullable(),
    fordelningar: z.object({ tratt: steg, perKon: z.array(fordelningsrad), perAlder: z.array(fordelningsrad), perGrupp: z.array(fordelningsrad) }).meta({
      description: "Inskrivningar (FELREGISTRERING excluded) → avslutade → avslutade till arbete eller studier, in total and by kön, age band at start and grupp.",
    }),
    vas: z
      .object({
        kod: z.string(),
        namn: z.string(),
        sammanfattning: z.object({
          forbattrad: z.number().int(),
          oforandrad: z.number().int(),
          forsamrad: z.number().int(),
          saknarStart: z.number().int(),
          saknarAvslut: z.number().int(),
          saknarBada: z.number().int(),
          parade: z.number().int(),
          totalt: z.number().int(),
        }),
      })
      .nullable()
      .meta({ description: "VAS at start vs at avslut among avslutade, paired per person." }),
    steg: z
      .object({
        kod: z.string(),
        namn: z.string(),
        sammanfattning: z.object({ fordelning: z.array(z.object({ steg: z.number().int(), antal: z.number().int() })), saknas: z.number().int(), parade: z.number().int(), medel: z.number().nullable() }),
      })
      .nullable(),
    forsorjning: z
      .object({
        celler: z.record(z.string(), z.record(z.string(), z.number().int())),
        radsummor: z.record(z.string(), z.number().int()),
        kolumnsummor: z.record(z.string(), z.number().int()),
        totalt: z.number().int(),
        anvanda: z.array(z.string()),
      })
      .meta({ description: "Avslutade by försörjning group (SCB) at start (rows) and at avslut (columns); FLERA = several groups, SAKNAS = none recorded." }),
  })
  .meta({ id: "InsatsDashboard", description: "Aggregates and goal results of one insats; never participant rows or identities." });

export const dashboardPaths: ZodOpenApiPathsObject = {
  "/api/f/{forbund}/insatser/{insatsId}/dashboard": {
    get: {
      tags: ["Dashboard"],
      summary: "The insats dashboard (admin, processledare, assigned vägledare; not styrelse)",
      requestParams: { path: insatsPath, query: dashboardQuery },
      responses: { 200: json(insatsDashboard, "The dashboard's view model, the same the page shows."), 400: errors[400], ...readErrors() },
    },
  },
};
