import "server-only";
import { createHash, randomBytes } from "node:crypto";

// 32 random bytes: the hash of such a token cannot be reversed or guessed, so
// a plain SHA-256 (no salt, no slow hash) is enough and lets the key be found
// by its hash in one indexed lookup.
const TOKEN_PREFIX = "ipk_";
const PREFIX_LENGTH = TOKEN_PREFIX.length + 8;

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function generateApiToken(): { token: string; prefix: string; tokenHash: string } {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { token, prefix: token.slice(0, PREFIX_LENGTH), tokenHash: hashApiToken(token) };
}

/** The token of an `Authorization: Bearer <token>` header; null when the header is absent, undefined when it is malformed. */
export function bearerToken(header: string | null): string | null | undefined {
  if (header === null) return null;
  const match = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(header.trim());
  return match ? match[1]! : undefined;
}
