import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { hashForLookup, parseKey } from "@/lib/identity/crypto";

// 24 random bytes (192 bits): a token cannot be guessed, so a plain SHA-256
// finds it by one indexed lookup (as API keys, lib/server/apinycklar/token.ts).
export function generateEnkatToken(): { token: string; tokenHash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, tokenHash: hashEnkatToken(token) };
}

export function hashEnkatToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A token as it may appear in /e/[token]: anything else is refused without a lookup. */
export function isWellFormedEnkatToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{20,64}$/.test(token);
}

/**
 * The throttle keeps a keyed hash of the address, never the address itself,
 * so the table cannot be read as "who tried to answer" (decision 005).
 */
export function hashAdress(ip: string): string {
  return hashForLookup(`enkat-adress:${ip}`, parseKey(env().IDENTITY_HASH_KEY));
}

export function enkatUrl(origin: string, token: string): string {
  return `${origin.replace(/\/$/, "")}/e/${token}`;
}
