import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { susTabeller } from "@/lib/domain/export/sus-tabeller";
import type { ExportQuery } from "@/lib/validation/export";
import { getSusSammanstallning } from "@/lib/server/sus/get-sus-sammanstallning";
import { exportTabeller } from "./export-tabeller";

/** The SUS summary as a file, from the same (for styrelse: suppressed) view model as the page. */
export async function exportSus(ctx: TenantContext, insatsId: string, filterInput: unknown, q: ExportQuery): Promise<Response> {
  const s = await getSusSammanstallning(ctx, insatsId, filterInput);
  const meta = {
    titel: `SUS-sammanställning: ${s.insats.namn}`,
    forbundNamn: s.forbund.namn,
    period: `${s.period.fran} – ${s.period.till}`,
    skapad: s.idag,
    undertryckt: s.undertryckt,
    minCell: s.minCell,
  };
  return exportTabeller(ctx, { vy: "sus", meta, tabeller: susTabeller(s.sammanstallning, "sv"), detaljer: { insatsId, period: s.period }, entity: { typ: "Insats", id: insatsId } }, q);
}
