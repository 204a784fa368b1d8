import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { enkatResultatTabeller, nationellaRader, NATIONELL_KOLUMNER } from "@/lib/domain/enkat/resultat-tabeller";
import { tabellTillCsv } from "@/lib/domain/export/svensk-csv";
import { toSvenskCsv } from "@/lib/domain/rapporter/csv";
import { filnamnsdel } from "@/lib/domain/rapporter/filnamn";
import type { EnkatResultatExport } from "@/lib/validation/enkat-resultat";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { tabellArbetsbok } from "@/lib/server/export/tabell-arbetsbok";
import { todayIso } from "@/lib/server/dates";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { getEnkatResultat } from "./get-enkat-resultat";

export type EnkatExportFil = { filnamn: string; contentType: string; body: string | Buffer };

/**
 * The results as a file: csv (the answers table), xlsx (every table of the
 * page) or nationell (one row per cell, codes, for national aggregation).
 * Every export is suppressed, whoever asks (DESIGN.md §5), and audited.
 */
export async function exportEnkatResultat(ctx: TenantContext, enkatId: string, input: EnkatResultatExport): Promise<EnkatExportFil> {
  const { format, ...filter } = input;
  const r = await getEnkatResultat(ctx, enkatId, filter, { undertryck: true });
  const del = [filnamnsdel(r.enkat.namn), filter.ar ?? null].filter((x) => x !== null).join("-");
  let fil: EnkatExportFil;
  if (format === "nationell") {
    fil = { filnamn: `enkat-nationell-${del}.csv`, contentType: "text/csv; charset=utf-8", body: toSvenskCsv([...NATIONELL_KOLUMNER], nationellaRader(r, ctx.forbundSlug)) };
  } else if (format === "csv") {
    const svar = enkatResultatTabeller(r).find((t) => t.id === "svar")!;
    fil = { filnamn: `enkat-resultat-${del}.csv`, contentType: "text/csv; charset=utf-8", body: tabellTillCsv(svar, r.minCell) };
  } else {
    const insats = filter.insatsId ? r.insatser.find((i) => i.id === filter.insatsId)?.namn : null;
    const body = await tabellArbetsbok(
      {
        titel: `Enkätresultat: ${r.enkat.namn}${insats ? ` (${insats})` : ""}`,
        forbundNamn: ctx.forbundNamn,
        period: filter.ar ? String(filter.ar) : "Alla år",
        skapad: todayIso(),
        undertryckt: true,
        minCell: r.minCell,
      },
      enkatResultatTabeller(r),
    );
    fil = { filnamn: `enkat-resultat-${del}.xlsx`, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body };
  }
  await withTenantTx(ctx.forbundId, (tx) =>
    recordAudit(tx, {
      forbundId: ctx.forbundId,
      userId: ctx.userId,
      action: "export.enkat-resultat",
      entity: "Enkat",
      entityId: enkatId,
      details: { format, ar: filter.ar, insatsId: filter.insatsId },
    }),
  );
  return fil;
}
