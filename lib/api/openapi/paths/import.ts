import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { importMallQuerySchema, importQuerySchema } from "@/lib/validation/import";
import { MAX_FEL_I_RAPPORT } from "@/lib/domain/import/rapport";
import { insatsPath } from "../params";
import { errorBody, json, writeErrors } from "../responses";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const sammanfattning = z
  .object({
    nyaDeltagare: z.number().int(),
    befintligaDeltagare: z.number().int().meta({ description: "Rows linked to a deltagare already in the förbund (same personnummer or deltagarkod)." }),
    inskrivningar: z.number().int(),
    avslutade: z.number().int(),
    matningar: z.number().int(),
    uppfoljningar: z.number().int(),
    samtycken: z.number().int(),
  })
  .meta({ id: "ImportSammanfattning" });

const rapport = z
  .object({
    filnamn: z.string(),
    dryRun: z.boolean(),
    sparad: z.boolean().meta({ description: "True only when every row was written." }),
    antalRader: z.number().int().meta({ description: "Data rows in the file (empty lines not counted)." }),
    antalRaderMedFel: z.number().int(),
    antalFel: z.number().int(),
    fel: z
      .array(
        z.object({
          rad: z.number().int().meta({ description: "The row number as in the spreadsheet: the header row is 1." }),
          kolumn: z.string().nullable().meta({ example: "Personnummer" }),
          meddelande: z.string().meta({ example: "Kontrollsiffran stämmer inte – kontrollera att numret är rätt skrivet" }),
          text: z.string().meta({ example: "Rad 12, kolumn Personnummer: kontrollsiffran stämmer inte – kontrollera att numret är rätt skrivet" }),
        }),
      )
      .meta({ description: `The first ${MAX_FEL_I_RAPPORT} errors in row order; the counts cover all.` }),
    sammanfattning: sammanfattning.nullable().meta({ description: "What was (or in a dry run would be) written; null when there are errors." }),
    tidMs: z.number().int(),
  })
  .meta({ id: "ImportRapport" });

const fil = z.string().meta({ format: "binary" });

export const importPaths: ZodOpenApiPathsObject = {
  "/api/f/{forbund}/insatser/{insatsId}/import": {
    post: {
      tags: ["Import"],
      summary: "Import deltagare and inskrivningar from a CSV or Excel file (assigned vägledare, processledare)",
      description:
        "The file itself is the request body (text/csv — `;` or `,`, UTF-8 with or without BOM — or .xlsx, first sheet), at most 20 MB and 50 000 rows. " +
        "The column format is the one of the template (GET …/import/mall) and README.md, section \"Import av deltagare\". " +
        "Every row is validated with the same schemas as the registration, avslut and follow-up forms. " +
        "`dryRun=true` (the default) only checks; `dryRun=false` writes every row in one transaction, or nothing if any row is invalid, with one audit event for the import. " +
        "A VOLYM insats takes no rows (400); so does a content-type other than CSV or .xlsx, or an old .xls file.",
      requestParams: { path: insatsPath, query: importQuerySchema },
      requestBody: { required: true, content: { "text/csv": { schema: fil }, [XLSX]: { schema: fil } } },
      responses: {
        200: json(rapport, "Dry run: the row report."),
        201: json(rapport, "Written: every row saved."),
        422: json(rapport, "Not written: the row report lists the errors."),
        413: { description: "The file is larger than 20 MB.", content: { "application/json": { schema: errorBody } } },
        ...writeErrors({ conflict: true }),
      },
    },
  },
  "/api/f/{forbund}/insatser/{insatsId}/import/mall": {
    get: {
      tags: ["Import"],
      summary: "The import template of one insats (CSV, or .xlsx with an explanation sheet)",
      description: "A header row with the insats's columns (by mätningsmetod) and the förbund's Matvariabler, and one example row. No participant data.",
      requestParams: { path: insatsPath, query: importMallQuerySchema },
      responses: {
        200: { description: "The template file.", content: { "text/csv": { schema: fil }, [XLSX]: { schema: fil } } },
        ...writeErrors(),
      },
    },
  },
};
