// System path on plain db: resolves the session user and membership before any förbund transaction exists.
import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "./tenant-context";

export type SessionIdentity = { userId: string; sessionVersion: number };

export type TenantResolution =
  | { ok: true; ctx: TenantContext }
  /** revoked: a session that was valid but whose user was deactivated or signed out everywhere. */
  | { ok: false; reason: "unauthenticated"; revoked?: boolean }
  | { ok: false; reason: "not_member" }
  /** A new account still on its temporary password: nothing but /konto/losenord until it is changed. */
  | { ok: false; reason: "password_change_required" };

/**
 * The one place that turns a session and a [forbund] slug into a checked
 * context. It asks the database, not the session: a deactivated user, a
 * revoked membership or a bumped sessionVersion stop access at once.
 * A missing förbund and a förbund the user is not a member of look the same.
 * System path on plain db: it runs before a förbund is known, and a user's
 * memberships span förbund.
 */
export async function resolveTenant(session: SessionIdentity | null, slug: string): Promise<TenantResolution> {
  if (!session) return { ok: false, reason: "unauthenticated" };
  const membership = await db.membership.findFirst({
    where: { userId: session.userId, forbund: { slug } },
    select: {
      role: true,
      forbund: { select: { id: true, slug: true, namn: true } },
      user: { select: { aktiv: true, sessionVersion: true, losenordMasteBytas: true } },
    },
  });
  const user =
    membership?.user ??
    (await db.user.findUnique({ where: { id: session.userId }, select: { aktiv: true, sessionVersion: true, losenordMasteBytas: true } }));
  if (!user || !user.aktiv || user.sessionVersion !== session.sessionVersion) return { ok: false, reason: "unauthenticated", revoked: true };
  if (user.losenordMasteBytas) return { ok: false, reason: "password_change_required" };
  if (!membership) return { ok: false, reason: "not_member" };
  const tilldelningar = await db.insatsTilldelning.findMany({
    where: { forbundId: membership.forbund.id, userId: session.userId },
    select: { insatsId: true },
  });
  return {
    ok: true,
    ctx: {
      userId: session.userId,
      forbundId: membership.forbund.id,
      forbundSlug: membership.forbund.slug,
      forbundNamn: membership.forbund.namn,
      roll: membership.role,
      insatsIds: tilldelningar.map((t) => t.insatsId),
    },
  };
}
