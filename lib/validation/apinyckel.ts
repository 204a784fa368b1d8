import { z } from "zod";
import { isoDate, text } from "./common";
import { API_NYCKEL_ROLLER } from "./konstanter";

export { API_NYCKEL_ROLLER };

/** Longest validity: a key that never expires is a key nobody remembers to revoke. */
export const API_NYCKEL_MAX_DAYS = 730;

export const createApiNyckelSchema = z.object({
  namn: text(100).min(1, "Ange ett namn som säger vad nyckeln används till"),
  roll: z.enum(API_NYCKEL_ROLLER, { error: "Välj en roll" }),
  expiresAt: isoDate,
});

export type CreateApiNyckelInput = z.infer<typeof createApiNyckelSchema>;
