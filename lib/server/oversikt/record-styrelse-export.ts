import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";

/** The board report left the server: who, when, with which filter and insatser. */
export async function recordStyrelseExport(ctx: TenantContext, details: Prisma.InputJsonValue): Promise<void> {
  await withTenantTx(ctx.forbundId, (tx) =>
    recordAudit(tx, { action: "export.styrelserapport", forbundId: ctx.forbundId, userId: ctx.userId, entity: "Forbund", entityId: ctx.forbundId, details }),
  );
}
