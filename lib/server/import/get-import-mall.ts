import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { mallCsv, mallXlsx } from "@/lib/domain/import/mall";
import { addDays } from "@/lib/domain/goals/rows";
import { todayIso } from "@/lib/server/dates";
import { loadImportInsats } from "./load-import-insats";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The template for one insats: its mätningsmetod's columns and the förbund's Matvariabler. No participant data. */
export async function getImportMall(ctx: TenantContext, insatsId: string, format: "csv" | "xlsx", today = todayIso()) {
  const insats = await loadImportInsats(ctx, insatsId);
  // The example row must itself be valid: a start inside the insats's period, not in the future.
  const senast = insats.slutdatum && insats.slutdatum < today ? insats.slutdatum : today;
  const forslag = addDays(senast, -30);
  const exempelStartdatum = forslag < insats.startdatum ? insats.startdatum : forslag;
  const opt = { metod: insats.metod, matvariabler: insats.matvariabler, exempelStartdatum, insatsNamn: insats.namn };
  // ASCII only: the name goes into a Content-Disposition header.
  const ascii = insats.namn.toLowerCase().replace(/[åä]/g, "a").replace(/ö/g, "o").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const bas = `importmall-${ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
  return format === "csv"
    ? { filnamn: `${bas}.csv`, contentType: "text/csv; charset=utf-8", body: new TextEncoder().encode(mallCsv(opt)) }
    : { filnamn: `${bas}.xlsx`, contentType: XLSX_MIME, body: await mallXlsx(opt) };
}
