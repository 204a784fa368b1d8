import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { SetVagledareInput } from "@/lib/validation/insats-delar";
import { ConflictError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { findInsatsPeriod } from "./find-insats-period";
import { STALE_VERSION } from "./update-insats";
import { withTenantTx } from "@/lib/server/tenant-tx";

/**
 * Replaces the vägledare assigned to the insats. Only active vägledare of the
 * same förbund can be assigned; the insats version is bumped so two people
 * editing the list at once cannot silently undo each other.
 */
export async function setVagledare(ctx: TenantContext, insatsId: string, input: SetVagledareInput): Promise<{ id: string; version: number }> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const insats = await findInsatsPeriod(tx, ctx, insatsId);
    if (input.version !== undefined && input.version !== insats.version) throw new ConflictError(STALE_VERSION);
    const userIds = [...new Set(input.userIds)];
    const ok = await tx.membership.findMany({
      where: { forbundId: ctx.forbundId, role: "VAGLEDARE", userId: { in: userIds }, user: { aktiv: true } },
      select: { userId: true },
    });
    const known = new Set(ok.map((m) => m.userId));
    const unknown = userIds.filter((u) => !known.has(u));
    if (unknown.length) throw new ValidationError("Kontrollera de markerade fälten.", { userIds: ["Välj bland förbundets vägledare"] });

    const before = await tx.insatsTilldelning.findMany({ where: { forbundId: ctx.forbundId, insatsId }, select: { userId: true } });
    const had = new Set(before.map((b) => b.userId));
    const removed = [...had].filter((u) => !known.has(u));
    const added = userIds.filter((u) => !had.has(u));
    await tx.insatsTilldelning.deleteMany({ where: { forbundId: ctx.forbundId, insatsId, userId: { in: removed } } });
    await tx.insatsTilldelning.createMany({ data: added.map((userId) => ({ forbundId: ctx.forbundId, insatsId, userId })) });
    const bumped = await tx.insats.updateMany({ where: { id: insatsId, forbundId: ctx.forbundId, version: insats.version }, data: { version: { increment: 1 } } });
    if (bumped.count === 0) throw new ConflictError(STALE_VERSION);
    await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action: "insats.vagledare", entity: "Insats", entityId: insatsId, details: { added, removed } });
    return { id: insatsId, version: insats.version + 1 };
  });
}
