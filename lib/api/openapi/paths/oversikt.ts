import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { forbundPath } from "../params";
import { errors, readErrors } from "../responses";

const isoDate = z.string().meta({ format: "date", example: "2021-01-01" });
const dold = z
  .object({ dold: z.enum(["LITEN", "SKYDD"]) })
  .meta({
    id: "DoldCell",
    description: "A suppressed count. LITEN: fewer than `minCell` people (shown as \"<5\"). SKYDD: hidden so that a LITEN cell cannot be worked out from the totals.",
  });
const cell = z.union([z.number().int(), dold]).meta({ id: "Cell", description: "A count of people, or a suppressed cell (styrelse callers only)." });
const konRad = z.object({ aktiva: cell.nullable(), avslutade: cell.nullable(), totalt: cell });

const huvud = {
  id: z.string(),
  namn: z.string(),
  insatstyp: z.enum(["INDIVIDINRIKTAD", "STRUKTURINRIKTAD", "FORSTUDIE"]),
  status: z.enum(["PLANERAD", "PAGAENDE", "AVSLUTAD"]),
  matningsmetod: z.enum(["VOLYM", "ANONYM", "PERSONUPPGIFTER"]),
  startdatum: isoDate,
  slutdatum: isoDate.nullable(),
};

const deltagare = z
  .object({
    kalla: z.enum(["INSKRIVNINGAR", "VOLYM"]),
    K: konRad,
    M: konRad,
    totalt: konRad,
    andelKvinnor: z.number().nullable(),
    andelMan: z.number().nullable(),
    jamstalld: z.boolean().nullable().meta({ description: "Women 40–60 % of the participants; null when the share cannot be shown." }),
  })
  .meta({
    description:
      "Inskrivningar overlapping the period by kön: ended within it (avslutade) and still active at its end (aktiva); FELREGISTRERING never counted. VOLYM: registered counts, aktiva/avslutade null.",
  });

const budget = z.object({ budget: z.number(), utfall: z.number(), andel: z.number().nullable(), ar: z.array(z.number().int()) }).meta({ description: "Budget posts and utfall (kr) of the years the period touches." });

const query = z.object({
  fran: isoDate.optional().meta({ description: "Count participants from this date (and budget from its year)." }),
  till: isoDate.optional().meta({ description: "… up to this date; default today." }),
  insatstyp: z.enum(["INDIVIDINRIKTAD", "STRUKTURINRIKTAD", "FORSTUDIE"]).optional(),
  status: z.enum(["PLANERAD", "PAGAENDE", "AVSLUTAD"]).optional(),
  insats: z.array(z.string()).optional().meta({ description: "Only these insatser (repeat the parameter)." }),
});

const oversikt = z
  .object({
    undertryckt: z.boolean().meta({ description: "true for a styrelse caller: counts under `minCell` are suppressed, and warnings are left out." }),
    forbund: z.object({ slug: z.string(), namn: z.string() }),
    period: z.object({ fran: isoDate.nullable(), till: isoDate }),
    idag: isoDate,
    minCell: z.number().int(),
    insatser: z.array(
      z.object({
        ...huvud,
        mal: z.array(
          z
            .object({ id: z.string(), kategori: z.string(), typ: z.enum(["ANDEL", "ANTAL", "KVALITATIV"]), text: z.string(), mening: z.string() })
            .loose()
            .meta({
              description:
                "A target with its result from the goal engine. Exact callers: `resultat` (status, taljare, namnare, varde, intervall, mal, saknarData …). Styrelse: `status`, `taljare`/`namnare`/`saknarData` as cells, `varde` and `intervall` null when hidden.",
            }),
        ),
        deltagare,
        budget,
        varningar: z
          .array(z.object({ typ: z.enum(["AVSLUT_SAKNAR_MATNING", "UPPFOLJNING_FORSENAD", "AVSLUT_SAKNAR_ORSAK", "INGA_MAL"]), antal: z.number().int(), variabel: z.string().optional() }))
          .optional()
          .meta({ description: "Data-quality warnings (admin and processledare only)." }),
      }),
    ),
  })
  .meta({ id: "ForbundOversikt" });

export const oversiktPaths: ZodOpenApiPathsObject = {
  "/api/f/{forbund}/oversikt": {
    get: {
      tags: ["Översikt"],
      summary: "The förbund overview: per insats its targets with status, participants by kön and budget use",
      description: "Admin and processledare get exact figures; a styrelse caller gets the board's view with every cell under the förbund's minimum suppressed on the server. Vägledare are refused.",
      requestParams: { path: forbundPath, query },
      responses: { 200: { description: "The overview.", content: { "application/json": { schema: oversikt } } }, 400: errors[400], ...readErrors() },
    },
  },
  "/api/f/{forbund}/styrelse/rapport.pdf": {
    get: {
      tags: ["Översikt"],
      summary: "The board report as a PDF (admin, processledare, styrelse)",
      description: "Swedish, A4, with förbund, period and date on every page; always the suppressed board view. Every download is written to the audit log.",
      requestParams: { path: forbundPath, query },
      responses: {
        200: { description: "The PDF (`Content-Disposition: attachment`).", content: { "application/pdf": { schema: z.string().meta({ format: "binary" }) } } },
        400: errors[400],
        ...readErrors(),
      },
    },
  },
};
