// System path on plain db: a user's own account is not förbund data (User has no forbundId).
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/require-user";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordPolicyErrors } from "@/lib/domain/security/password-policy";
import type { ChangePasswordInput } from "@/lib/validation/konto";
import { ConflictError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";

export const WRONG_CURRENT_PASSWORD = "Det nuvarande lösenordet stämmer inte";
export const SAME_PASSWORD = "Välj ett annat lösenord än det du har nu";

/**
 * Sets a new password for the signed-in user (also the forced change after an
 * invitation). The current password must be given; the policy applies to the
 * new one. Every other session of the user ends: the session version is
 * bumped, and the caller re-issues only its own cookie. Audited.
 */
export async function changePassword(user: CurrentUser, input: ChangePasswordInput): Promise<{ sessionVersion: number }> {
  const row = await db.user.findUniqueOrThrow({ where: { id: user.userId }, select: { passwordHash: true, email: true } });
  if (!(await verifyPassword(row.passwordHash, input.nuvarande))) {
    throw new ValidationError("Kontrollera de markerade fälten.", { nuvarande: [WRONG_CURRENT_PASSWORD] });
  }
  const policy = passwordPolicyErrors(input.nytt, row.email);
  if (input.nytt === input.nuvarande) policy.push(SAME_PASSWORD);
  if (policy.length > 0) throw new ValidationError("Kontrollera de markerade fälten.", { nytt: policy });
  const passwordHash = await hashPassword(input.nytt);
  return db.$transaction(async (tx) => {
    // Only from the session version the caller holds: a session revoked meanwhile changes nothing.
    const updated = await tx.user.updateMany({
      where: { id: user.userId, sessionVersion: user.sessionVersion, aktiv: true },
      data: { passwordHash, losenordMasteBytas: false, sessionVersion: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError("Din session har avslutats. Logga in igen.");
    await recordAudit(tx, {
      action: "konto.losenord",
      userId: user.userId,
      entity: "User",
      entityId: user.userId,
      details: { tvingat: user.losenordMasteBytas },
    });
    return { sessionVersion: user.sessionVersion + 1 };
  });
}
