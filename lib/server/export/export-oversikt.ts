import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { oversiktTabeller, styrelseTabeller } from "@/lib/domain/export/oversikt-tabeller";
import type { ExportQuery } from "@/lib/validation/export";
import type { OversiktFilter } from "@/lib/validation/oversikt";
import { getForbundOversikt } from "@/lib/server/oversikt/get-forbund-oversikt";
import { getStyrelseOversikt } from "@/lib/server/oversikt/get-styrelse-oversikt";
import { exportTabeller } from "./export-tabeller";

const periodText = (p: { fran: string | null; till: string }) => (p.fran ? `${p.fran} – ${p.till}` : `Hela tiden till och med ${p.till}`);

/**
 * The overview's or the board view's tables as a file. `styrelseVy` builds
 * them from getStyrelseOversikt's suppressed view model, so a small count is
 * never in memory next to the file being written, let alone in it.
 */
export async function exportOversikt(ctx: TenantContext, filter: OversiktFilter, q: ExportQuery, opts: { styrelseVy: boolean }): Promise<Response> {
  const detaljer = { filter: { ...filter } };
  const entity = { typ: "Forbund", id: ctx.forbundId };
  if (opts.styrelseVy) {
    const vy = await getStyrelseOversikt(ctx, filter, { locale: "sv" });
    const meta = { titel: "Styrelsens översikt", forbundNamn: vy.forbund.namn, period: periodText(vy.period), skapad: vy.idag, undertryckt: true, minCell: vy.minCell };
    return exportTabeller(ctx, { vy: "styrelse", meta, tabeller: styrelseTabeller(vy), detaljer, entity }, q);
  }
  const o = await getForbundOversikt(ctx, filter, { locale: "sv" });
  const meta = { titel: "Förbundets översikt", forbundNamn: o.forbund.namn, period: periodText(o.period), skapad: o.idag, undertryckt: false, minCell: o.minCell };
  return exportTabeller(ctx, { vy: "oversikt", meta, tabeller: oversiktTabeller(o), detaljer, entity }, q);
}
