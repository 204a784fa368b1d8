import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { SetAnvandareAktivInput } from "@/lib/validation/anvandare";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";

export const OTHER_FORBUND = "Användaren är medlem även i ett annat förbund och kan inte inaktiveras härifrån. Kontakta det förbundets administratör.";

/**
 * Deactivates (or reactivates) a member's account. A deactivated user cannot
 * log in, and the bumped sessionVersion refuses their open sessions on the
 * next request. An account is global, so an admin may only switch it off when
 * the user belongs to no other förbund: one förbund's admin must not lock a
 * person out of another förbund.
 */
export async function setAnvandareAktiv(ctx: TenantContext, input: SetAnvandareAktivInput): Promise<{ userId: string; aktiv: boolean }> {
  if (input.userId === ctx.userId) throw new ConflictError("Du kan inte inaktivera ditt eget konto.");
  return withTenantTx(ctx.forbundId, async (tx) => {
    const member = await tx.membership.findUnique({
      where: { forbundId_userId: { forbundId: ctx.forbundId, userId: input.userId } },
      select: { user: { select: { aktiv: true } } },
    });
    if (!member) throw new NotFoundError("Användaren");
    if (member.user.aktiv === input.aktiv) return { userId: input.userId, aktiv: input.aktiv };
    // Other förbund's memberships are invisible here (row-level security): the database counts them for us.
    const [{ elsewhere }] = await tx.$queryRaw<[{ elsewhere: number }]>`SELECT "insats_memberships_elsewhere"(${input.userId}, ${ctx.forbundId}) AS elsewhere`;
    if (elsewhere > 0) throw new ConflictError(OTHER_FORBUND);
    await tx.user.update({ where: { id: input.userId }, data: { aktiv: input.aktiv, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      forbundId: ctx.forbundId,
      userId: ctx.userId,
      action: input.aktiv ? "anvandare.aktivera" : "anvandare.inaktivera",
      entity: "User",
      entityId: input.userId,
    });
    return { userId: input.userId, aktiv: input.aktiv };
  });
}
