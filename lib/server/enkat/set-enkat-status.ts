import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { EnkatStatus } from "@/lib/validation/enkat";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";

/** UTKAST → AKTIV (links can be made and answered) → STANGD (open links are refused); a closed enkät can be reopened. */
export async function setEnkatStatus(ctx: TenantContext, enkatId: string, status: EnkatStatus): Promise<void> {
  await withTenantTx(ctx.forbundId, async (tx) => {
    const { count } = await tx.enkat.updateMany({ where: { forbundId: ctx.forbundId, id: enkatId }, data: { status } });
    if (count === 0) throw new NotFoundError("Enkäten");
    await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action: "enkat.status", entity: "Enkat", entityId: enkatId, details: { status } });
  });
}
