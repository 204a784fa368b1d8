import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { PenLine } from "lucide-react";
import { formatResultat } from "@/lib/domain/goals/describe";
import { formatProcent } from "@/lib/domain/goals/format";
import type { MalsattningMedResultat } from "@/lib/server/malsattning/list-malsattningar-med-resultat";
import { MalStatusBadge } from "./mal-status-badge";

/**
 * One target: the sentence, actual vs target, the people it rests on and what
 * is missing. `editHref` only for users who may write targets.
 */
export function MalCard({ mal, editHref }: { mal: MalsattningMedResultat; editHref?: string }) {
  const t = useTranslations();
  const locale = useLocale() as "sv" | "en";
  const r = mal.resultat;
  const isManual = mal.typ === "KVALITATIV";
  return (
    <li className="rounded-lg border border-gray-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <p className="text-xs font-medium uppercase tracking-wide text-muted">{t(`malKategori.${mal.kategori}`)}</p>
          <h3 className="mt-0.5 font-semibold text-gray-900">{mal.mening}</h3>
        </div>
        <div className="flex items-center gap-2">
          <MalStatusBadge status={r.status} />
          {editHref ? (
            <Link
              href={editHref}
              aria-label={t("insatsDetaljer.editTargetLabel", { mening: mal.mening })}
              className="inline-flex items-center gap-1 rounded text-sm text-brand-700 underline-offset-2 hover:underline"
            >
              <PenLine aria-hidden className="h-3.5 w-3.5" />
              {t("insatsDetaljer.editTarget")}
            </Link>
          ) : null}
        </div>
      </div>
      {isManual ? (
        <p className="mt-2 text-sm">
          {mal.kvalitativStatus ? t(`kvalitativStatus.${mal.kvalitativStatus}`) : null} <span className="text-muted">– {t("malCard.manualHint")}</span>
        </p>
      ) : (
        <div className="mt-2 flex flex-col gap-1 text-sm">
          <p className="text-base font-medium tabular-nums">{formatResultat(r, locale)}</p>
          {r.intervall ? (
            <p className="text-muted">{t("malCard.interval", { low: formatProcent(r.intervall.low, locale, 0), high: formatProcent(r.intervall.high, locale, 0) })}</p>
          ) : null}
          {mal.typ === "ANDEL" ? <p className="text-muted">{t("malCard.restsOn", { count: r.namnare })}</p> : null}
          {r.saknarData > 0 ? <p className="text-warn">{t("malCard.missing", { count: r.saknarData })}</p> : null}
          {r.forklaring ? <p className="text-muted">{r.forklaring}</p> : null}
          {r.perUndergrupp?.length ? (
            <details className="mt-1">
              <summary className="cursor-pointer text-brand-700">{r.per === "GRUPP" ? t("malCard.perGroup") : t("malCard.perYear")}</summary>
              <ul className="mt-1 flex flex-col gap-0.5 pl-4">
                {r.perUndergrupp.map((u) => (
                  <li key={u.nyckel} className="tabular-nums">
                    {u.namn}: {u.antal}
                    {u.malAntal !== undefined ? ` / ${u.malAntal}` : ""} – {u.ejPaborjad ? t("malCard.notStarted") : u.uppnatt ? t("malCard.reached") : t("malCard.notReached")}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      )}
      {mal.text && mal.text !== mal.mening ? (
        <p className="mt-2 border-l-2 border-gray-200 pl-3 text-sm italic text-muted">
          <span className="sr-only">{t("malCard.seedText")}: </span>
          {mal.text}
        </p>
      ) : null}
    </li>
  );
}
