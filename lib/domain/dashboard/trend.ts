import type { Locale } from "@/lib/domain/kodlistor";
import { formatAntal, formatProcent } from "@/lib/domain/goals/format";
import type { Utvecklingspunkt } from "./utveckling";

/** "jan. 2020" / "Jan 2020" for a month end; a day inside a month (today) keeps its date. */
export function manadsetikett(datum: string, locale: Locale): string {
  const d = new Date(`${datum}T00:00:00Z`);
  const nasta = new Date(d.getTime() + 86_400_000);
  if (nasta.getUTCDate() !== 1) return datum;
  return new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { month: "short", year: "numeric", timeZone: "UTC" }).format(d);
}

/**
 * The value to plot: a share in percent (one decimal), or for ANTAL the count
 * meeting the conditions. A share resting on too few people is not plotted —
 * "2 of 2" is not "100 %" (DESIGN.md §3).
 */
export function trendvarde(p: Utvecklingspunkt, typ: "ANDEL" | "ANTAL"): number | null {
  if (typ === "ANTAL") return p.taljare;
  if (p.varde === null || p.status === "UNDERLAG_SAKNAS" || p.status === "EJ_MATBART") return null;
  return Math.round(p.varde * 1000) / 10;
}

/** "5 av 7 (71 %)" for a share, "12" for a count — the engine's numbers as the table shows them. */
export function trendtext(p: Utvecklingspunkt, typ: "ANDEL" | "ANTAL", locale: Locale): string {
  if (typ === "ANTAL") return formatAntal(p.taljare, locale);
  if (p.namnare === 0 || p.varde === null) return "–";
  return `${formatAntal(p.taljare, locale)} ${locale === "sv" ? "av" : "of"} ${formatAntal(p.namnare, locale)} (${formatProcent(p.varde, locale, 0)})`;
}
