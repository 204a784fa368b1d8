// System path on plain db: a user's own account is not förbund data (User has no forbundId).
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/require-user";
import { ConflictError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";

/**
 * "Logga ut från alla enheter": bumps the user's session version, so every
 * session issued before is refused on its next request (resolveTenant and
 * requireUser compare it). The caller re-issues its own cookie with the new
 * version. Audited.
 */
export async function signOutEverywhere(user: CurrentUser): Promise<{ sessionVersion: number }> {
  return db.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({
      where: { id: user.userId, sessionVersion: user.sessionVersion, aktiv: true },
      data: { sessionVersion: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError("Din session har avslutats. Logga in igen.");
    await recordAudit(tx, { action: "konto.logga-ut-overallt", userId: user.userId, entity: "User", entityId: user.userId });
    return { sessionVersion: user.sessionVersion + 1 };
  });
}
