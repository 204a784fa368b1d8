import { useLocale, useTranslations } from "next-intl";
import { forsorjningGrupp } from "@/lib/domain/kodlistor";
import type { Forsorjningskategori, Korstabell } from "@/lib/domain/dashboard/forsorjning";
import { Card } from "@/components/ui/card";
import { RubrikMedExport, type ExportLank } from "@/components/export/rubrik-med-export";

/** Avslutade by försörjning at start (rows) and at avslut (columns). A table is its own best alternative. */
export function ForsorjningTable({ tabell, exportLank }: { tabell: Korstabell; exportLank?: ExportLank }) {
  const t = useTranslations("dashboard.forsorjning");
  const locale = useLocale() as "sv" | "en";
  const namn = (k: Forsorjningskategori) => (k === "FLERA" || k === "SAKNAS" ? t(k) : forsorjningGrupp.label(k, locale));
  const kat = tabell.anvanda;
  return (
    <Card aria-labelledby="forsorjning-rubrik" className="flex flex-col gap-3">
      <RubrikMedExport id="forsorjning-rubrik" text={t("heading")} tabell="forsorjning" exportLank={exportLank} />
      <p className="text-sm text-muted">{t("intro", { totalt: tabell.totalt })}</p>
      {tabell.totalt === 0 ? (
        <p className="text-sm">{t("tom")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full border-collapse text-sm tabular-nums">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b border-gray-300 align-bottom">
                <th scope="col" className="py-2 pr-3 text-left font-semibold">
                  {t("startAvslut")}
                </th>
                {kat.map((k) => (
                  <th key={k} scope="col" className="px-2 py-2 text-right font-semibold">
                    {namn(k)}
                  </th>
                ))}
                <th scope="col" className="py-2 pl-3 text-right font-semibold">
                  {t("summa")}
                </th>
              </tr>
            </thead>
            <tbody>
              {kat.map((s) => (
                <tr key={s} className="border-b border-gray-100">
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                    {namn(s)}
                  </th>
                  {kat.map((a) => (
                    <td key={a} className={`px-2 py-1.5 text-right ${s === a ? "bg-gray-50 font-medium" : ""}`}>
                      {tabell.celler[s][a]}
                    </td>
                  ))}
                  <td className="py-1.5 pl-3 text-right font-medium">{tabell.radsummor[s]}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t border-gray-300">
                <th scope="row" className="py-1.5 pr-3 text-left font-semibold">
                  {t("summa")}
                </th>
                {kat.map((a) => (
                  <td key={a} className="px-2 py-1.5 text-right font-medium">
                    {tabell.kolumnsummor[a]}
                  </td>
                ))}
                <td className="py-1.5 pl-3 text-right font-semibold">{tabell.totalt}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <p className="text-xs text-muted">{t("fotnot")}</p>
    </Card>
  );
}
