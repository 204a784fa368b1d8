import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { forbundPath, insatsPath } from "../params";
import { errors, readErrors } from "../responses";
import { FINSAM_CSV_RUBRIKER } from "@/lib/domain/rapporter/uppfoljning-finsam-csv";
import { ESF_KOLUMNER } from "@/lib/domain/rapporter/esf";

const konAntal = z.object({ kvinnor: z.number().int(), man: z.number().int(), okantKon: z.number().int(), totalt: z.number().int() });

const uppfoljningFinsam = z
  .object({
    ar: z.number().int(),
    insatser: z.array(
      z.object({
        insatsId: z.string(),
        namn: z.string(),
        inriktning: z.enum(["INDIVIDINRIKTAD", "STRUKTURINRIKTAD", "FORSTUDIE"]),
        preciseradInriktning: z.string(),
        malgrupp: z.string(),
        esfFinansierad: z.boolean(),
        uppfoljningsmetod: z.enum(["VOLYM", "ANONYM", "PERSONUPPGIFTER"]).meta({ description: "The insats's mätningsmetod." }),
        budgeteratAntal: z.number().int().nullable().meta({ description: "Planned participants for the year; null when no figure can be derived (see budgeteratRegel)." }),
        budgeteratRegel: z.enum(["AR", "PERIOD_FORDELAD", "PERIOD_UTAN_SLUT", "SAKNAS", "UTANFOR_PERIOD"]).meta({
          description:
            "AR: planned per year (a partial year pro rata by days, as the ANTAL goal). PERIOD_FORDELAD: the period's plan spread over its years by days, largest remainder, summing exactly. PERIOD_UTAN_SLUT: planned for an open-ended period (null). SAKNAS: no plan (null). UTANFOR_PERIOD: the year is outside the period (0).",
        }),
        deltagare: konAntal.meta({
          description: "Distinct people with an inskrivning overlapping the year (FELREGISTRERING never counted; two inskrivningar of one person count once). VOLYM: the sum of registrations overlapping the year.",
        }),
        kalla: z.enum(["INSKRIVNINGAR", "VOLYM"]),
        budget: z.number().nullable().meta({ description: "Sum of the insats's budget posts for the year (kr); null when none is recorded." }),
        utfall: z.number().nullable().meta({ description: "Sum of recorded spending for the year (kr); null when none is recorded." }),
      }),
    ),
    forbund: z.object({ budget: z.number().nullable(), utfall: z.number().nullable() }).meta({ description: "The förbund's budget and utfall: the sums over its insatser." }),
  })
  .meta({ id: "UppfoljningFinsam", description: "Försäkringskassan's Uppföljning Finsam for one calendar year. Aggregates only." });

const finsamQuery = z.object({
  ar: z.string().meta({ description: "Calendar year, 2000–2100. Required.", example: "2021" }),
  format: z.enum(["json", "csv"]).optional().meta({
    description: `csv: a file for Swedish Excel — UTF-8 with BOM, \`;\` separated, decimal comma, columns ${FINSAM_CSV_RUBRIKER.join(", ")}; the last row holds the förbund's budget and utfall. Every CSV export is audited.`,
  }),
});

const esfQuery = z.object({ manad: z.string().meta({ description: "The month, YYYY-MM. Required.", example: "2021-03" }) });

const xlsx = {
  description: `An .xlsx workbook: one row per start or end in the month, columns ${ESF_KOLUMNER.join(", ")}.`,
  content: { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.string().meta({ format: "binary" }) } },
};

export const rapporterPaths: ZodOpenApiPathsObject = {
  "/api/f/{forbund}/rapporter/uppfoljning-finsam": {
    get: {
      tags: ["Rapporter"],
      summary: "Uppföljning Finsam for a year, as JSON or CSV (admin, processledare)",
      requestParams: { path: forbundPath, query: finsamQuery },
      responses: {
        200: {
          description: "The report (JSON), or with `format=csv` a CSV download (`Content-Disposition: attachment`).",
          content: { "application/json": { schema: uppfoljningFinsam }, "text/csv": { schema: z.string() } },
        },
        400: errors[400],
        ...readErrors(),
      },
    },
  },
  "/api/f/{forbund}/insatser/{insatsId}/esf": {
    get: {
      tags: ["Rapporter"],
      summary: "The monthly ESF participant file for SCB (processledare only)",
      description:
        "Only for an ESF-financed insats under mätningsmetod PERSONUPPGIFTER (otherwise 400). Personnummer are decrypted on the server; skyddade personuppgifter are given by their deltagarkod. The export and one identity reveal per person are written to the audit log.",
      requestParams: { path: insatsPath, query: esfQuery },
      responses: { 200: xlsx, 400: errors[400], ...readErrors() },
    },
  },
};

