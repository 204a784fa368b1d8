import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { forbundParam } from "../params";
import { errors, json, readErrors } from "../responses";

const cell = z
  .union([z.number().int(), z.object({ dold: z.enum(["LITEN", "SKYDD"]) })])
  .meta({ description: "A count of people, or `{ dold }` when suppressed: LITEN fewer than `minCell`, SKYDD hidden so a LITEN cell cannot be worked out." });
const fragaTyp = z.enum(["SKALA", "JA_NEJ", "ETT_AV_FLERA", "FRITEXT"]);

const fraga = z.object({
  fragaId: z.string(),
  ordning: z.number().int(),
  text: z.string(),
  typ: fragaTyp,
  besvarat: cell,
  ejBesvarat: cell.meta({ description: "Respondents who left the question empty." }),
  fordelning: z.array(z.object({ varde: z.string().meta({ description: "The stored value: a scale step, JA/NEJ, or an option's text." }), etikett: z.string(), antal: cell })),
  medel: z.number().nullable().meta({ description: "SKALA: the mean; null when suppressed or no one answered." }),
  andelJa: z.number().nullable().meta({ description: "JA_NEJ: share answering ja among those who answered." }),
  fritext: z.array(z.string()).optional().meta({ description: "FRITEXT, admin and processledare only: the texts. Never sent to styrelse or vägledare." }),
});

const resultat = z
  .object({
    enkat: z.object({ id: z.string(), namn: z.string(), respondentgrupp: z.enum(["DELTAGARE_PAGAENDE", "DELTAGARE_AVSLUT", "INSATSPERSONAL", "STYRELSELEDAMOTER", "CHEFER_I_SAMVERKAN", "REMITTENTER"]) }),
    filter: z.object({ ar: z.number().int().nullable(), insatsId: z.string().nullable() }),
    undertryckt: z.boolean().meta({ description: "true for styrelse and vägledare callers: counts under `minCell` are suppressed on the server and free text is left out." }),
    minCell: z.number().int(),
    svarsfrekvens: z.array(z.object({ ar: z.number().int(), lankar: z.number().int(), svar: cell, andel: z.number().nullable() })),
    versioner: z.array(
      z.object({
        versionId: z.string(),
        nummer: z.number().int(),
        antalSvar: cell,
        perAr: z.array(z.object({ ar: z.number().int(), antalSvar: cell, fragor: z.array(fraga) })),
        jamforelse: z.array(
          z.object({
            fragaId: z.string(),
            text: z.string(),
            typ: fragaTyp,
            perAr: z.array(z.object({ ar: z.number().int(), besvarat: cell, medel: z.number().nullable(), andelJa: z.number().nullable() })),
          }),
        ),
      }),
    ),
    insatser: z.array(z.object({ id: z.string(), namn: z.string() })).meta({ description: "Insatser the enkät applies to or was answered for (the values of `insatsId`)." }),
    galler: z.array(z.object({ id: z.string(), namn: z.string() })).nullable().meta({ description: "The insatser the enkät applies to; null for the whole förbund." }),
  })
  .meta({ id: "EnkatResultat" });

export const enkatResultatPaths: ZodOpenApiPathsObject = {
  "/api/f/{forbund}/enkater/{enkatId}/resultat": {
    get: {
      tags: ["Enkäter"],
      summary: "One enkät's results: response rate, distributions, means and year-on-year, per version",
      description:
        "Answers per year and, within each version of the enkät, per question: the distribution, the mean of a scale and the share answering ja. " +
        "Versions are never added together. Response rate = answers / links created the same year. Admin and processledare get exact figures and free text; " +
        "styrelse and vägledare (and their API keys) get the suppressed view.",
      requestParams: {
        path: z.object({ forbund: forbundParam, enkatId: z.string().meta({ description: "The enkät id." }) }),
        query: z.object({
          ar: z.string().optional().meta({ description: "Only this year (ÅÅÅÅ).", example: "2026" }),
          insatsId: z.string().optional().meta({ description: "Only answers and links for this insats." }),
        }),
      },
      responses: { 200: json(resultat, "The results."), 400: errors[400], ...readErrors() },
    },
  },
};
