import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { uppfoljningFinsamCsv } from "@/lib/domain/rapporter/uppfoljning-finsam-csv";
import { getUppfoljningFinsam } from "./get-uppfoljning-finsam";

/** The year's Uppföljning Finsam as a CSV file for Swedish Excel; every export is audited (DESIGN.md §5). */
export async function exportUppfoljningFinsamCsv(ctx: TenantContext, ar: number) {
  const rapport = await getUppfoljningFinsam(ctx, ar);
  const csv = uppfoljningFinsamCsv(rapport);
  await recordAudit(db, {
    forbundId: ctx.forbundId,
    userId: ctx.userId,
    action: "export.uppfoljning-finsam",
    entity: "Forbund",
    entityId: ctx.forbundId,
    details: { ar, format: "csv", rader: rapport.insatser.length },
  });
  return { filnamn: `uppfoljning-finsam-${ctx.forbundSlug}-${ar}.csv`, csv };
}
