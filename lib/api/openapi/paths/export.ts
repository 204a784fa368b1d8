import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from "zod-openapi";
import { forbundPath, insatsPath } from "../params";
import { errors, readErrors } from "../responses";

const isoDate = z.string().meta({ format: "date", example: "2021-01-01" });

const exportQuery = {
  format: z.enum(["csv", "xlsx"]).optional().meta({ description: "xlsx (default): a workbook with a sheet per table and an 'Om filen' sheet. csv: one table (needs `tabell`), UTF-8 with BOM, `;` between fields, decimal comma — as Swedish Excel reads it." }),
  tabell: z.string().optional().meta({ description: "The table's id, e.g. `deltagare`, `mal`, `kon-avslutsorsak`. Unknown ids are answered 400 with the valid ones." }),
};
const oversiktFilter = {
  fran: isoDate.optional(),
  till: isoDate.optional(),
  insatstyp: z.enum(["INDIVIDINRIKTAD", "STRUKTURINRIKTAD", "FORSTUDIE"]).optional(),
  status: z.enum(["PLANERAD", "PAGAENDE", "AVSLUTAD"]).optional(),
  insats: z.array(z.string()).optional(),
};
const fil = {
  description: "The file (`Content-Disposition: attachment`). Every export is written to the audit log.",
  content: {
    "text/csv": { schema: z.string() },
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.string().meta({ format: "binary" }) },
  },
};
const exportOp = (summary: string, description: string, params: ZodOpenApiOperationObject["requestParams"]): ZodOpenApiOperationObject => ({
  tags: ["Export"],
  summary,
  description,
  requestParams: params,
  responses: { 200: fil, 400: errors[400], ...readErrors() },
});

const dold = z.object({ dold: z.enum(["LITEN", "SKYDD"]) });
const cell = z.union([z.number().int(), dold]);
const korstabell = z.object({
  rader: z.array(z.string()),
  kolumner: z.array(z.string()),
  celler: z.array(z.array(cell)),
  radsummor: z.array(cell),
  kolumnsummor: z.array(cell),
  totalt: cell,
});
const sus = z
  .object({
    insats: z.object({ id: z.string(), namn: z.string(), matningsmetod: z.enum(["VOLYM", "ANONYM", "PERSONUPPGIFTER"]) }),
    forbund: z.object({ namn: z.string() }),
    period: z.object({ fran: isoDate, till: isoDate }),
    idag: isoDate,
    undertryckt: z.boolean().meta({ description: "true for styrelse: counts under `minCell` (0 included) are { dold: LITEN }, and cells that would let a reader work one out { dold: SKYDD }." }),
    minCell: z.number().int(),
    sammanstallning: z.object({ "alder-kon": korstabell, "kon-avslutsorsak": korstabell, forsorjning: korstabell, sysselsattning: korstabell }),
  })
  .meta({
    id: "SusSammanstallning",
    description:
      "Cross-tables of inskrivningar (not people) active in the period; the outcome tables count those ended in it. Row and column code SAKNAS = 'Uppgift saknas', FLERA = several codes.",
  });

export const exportPaths: ZodOpenApiPathsObject = {
  "/api/f/{forbund}/oversikt/export": {
    get: exportOp("The förbund overview's tables as CSV or Excel", "Exact for admin and processledare; suppressed (\"<5\") for styrelse, like GET …/oversikt.", { path: forbundPath, query: z.object({ ...exportQuery, ...oversiktFilter }) }),
  },
  "/api/f/{forbund}/styrelse/export": {
    get: exportOp("The board view's tables as CSV or Excel", "Always the suppressed board view, whoever asks.", { path: forbundPath, query: z.object({ ...exportQuery, ...oversiktFilter }) }),
  },
  "/api/f/{forbund}/insatser/{insatsId}/dashboard/export": {
    get: exportOp("The insats dashboard's tables as CSV or Excel", "Admin, processledare and assigned vägledare (as the dashboard).", {
      path: insatsPath,
      query: z.object({ ...exportQuery, fran: isoDate.optional(), till: isoDate.optional(), grupp: z.string().optional() }),
    }),
  },
  "/api/f/{forbund}/insatser/{insatsId}/sus": {
    get: {
      tags: ["Rapporter"],
      summary: "SUS-style statistical summary of one insats and period",
      description: "Kön × avslutsorsak, ålder × kön, försörjning and sysselsättning at start vs at avslut. Exact for admin, processledare and assigned vägledare; suppressed for styrelse.",
      requestParams: { path: insatsPath, query: z.object({ fran: isoDate.optional().meta({ description: "Default: the insats's start." }), till: isoDate.optional().meta({ description: "Default: today." }) }) },
      responses: { 200: { description: "The summary.", content: { "application/json": { schema: sus } } }, 400: errors[400], ...readErrors() },
    },
  },
  "/api/f/{forbund}/insatser/{insatsId}/sus/export": {
    get: exportOp("The SUS summary's tables as CSV or Excel", "The same role and suppression rules as GET …/sus.", { path: insatsPath, query: z.object({ ...exportQuery, fran: isoDate.optional(), till: isoDate.optional() }) }),
  },
};
