import "server-only";
import { db } from "@/lib/db";
import type { TenantResolution } from "@/lib/auth/resolve-tenant";
import { hashApiToken } from "./token";

/** Writing last use on every call would turn each read into a write; once a minute is precise enough to show. */
const LAST_USE_RESOLUTION_MS = 60_000;

/**
 * Turns a bearer token and a [forbund] slug into a checked context with the
 * key's role. Unknown, revoked or expired → unauthenticated (401); a valid key
 * of another förbund → not_member (404), exactly like a session user.
 */
export async function resolveApiNyckel(token: string, slug: string, now = new Date()): Promise<TenantResolution> {
  const nyckel = await db.apiNyckel.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, forbundId: true, roll: true, expiresAt: true, revokedAt: true, lastUsedAt: true, forbund: { select: { slug: true, namn: true } } },
  });
  if (!nyckel || nyckel.revokedAt || (nyckel.expiresAt && nyckel.expiresAt <= now)) return { ok: false, reason: "unauthenticated" };
  if (nyckel.forbund.slug !== slug) return { ok: false, reason: "not_member" };
  if (!nyckel.lastUsedAt || now.getTime() - nyckel.lastUsedAt.getTime() >= LAST_USE_RESOLUTION_MS) {
    await db.apiNyckel.updateMany({ where: { forbundId: nyckel.forbundId, id: nyckel.id }, data: { lastUsedAt: now } });
  }
  return {
    ok: true,
    ctx: {
      // Audit rows and other "who" columns name the key, not a person.
      userId: `apinyckel:${nyckel.id}`,
      apiNyckelId: nyckel.id,
      forbundId: nyckel.forbundId,
      forbundSlug: nyckel.forbund.slug,
      forbundNamn: nyckel.forbund.namn,
      roll: nyckel.roll,
      insatsIds: [],
    },
  };
}
