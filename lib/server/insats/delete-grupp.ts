import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";

/** A group with participants enrolled in it stays: their history names it. */
export async function deleteGrupp(ctx: TenantContext, insatsId: string, gruppId: string): Promise<{ id: string }> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const grupp = await tx.grupp.findFirst({ where: { id: gruppId, insatsId, forbundId: ctx.forbundId }, select: { id: true, namn: true, _count: { select: { inskrivningar: true } } } });
    if (!grupp) throw new NotFoundError("Gruppen");
    if (grupp._count.inskrivningar > 0) throw new ConflictError(`Gruppen ${grupp.namn} har inskrivna deltagare och kan inte tas bort.`);
    await tx.grupp.delete({ where: { forbundId_id: { forbundId: ctx.forbundId, id: gruppId } } });
    await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action: "grupp.delete", entity: "Grupp", entityId: gruppId, details: { insatsId, namn: grupp.namn } });
    return { id: gruppId };
  });
}
