import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { dashboardTabeller } from "@/lib/domain/export/dashboard-tabeller";
import type { ExportQuery } from "@/lib/validation/export";
import { getInsatsDashboard } from "@/lib/server/dashboard/get-insats-dashboard";
import { exportTabeller } from "./export-tabeller";

/** The insats dashboard's tables as a file; the dashboard's own access rules apply (getInsatsDashboard refuses styrelse and unassigned vägledare). */
export async function exportDashboard(ctx: TenantContext, insatsId: string, filterInput: unknown, q: ExportQuery): Promise<Response> {
  const d = await getInsatsDashboard(ctx, insatsId, filterInput, { locale: "sv" });
  const period = [d.filter.fran ? `start från ${d.filter.fran}` : null, d.filter.till ? `start till och med ${d.filter.till}` : null].filter(Boolean).join(", ");
  const grupp = d.filter.grupp ? d.grupper.find((g) => g.id === d.filter.grupp)?.namn : undefined;
  const meta = {
    titel: `Dashboard: ${d.insats.namn}${grupp ? ` (grupp ${grupp})` : ""}`,
    forbundNamn: ctx.forbundNamn,
    period: period || "Alla inskrivningar",
    skapad: d.idag,
    undertryckt: false,
    minCell: 5,
  };
  return exportTabeller(ctx, { vy: "dashboard", meta, tabeller: dashboardTabeller(d), detaljer: { insatsId, filter: { ...d.filter } }, entity: { typ: "Insats", id: insatsId } }, q);
}
