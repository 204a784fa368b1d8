import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { SetAnvandareRollInput } from "@/lib/validation/anvandare";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";

/**
 * Changes a member's role in the caller's förbund. Not one's own: an admin
 * demoting themself could leave the förbund without an admin. The user's
 * sessions are ended (session version bumped), so the new role starts with a
 * fresh login.
 */
export async function setAnvandareRoll(ctx: TenantContext, input: SetAnvandareRollInput): Promise<{ userId: string }> {
  if (input.userId === ctx.userId) throw new ConflictError("Du kan inte ändra din egen roll. Be en annan administratör.");
  return withTenantTx(ctx.forbundId, async (tx) => {
    const member = await tx.membership.findUnique({ where: { forbundId_userId: { forbundId: ctx.forbundId, userId: input.userId } } });
    if (!member) throw new NotFoundError("Användaren");
    if (member.role === input.roll) return { userId: input.userId };
    await tx.membership.update({ where: { forbundId_userId: { forbundId: ctx.forbundId, userId: input.userId } }, data: { role: input.roll } });
    // The user's open sessions end: they sign in again and meet their new role from the start.
    await tx.user.update({ where: { id: input.userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      forbundId: ctx.forbundId,
      userId: ctx.userId,
      action: "anvandare.roll",
      entity: "User",
      entityId: input.userId,
      details: { fran: member.role, till: input.roll },
    });
    return { userId: input.userId };
  });
}
