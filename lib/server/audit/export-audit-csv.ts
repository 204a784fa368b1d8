import "server-only";
import Papa from "papaparse";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { AuditFilter } from "@/lib/validation/audit";
import { recordAudit } from "./record-audit";
import { auditWhere } from "./audit-where";
import { toAuditRows } from "./list-audit-events";
import { withTenantTx } from "@/lib/server/tenant-tx";

/** A bound on one file; a larger log is exported in date ranges. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

/**
 * The filtered log as CSV for Excel: UTF-8 with a BOM (so å, ä, ö survive),
 * formula-looking cells neutralised. The export is itself an audit event —
 * written before the file is returned, so no export goes unrecorded.
 */
export async function exportAuditCsv(ctx: TenantContext, filter: Omit<AuditFilter, "sida">): Promise<{ csv: string; rows: number }> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const where = await auditWhere(tx, ctx, filter);
    const events = await tx.auditEvent.findMany({ where, orderBy: { id: "desc" }, take: AUDIT_EXPORT_MAX_ROWS });
    const rows = await toAuditRows(tx, events, ctx.forbundId);
    const csv = Papa.unparse(
      {
        fields: ["id", "tidpunkt", "vem", "händelse", "objekt", "objekt-id", "adress", "detaljer"],
        data: rows.map((r) => [r.id, r.createdAt, r.vem, r.action, r.entity ?? "", r.entityId ?? "", r.ip ?? "", r.details]),
      },
      { escapeFormulae: true, newline: "\r\n" },
    );
    await recordAudit(tx, {
      forbundId: ctx.forbundId,
      userId: ctx.userId,
      action: "audit.export",
      entity: "AuditEvent",
      details: { filter: Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)), rader: rows.length },
    });
    return { csv: "\uFEFF" + csv, rows: rows.length };
  }, { timeoutMs: 60_000 });
}
