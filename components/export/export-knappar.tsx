import { useTranslations } from "next-intl";
import { buttonVariants } from "@/components/ui/button";
import { SpriteIkon } from "@/components/ui/sprite-ikon";
import { cn } from "@/lib/utils";

/** The URL of a view's export with its filters kept and the format and table set. */
export function exportHref(base: string, query: string, format: "csv" | "xlsx", tabell?: string): string {
  const q = new URLSearchParams(query.replace(/^\?/, ""));
  q.delete("format");
  q.delete("tabell");
  q.set("format", format);
  if (tabell) q.set("tabell", tabell);
  return `${base}?${q.toString()}`;
}

/**
 * CSV and Excel links beside one table. Plain links (no script): the browser
 * downloads what the export route answers, and the route writes the audit row.
 */
export function ExportKnappar({ base, query, tabell, namn, className }: { base: string; query: string; tabell: string; namn: string; className?: string }) {
  const t = useTranslations("export");
  // .knapp-export (app/globals.css) = buttonVariants outline, sm, h-7 px-2 text-xs: one short class, as each card repeats it eight times.
  const knapp = "knapp-export";
  return (
    <div role="group" aria-label={t("label", { tabell: namn })} className={cn("no-print flex gap-1 print:hidden", className)}>
      <a href={exportHref(base, query, "csv", tabell)} className={knapp} title={t("csvTitle")} download>
        <SpriteIkon namn="download" className="h-3.5 w-3.5" />
        {t("csv")}
      </a>
      <a href={exportHref(base, query, "xlsx", tabell)} className={knapp} title={t("xlsxTitle")} download>
        <SpriteIkon namn="file-spreadsheet" className="h-3.5 w-3.5" />
        {t("xlsx")}
      </a>
    </div>
  );
}

/** One workbook with every table of the view. */
export function ExportAllaKnapp({ base, query }: { base: string; query: string }) {
  const t = useTranslations("export");
  return (
    <div className="no-print flex flex-col items-start gap-1 print:hidden">
      <a href={exportHref(base, query, "xlsx")} className={buttonVariants({ variant: "outline" })} download>
        <SpriteIkon namn="file-spreadsheet" className="h-4 w-4" />
        {t("allaTabeller")}
      </a>
      <p className="text-xs text-muted">{t("allaTabellerHint")}</p>
    </div>
  );
}

/** A view's query narrowed to one insats (the overview's and the board's per-card exports). */
export function medInsats(query: string, insatsId: string): string {
  const q = new URLSearchParams(query.replace(/^\?/, ""));
  q.delete("insats");
  q.append("insats", insatsId);
  return q.toString();
}

/** A filter object (arrays repeat their key) as a query string, leaving out what is unset. */
export function filterQuery(filter: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) for (const x of Array.isArray(v) ? v : [v]) if (typeof x === "string" && x !== "") q.append(k, x);
  return q.toString();
}
