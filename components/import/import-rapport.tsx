"use client";
import { useTranslations } from "next-intl";
import { AlertCircle, CheckCircle2 } from "lucide-react";
import type { ImportRapport, ImportSammanfattning } from "@/lib/domain/import/rapport";

const SAMMANFATTNING: (keyof ImportSammanfattning)[] = ["nyaDeltagare", "befintligaDeltagare", "inskrivningar", "avslutade", "matningar", "uppfoljningar", "samtycken"];

/** The row report: counts, status in words and icon, the first errors as a table. */
export function ImportRapportVy({ rapport }: { rapport: ImportRapport }) {
  const t = useTranslations("importDeltagare.rapport");
  const ok = rapport.antalFel === 0;
  return (
    <section aria-labelledby="rapport-rubrik" className="flex flex-col gap-3">
      <h2 id="rapport-rubrik" className="text-lg font-semibold">
        {rapport.sparad ? t("headingSparad") : t("heading")}
      </h2>
      <p className="text-sm text-muted">
        {rapport.filnamn} · {t("rader", { antal: rapport.antalRader })} · {t("tid", { sekunder: (rapport.tidMs / 1000).toFixed(1) })}
      </p>
      {ok ? (
        <p className="flex items-center gap-2 text-ok">
          <CheckCircle2 aria-hidden className="size-4 shrink-0" />
          {t("ok")}
        </p>
      ) : (
        <p className="flex items-start gap-2 text-bad">
          <AlertCircle aria-hidden className="mt-0.5 size-4 shrink-0" />
          {t("fel", { antal: rapport.antalFel, rader: rapport.antalRaderMedFel })}
        </p>
      )}
      {rapport.sammanfattning ? (
        <div>
          <p className="text-sm font-medium">{rapport.sparad ? t("sparat") : t("blirSparat")}</p>
          <dl className="mt-2 grid max-w-md grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-sm">
            {SAMMANFATTNING.map((k) => (
              <div key={k} className="contents">
                <dt className={k === "avslutade" ? "pl-4" : undefined}>{t(k)}</dt>
                <dd className="text-right tabular-nums">{rapport.sammanfattning![k].toLocaleString("sv-SE")}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      {rapport.fel.length > 0 ? (
        <div className="overflow-x-auto">
          {rapport.fel.length < rapport.antalFel ? <p className="mb-2 text-sm">{t("visar", { visade: rapport.fel.length, totalt: rapport.antalFel })}</p> : null}
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("tabellRubrik")}</caption>
            <thead>
              <tr className="border-b border-gray-200">
                <th scope="col" className="py-2 pr-3">{t("rad")}</th>
                <th scope="col" className="py-2 pr-3">{t("kolumn")}</th>
                <th scope="col" className="py-2">{t("meddelande")}</th>
              </tr>
            </thead>
            <tbody>
              {rapport.fel.map((f, i) => (
                <tr key={`${f.rad}-${f.kolumn}-${i}`} className="border-b border-gray-100 align-top">
                  <td className="py-2 pr-3 tabular-nums">{f.rad}</td>
                  <td className="py-2 pr-3">{f.kolumn ?? t("helaRaden")}</td>
                  <td className="py-2">{f.meddelande}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
