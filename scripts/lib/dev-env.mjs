// Development defaults, documented in README.md. Production must set its own:
// these keys are public and protect nothing.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const DEMO_IDENTITY_ENCRYPTION_KEY = "ZGVtby1ub3Qtc2VjcmV0LWlkZW50aXR5LWtleS0zMmI=";
export const DEMO_IDENTITY_HASH_KEY = "ZGVtby1ub3Qtc2VjcmV0LWxvb2t1cC1oYXNoLWtleTI=";

/** A per-checkout NEXTAUTH_SECRET, kept under .data so sessions survive restarts. */
function devSecret(root) {
  const file = path.join(root, ".data", "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function withDevDefaults(env, root, port) {
  return {
    ...env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? devSecret(root),
    IDENTITY_ENCRYPTION_KEY: env.IDENTITY_ENCRYPTION_KEY ?? DEMO_IDENTITY_ENCRYPTION_KEY,
    IDENTITY_HASH_KEY: env.IDENTITY_HASH_KEY ?? DEMO_IDENTITY_HASH_KEY,
  };
}
