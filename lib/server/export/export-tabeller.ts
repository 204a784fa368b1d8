import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { ValidationError } from "@/lib/errors";
import { tabellTillCsv } from "@/lib/domain/export/svensk-csv";
import type { ExportTabell } from "@/lib/domain/export/tabell";
import { contentDisposition, filnamnsdel } from "@/lib/domain/rapporter/filnamn";
import type { ExportQuery } from "@/lib/validation/export";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { tabellArbetsbok, type ArbetsbokMeta } from "./tabell-arbetsbok";

export type ExportVy = {
  /** The audit action's last part and the file name's first: "oversikt", "styrelse", "dashboard", "sus". */
  vy: string;
  meta: ArbetsbokMeta;
  tabeller: ExportTabell[];
  /** Audit details beyond format and tables: the filter, the insats. */
  detaljer: Record<string, unknown>;
  entity: { typ: string; id: string };
};

/**
 * Writes a view's tables as CSV (one table) or a workbook (all, or the one
 * named) and audits the export in its own tenant transaction before the bytes
 * are handed out: no export without its trace (DESIGN.md §5).
 */
export async function exportTabeller(ctx: TenantContext, e: ExportVy, q: ExportQuery): Promise<Response> {
  const valda = q.tabell === undefined ? e.tabeller : e.tabeller.filter((t) => t.id === q.tabell);
  if (valda.length === 0) {
    throw new ValidationError("Kontrollera de markerade fälten.", { tabell: [`Okänd tabell. Välj en av: ${e.tabeller.map((t) => t.id).join(", ")}`] });
  }
  const bas = `${e.vy}-${ctx.forbundSlug}${q.tabell ? `-${q.tabell}` : ""}-${filnamnsdel(e.meta.skapad)}`;
  const fil =
    q.format === "csv"
      ? { namn: `${bas}.csv`, typ: "text/csv; charset=utf-8", body: new TextEncoder().encode(tabellTillCsv(valda[0]!, e.meta.minCell)) }
      : { namn: `${bas}.xlsx`, typ: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body: new Uint8Array(await tabellArbetsbok(e.meta, valda)) };
  await withTenantTx(ctx.forbundId, (tx) =>
    recordAudit(tx, {
      action: `export.${e.vy}`,
      forbundId: ctx.forbundId,
      userId: ctx.userId,
      entity: e.entity.typ,
      entityId: e.entity.id,
      details: JSON.parse(JSON.stringify({ format: q.format, tabeller: valda.map((t) => t.id), undertryckt: e.meta.undertryckt, ...e.detaljer })),
    }),
  );
  return new Response(fil.body, { headers: { "Content-Type": fil.typ, "Content-Disposition": contentDisposition(fil.namn), "Cache-Control": "no-store" } });
}
