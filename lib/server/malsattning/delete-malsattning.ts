import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";

export async function deleteMalsattning(ctx: TenantContext, insatsId: string, malsattningId: string): Promise<{ id: string }> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const deleted = await tx.malsattning.deleteMany({ where: { id: malsattningId, insatsId, forbundId: ctx.forbundId } });
    if (deleted.count === 0) throw new NotFoundError("Målet");
    await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action: "malsattning.delete", entity: "Malsattning", entityId: malsattningId, details: { insatsId } });
    return { id: malsattningId };
  });
}
