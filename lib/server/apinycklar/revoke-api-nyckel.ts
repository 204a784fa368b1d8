import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";

/** Revokes a key of the caller's förbund at once; revoking twice keeps the first time. */
export async function revokeApiNyckel(ctx: TenantContext, id: string): Promise<{ id: string }> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const nyckel = await tx.apiNyckel.findFirst({ where: { id, forbundId: ctx.forbundId }, select: { id: true, revokedAt: true, prefix: true } });
    if (!nyckel) throw new NotFoundError("API-nyckeln");
    if (nyckel.revokedAt) return { id };
    await tx.apiNyckel.updateMany({ where: { id, forbundId: ctx.forbundId, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action: "apinyckel.revoke", entity: "ApiNyckel", entityId: id, details: { prefix: nyckel.prefix } });
    return { id };
  });
}
