import { z } from "zod";
import type { ZodOpenApiResponsesObject } from "zod-openapi";

/**
 * The error body every /api route answers with (lib/api/handler.ts):
 * { error: { code, message, fieldErrors? } }. fieldErrors maps a field path
 * ("definition.villkor.0.variabel") to Swedish messages shown beside the field.
 */
export const errorBody = z
  .object({
    error: z.object({
      code: z.enum(["validation", "unauthorized", "forbidden", "not_found", "conflict", "rate_limited", "unexpected"]),
      message: z.string().meta({ example: "Kontrollera de markerade fälten." }),
      fieldErrors: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .meta({ example: { slutdatum: ["Slutdatum kan inte vara före startdatum"] } }),
    }),
  })
  .meta({ id: "Error" });

const error = (description: string) => ({ description, content: { "application/json": { schema: errorBody } } });

/** The error responses of a route behind withTenant; pick the ones that apply. */
export const errors = {
  400: error("Invalid JSON or invalid fields; `fieldErrors` names each field with a Swedish message. Nothing is saved."),
  401: error("Not logged in."),
  403: error("Logged in, but the role may not do this (e.g. vägledare or styrelse writing)."),
  404: error("The förbund, or the record within it, does not exist or is not visible to the caller (another förbund's data is never revealed)."),
  409: error("Conflict: a duplicate name, or `version` is stale because someone else changed the record first."),
} as const;

/** 401/403/404 for a read; add 400/409 for writes. */
export function readErrors(): ZodOpenApiResponsesObject {
  return { 401: errors[401], 403: errors[403], 404: errors[404] };
}

export function writeErrors(opts: { conflict?: boolean } = {}): ZodOpenApiResponsesObject {
  return { 400: errors[400], ...readErrors(), ...(opts.conflict ? { 409: errors[409] } : {}) };
}

export const json = <S extends z.ZodType>(schema: S, description: string) => ({ description, content: { "application/json": { schema } } });
