import "server-only";
import type { z } from "zod";
import { AppError, ValidationError } from "@/lib/errors";
import { logger } from "@/lib/logger";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: AppError["code"] | "unexpected"; message: string; fieldErrors?: Record<string, string[]> };

/** zod issues → { "field.path": ["Swedish message"] } for the form. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Parses with a shared schema; invalid input becomes a ValidationError with field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError("Kontrollera de markerade fälten.", fieldErrorsOf(parsed.error));
  return parsed.data;
}

/**
 * Runs the body of an action. Expected errors become { ok: false } with their
 * message; anything else is logged and reported without detail — a client
 * never sees an unexpected error's message.
 */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    if (isNextControlFlow(error)) throw error;
    logger.error({ err: error }, "unexpected error in server action");
    return { ok: false, code: "unexpected", message: "Något gick fel. Försök igen – felet har loggats." };
  }
}

/** redirect()/notFound()/forbidden() work by throwing; they must pass through. */
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
