import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { uppfoljningFinsamCsv } from "@/lib/domain/rapporter/uppfoljning-finsam-csv";
import { getUppfoljningFinsam } from "./get-uppfoljning-finsam";

/** The year's Uppföljning Finsam as a CSV file for Swedish Excel; every export is audited (DESIGN.md §5). */
export async function exportUppfoljningFinsamCsv(ctx: TenantContext, ar: number) {
  return withTenantTx(
    ctx.forbundId,
    async (tx) => {
      const rapport = await getUppfoljningFinsam(ctx, ar, tx);
      const csv = uppfoljningFinsamCsv(rapport);
      await recordAudit(tx, {
        forbundId: ctx.forbundId,
        userId: ctx.userId,
        action: "export.uppfoljning-finsam",
        entity: "Forbund",
        entityId: ctx.forbundId,
        details: { ar, format: "csv", rader: rapport.insatser.length },
      });
      return { filnamn: `uppfoljning-finsam-${ctx.forbundSlug}-${ar}.csv`, csv };
    },
    { timeoutMs: 60_000 },
  );
}
