import "server-only";
import { z } from "zod";

// One validated view of the environment. The development launcher
// (scripts/dev.mjs) fills in documented demo values; production must set them.
const envSchema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL måste vara en postgresql://-adress" }),
  NEXTAUTH_SECRET: z.string().min(16, { message: "NEXTAUTH_SECRET måste vara minst 16 tecken" }),
  /** 32 bytes, base64: AES-256-GCM key for identity fields (DESIGN.md §5). */
  IDENTITY_ENCRYPTION_KEY: z.string().min(40),
  /** 32 bytes, base64: HMAC key for personnummer lookup hashes. */
  IDENTITY_HASH_KEY: z.string().min(40),
  SESSION_MAX_AGE_SECONDS: z.coerce.number().int().positive().default(8 * 60 * 60),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Ogiltig miljökonfiguration: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}
