import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";

export async function deleteMalsattning(ctx: TenantContext, insatsId: string, malsattningId: string): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const deleted = await tx.malsattning.deleteMany({ where: { id: malsattningId, insatsId, forbundId: ctx.forbundId } });
    if (deleted.count === 0) throw new NotFoundError("Målet");
    await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action: "malsattning.delete", entity: "Malsattning", entityId: malsattningId, details: { insatsId } });
    return { id: malsattningId };
  });
}
