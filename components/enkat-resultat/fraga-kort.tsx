import { useLocale, useTranslations } from "next-intl";
import { CellText } from "@/components/oversikt/cell-text";
import { visad } from "@/lib/domain/suppression";
import type { FragaResultat } from "@/lib/domain/enkat/resultat-typer";
import { FordelningDiagram } from "./fordelning-diagram";

const procent = (x: number, locale: string) => new Intl.NumberFormat(locale === "en" ? "en-GB" : "sv-SE", { style: "percent", maximumFractionDigits: 0 }).format(x);
const decimal = (x: number, locale: string) => new Intl.NumberFormat(locale === "en" ? "en-GB" : "sv-SE", { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(x);

/** One question of one version and year: chart, the same numbers as a table, mean or ja-share, and free text for leaders. */
export function FragaKort({ f, ar, min, mal }: { f: FragaResultat; ar: number; min: number; mal?: React.ReactNode }) {
  const t = useTranslations("enkatResultat");
  const locale = useLocale();
  const etikett = (varde: string, e: string) => (f.typ === "JA_NEJ" ? (varde === "JA" ? t("ja") : varde === "NEJ" ? t("nej") : e) : e);
  const rubrikId = `fraga-${f.fragaId}-${ar}`;
  return (
    <section aria-labelledby={rubrikId} className="flex flex-col gap-3 rounded-lg border border-gray-200 p-4">
      <h4 id={rubrikId} className="font-semibold">
        {t("fraga", { nr: f.ordning, text: f.text })}
      </h4>
      <p className="text-sm text-muted">
        {t("besvarat")}: <CellText cell={f.besvarat} min={min} /> · {t("ejBesvarat")}: <CellText cell={f.ejBesvarat} min={min} />
        {f.medel !== null ? <> · {t("medel", { medel: decimal(f.medel, locale) })}</> : null}
        {f.andelJa !== null ? <> · {t("andelJa", { andel: procent(f.andelJa, locale) })}</> : null}
      </p>
      {f.typ === "FRITEXT" ? (
        f.fritext ? (
          f.fritext.length > 0 ? (
            <details className="text-sm">
              <summary className="cursor-pointer text-brand-700">{t("fritextAntal", { antal: f.fritext.length })}</summary>
              <ul className="mt-2 list-disc pl-5">
                {f.fritext.map((x, i) => (
                  <li key={i}>{x}</li>
                ))}
              </ul>
            </details>
          ) : (
            <p className="text-sm text-muted">{t("ingaFritext")}</p>
          )
        ) : null
      ) : (
        <figure className="flex flex-col gap-2">
          <figcaption className="sr-only">{t("figur", { nr: f.ordning, ar })}</figcaption>
          {/* No chart when every count is hidden: empty axes say nothing the table does not. */}
          {f.fordelning.some((d) => (visad(d.antal) ?? 0) > 0) ? (
            <FordelningDiagram
              serieNamn={t("antal")}
              horizontal={f.typ === "ETT_AV_FLERA"}
              rader={f.fordelning.map((d) => ({ label: etikett(d.varde, d.varde), antal: visad(d.antal) }))}
            />
          ) : null}
          <div className="overflow-x-auto">
            <table className="min-w-full border-collapse text-left text-sm tabular-nums">
              <caption className="sr-only">{t("figur", { nr: f.ordning, ar })}</caption>
              <thead>
                <tr className="border-b border-gray-300">
                  <th scope="col" className="py-1.5 pr-4 font-semibold">
                    {t("svar")}
                  </th>
                  <th scope="col" className="py-1.5 pl-4 text-right font-semibold">
                    {t("antal")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {f.fordelning.map((d) => (
                  <tr key={d.varde} className="border-b border-gray-100">
                    <th scope="row" className="py-1 pr-4 font-normal">
                      {etikett(d.varde, d.etikett)}
                    </th>
                    <td className="py-1 pl-4 text-right">
                      <CellText cell={d.antal} min={min} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </figure>
      )}
      {mal ? (
        <details className="rounded-md border border-gray-200 p-3 print:hidden">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("mal.rubrik")}</summary>
          <div className="mt-3">{mal}</div>
        </details>
      ) : null}
    </section>
  );
}
