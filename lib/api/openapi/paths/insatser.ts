import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { createInsatsSchema, updateInsatsSchema } from "@/lib/validation/insats";
import { createMalsattningSchema } from "@/lib/validation/malsattning";
import { avslutaInsatsSchema, createBudgetPostSchema, createFinansieringSchema, createGruppSchema, createUtfallSchema, setVagledareSchema, updateGruppSchema } from "@/lib/validation/insats-delar";
import { seedTargets } from "@/lib/domain/goals/seed-targets";
import { forbundPath, insatsIdParam, forbundParam, insatsPath } from "../params";
import { json, readErrors, writeErrors } from "../responses";

const isoDate = z.string().meta({ format: "date", example: "2024-01-01" });
const status = z.enum(["PLANERAD", "PAGAENDE", "AVSLUTAD"]);

const insatsListItem = z
  .object({
    id: z.string(),
    namn: z.string(),
    insatstyp: z.enum(["INDIVIDINRIKTAD", "STRUKTURINRIKTAD", "FORSTUDIE"]),
    status,
    matningsmetod: z.enum(["VOLYM", "ANONYM", "PERSONUPPGIFTER"]),
    startdatum: isoDate,
    slutdatum: isoDate.nullable(),
  })
  .meta({ id: "InsatsListItem" });

const insatsDetail = insatsListItem
  .extend({
    esfFinansierad: z.boolean(),
    malgrupp: z.string(),
    syfte: z.string(),
    preciseradInriktning: z.string(),
    utforare: z.object({ id: z.string(), namn: z.string() }).nullable(),
    pua: z.object({ id: z.string(), namn: z.string() }).nullable(),
    bitradesavtalDatum: isoDate.nullable(),
    kontaktperson: z.string(),
    kontaktEpost: z.string().nullable(),
    planeradeDeltagare: z.number().int().nullable(),
    planeradeDeltagarePer: z.enum(["PERIOD", "AR"]),
    version: z.number().int().meta({ description: "Send it back with a change (optimistic concurrency)." }),
    grupper: z.array(z.object({ id: z.string(), namn: z.string(), startdatum: isoDate, veckor: z.number().int(), planeradStorlek: z.number().int().nullable() })),
    budgetposter: z.array(z.object({ id: z.string(), ar: z.number().int(), kategori: z.string(), belopp: z.number(), beskrivning: z.string() })),
    finansieringar: z.array(z.object({ id: z.string(), ar: z.number().int(), kalla: z.string(), medlemNamn: z.string().nullable(), belopp: z.number() })),
    utfall: z.array(z.object({ id: z.string(), ar: z.number().int(), manad: z.number().int().nullable(), kategori: z.string(), belopp: z.number(), beskrivning: z.string() })),
    vagledare: z.array(z.object({ id: z.string(), namn: z.string(), email: z.string() })),
  })
  .meta({ id: "InsatsDetail" });

const malStatus = z.enum(["UPPNATT", "PA_VAG", "RISK", "EJ_UPPNATT", "UNDERLAG_SAKNAS", "EJ_MATBART", "MANUELL"]);

const malsattningMedResultat = z
  .object({
    id: z.string(),
    sentence: z.string().meta({ example: "Minst 7 av 10 avslutade deltagare upplever ökad livskvalitet (VAS)" }),
    text: z.string().meta({ description: "The target in the insats document's own words." }),
    kind: z.enum(["ANDEL", "ANTAL", "KVALITATIV"]),
    category: z.enum(["RESULTATMAL", "VERKSAMHETSMAL", "KVALITATIVT_MAL"]),
    status: malStatus.meta({
      description:
        "UNDERLAG_SAKNAS: fewer than the förbund's minimum (default 5) in the denominator. EJ_MATBART: the target cannot be evaluated under the insats's mätningsmetod. MANUELL: a qualitative target not yet judged.",
    }),
    numerator: z.number().int().meta({ description: "People (or count) meeting the condition." }),
    denominator: z.number().int().meta({ description: "People the share rests on (ANDEL); for ANTAL the counted population." }),
    value: z.number().nullable().meta({ description: "Share 0–1 (ANDEL) or count (ANTAL); null when not computable." }),
    low: z.number().nullable().meta({ description: "Lower bound of the 95 % Wilson interval (ANDEL only)." }),
    high: z.number().nullable().meta({ description: "Upper bound of the 95 % Wilson interval (ANDEL only)." }),
    interval: z.object({ low: z.number(), high: z.number() }).nullable(),
    target: z
      .object({ minAndel: z.number().optional(), maxAndel: z.number().optional(), minAntal: z.number().int().optional(), minGrupper: z.number().int().optional() })
      .meta({ description: "The target: a share 0–1 (ANDEL) or a count (ANTAL)." }),
    missingData: z.number().int().meta({ description: "People in the population lacking the measurement — counted and reported, never silently dropped." }),
    breakdown: z.array(z.unknown()).nullable(),
    explanation: z.string().nullable(),
    qualitativeStatus: z.string().nullable(),
    definition: z.unknown(),
  })
  .meta({ id: "MalsattningMedResultat", description: "A target with its result from the goal engine (no participant rows, no identities)." });

/** One request-body example per target of the five seed documents (lib/domain/goals/seed-targets.ts). */
export const seedTargetExamples = Object.fromEntries(
  seedTargets.map((t, i) => [
    `seed${i + 1}`,
    { summary: `${t.insats}: ${t.text.slice(0, 90)}${t.text.length > 90 ? "…" : ""}`, value: { kategori: t.kategori, text: t.text, definition: t.definition } },
  ]),
);

const idResponse = z.object({ id: z.string() });
const idVersionResponse = z.object({ id: z.string(), version: z.number().int() });

export const insatserPaths: ZodOpenApiPathsObject = {
  "/api/f/{forbund}/insatser": {
    get: {
      tags: ["Insatser"],
      summary: "The förbund's insatser",
      requestParams: { path: forbundPath },
      responses: { 200: json(z.object({ insatser: z.array(insatsListItem) }), "Every insats of the förbund."), ...readErrors() },
    },
    post: {
      tags: ["Insatser"],
      summary: "Create an insats (admin, processledare)",
      requestParams: { path: forbundPath },
      requestBody: {
        content: {
          "application/json": {
            schema: createInsatsSchema,
            example: { namn: "Vägknuten 2.0", insatstyp: "INDIVIDINRIKTAD", status: "PAGAENDE", startdatum: "2023-01-01", slutdatum: "2025-12-31", matningsmetod: "PERSONUPPGIFTER", puaMedlemId: "…", bitradesavtalDatum: "2022-12-01" },
          },
        },
      },
      responses: { 201: json(idResponse, "Created."), ...writeErrors({ conflict: true }) },
    },
  },
  "/api/f/{forbund}/insatser/{insatsId}": {
    get: {
      tags: ["Insatser"],
      summary: "One insats with groups, vägledare, budget, financing and spending",
      requestParams: { path: insatsPath },
      responses: { 200: json(insatsDetail, "The insats."), ...readErrors() },
    },
    patch: {
      tags: ["Insatser"],
      summary: "Change an insats (admin, processledare); send `version` to refuse a stale write",
      requestParams: { path: insatsPath },
      requestBody: { content: { "application/json": { schema: updateInsatsSchema, example: { status: "AVSLUTAD", slutdatum: "2025-12-31", version: 3 } } } },
      responses: { 200: json(idVersionResponse, "Changed; the new version."), ...writeErrors({ conflict: true }) },
    },
  },
  "/api/f/{forbund}/insatser/{insatsId}/malsattningar": {
    get: {
      tags: ["Målsättningar"],
      summary: "The insats's targets with their results (styrelse may read; never identities)",
      requestParams: { path: insatsPath },
      responses: { 200: json(z.object({ malsattningar: z.array(malsattningMedResultat) }), "Every target with its result."), ...readErrors() },
    },
    post: {
      tags: ["Målsättningar"],
      summary: "Add a target (admin, processledare)",
      description: "ANDEL targets cannot be added to an insats under mätningsmetod VOLYM; conditions may only name the förbund's own mätvariabler.",
      requestParams: { path: insatsPath },
      requestBody: { content: { "application/json": { schema: createMalsattningSchema, examples: seedTargetExamples } } },
      responses: { 201: json(malsattningMedResultat, "Created, with its result."), ...writeErrors() },
    },
  },
  "/api/f/{forbund}/insatser/{insatsId}/grupper": {
    post: {
      tags: ["Insatser"],
      summary: "Add a group (admin, processledare)",
      description: "The group must lie within the insats's period: start on or after its startdatum and end (start + weeks) on or before its slutdatum.",
      requestParams: { path: insatsPath },
      requestBody: { content: { "application/json": { schema: createGruppSchema, example: { namn: "Grupp 1 vt 2024", startdatum: "2024-01-15", veckor: 12, planeradStorlek: 10 } } } },
      responses: { 201: json(idResponse, "Created."), ...writeErrors({ conflict: true }) },
    },
  },
  "/api/f/{forbund}/insatser/{insatsId}/grupper/{gruppId}": {
    patch: {
      tags: ["Insatser"],
      summary: "Change a group (admin, processledare); the result must still lie within the insats's period",
      requestParams: { path: z.object({ forbund: forbundParam, insatsId: insatsIdParam, gruppId: z.string() }) },
      requestBody: { content: { "application/json": { schema: updateGruppSchema, example: { veckor: 14 } } } },
      responses: { 200: json(idResponse, "Changed."), ...writeErrors({ conflict: true }) },
    },
    delete: {
      tags: ["Insatser"],
      summary: "Remove a group without enrolled participants (admin, processledare)",
      requestParams: { path: z.object({ forbund: forbundParam, insatsId: insatsIdParam, gruppId: z.string() }) },
      responses: { 200: json(idResponse, "Removed."), ...writeErrors({ conflict: true }) },
    },
  },
  ...ekonomiPaths("budget", "a budget line per year and cost category", createBudgetPostSchema, { ar: 2024, kategori: "LONEKOSTNADER", belopp: 850000, beskrivning: "Två vägledare" }),
  ...ekonomiPaths("finansiering", "financing per year and source (kalla MEDLEM needs medlemId)", createFinansieringSchema, { ar: 2024, kalla: "ESF", belopp: 400000 }),
  ...ekonomiPaths("utfall", "actual spending per year and month (manad null: the whole year)", createUtfallSchema, { ar: 2024, manad: 3, kategori: "LOKALER", belopp: 12500, beskrivning: "Hyra mars" }),
  "/api/f/{forbund}/insatser/{insatsId}/vagledare": {
    put: {
      tags: ["Insatser"],
      summary: "Replace the vägledare assigned to the insats (admin, processledare)",
      description: "Only active users with the role VAGLEDARE in the same förbund. Send `version` from GET …/insatser/{insatsId} to refuse a stale write; the answer has the new version.",
      requestParams: { path: insatsPath },
      requestBody: { content: { "application/json": { schema: setVagledareSchema, example: { userIds: ["…"], version: 2 } } } },
      responses: { 200: json(idVersionResponse, "Saved; the new version."), ...writeErrors({ conflict: true }) },
    },
  },
  "/api/f/{forbund}/insatser/{insatsId}/avsluta": {
    post: {
      tags: ["Insatser"],
      summary: "Close the insats: status AVSLUTAD with its slutdatum (admin, processledare)",
      requestParams: { path: insatsPath },
      requestBody: { content: { "application/json": { schema: avslutaInsatsSchema, example: { slutdatum: "2025-12-31", version: 4 } } } },
      responses: { 200: json(idVersionResponse, "Closed; the new version."), ...writeErrors({ conflict: true }) },
    },
  },
};

function ekonomiPaths(segment: string, what: string, schema: z.ZodType, example: Record<string, unknown>): ZodOpenApiPathsObject {
  return {
    [`/api/f/{forbund}/insatser/{insatsId}/${segment}`]: {
      post: {
        tags: ["Ekonomi"],
        summary: `Add ${what} (admin, processledare)`,
        description: "Amounts in kronor, at most two decimals; negative amounts are refused.",
        requestParams: { path: insatsPath },
        requestBody: { content: { "application/json": { schema, example } } },
        responses: { 201: json(idResponse, "Created."), ...writeErrors() },
      },
    },
    [`/api/f/{forbund}/insatser/{insatsId}/${segment}/{postId}`]: {
      delete: {
        tags: ["Ekonomi"],
        summary: `Remove ${what.split(" (")[0]} (admin, processledare)`,
        requestParams: { path: z.object({ forbund: forbundParam, insatsId: insatsIdParam, postId: z.string() }) },
        responses: { 200: json(idResponse, "Removed."), ...writeErrors() },
      },
    },
  };
}
