import { useLocale, useTranslations } from "next-intl";
import { CellText } from "@/components/oversikt/cell-text";
import type { EnkatResultat, VersionResultat } from "@/lib/domain/enkat/resultat-typer";

const fmt = (locale: string) => (locale === "en" ? "en-GB" : "sv-SE");
const procent = (x: number | null, locale: string) => (x === null ? "–" : new Intl.NumberFormat(fmt(locale), { style: "percent", maximumFractionDigits: 0 }).format(x));
const decimal = (x: number | null, locale: string) => (x === null ? "–" : new Intl.NumberFormat(fmt(locale), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(x));

const th = "py-1.5 pr-4 font-semibold";
const thNum = "py-1.5 pl-4 text-right font-semibold";
const td = "py-1 pl-4 text-right";

export function SvarsfrekvensTabell({ r }: { r: EnkatResultat }) {
  const t = useTranslations("enkatResultat.svarsfrekvens");
  const locale = useLocale();
  if (r.svarsfrekvens.length === 0) return <p className="text-sm text-muted">{t("inga")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-[24rem] border-collapse text-left text-sm tabular-nums">
        <caption className="sr-only">{t("rubrik")}</caption>
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className={th}>{t("ar")}</th>
            <th scope="col" className={thNum}>{t("lankar")}</th>
            <th scope="col" className={thNum}>{t("svar")}</th>
            <th scope="col" className={thNum}>{t("andel")}</th>
          </tr>
        </thead>
        <tbody>
          {r.svarsfrekvens.map((s) => (
            <tr key={s.ar} className="border-b border-gray-100">
              <th scope="row" className="py-1 pr-4 font-normal">{s.ar}</th>
              <td className={td}>{s.lankar}</td>
              <td className={td}><CellText cell={s.svar} min={r.minCell} /></td>
              <td className={td}>{procent(s.andel, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function JamforelseTabell({ v, min }: { v: VersionResultat; min: number }) {
  const t = useTranslations("enkatResultat.jamforelse");
  const locale = useLocale();
  if (v.jamforelse.length === 0 || v.perAr.length < 2) return null;
  return (
    <section className="flex flex-col gap-2">
      <h3 className="text-lg font-semibold">{t("rubrik")}</h3>
      <div className="overflow-x-auto">
        <table className="min-w-full border-collapse text-left text-sm tabular-nums">
          <caption className="sr-only">{t("rubrik")}</caption>
          <thead>
            <tr className="border-b border-gray-300">
              <th scope="col" className={th}>{t("fraga")}</th>
              <th scope="col" className={thNum}>{t("ar")}</th>
              <th scope="col" className={thNum}>{t("besvarat")}</th>
              <th scope="col" className={thNum}>{t("medel")}</th>
              <th scope="col" className={thNum}>{t("andelJa")}</th>
            </tr>
          </thead>
          <tbody>
            {v.jamforelse.flatMap((j) =>
              j.perAr.map((p, i) => (
                <tr key={`${j.fragaId}-${p.ar}`} className={i === j.perAr.length - 1 ? "border-b border-gray-300" : "border-b border-gray-100"}>
                  <th scope="row" className="py-1 pr-4 font-normal">{i === 0 ? j.text : <span className="sr-only">{j.text}</span>}</th>
                  <td className={td}>{p.ar}</td>
                  <td className={td}><CellText cell={p.besvarat} min={min} /></td>
                  <td className={td}>{j.typ === "SKALA" ? decimal(p.medel, locale) : "–"}</td>
                  <td className={td}>{j.typ === "JA_NEJ" ? procent(p.andelJa, locale) : "–"}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
