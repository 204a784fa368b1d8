import { useLocale, useTranslations } from "next-intl";
import { formatResultat } from "@/lib/domain/goals/describe";
import { formatProcent } from "@/lib/domain/goals/format";
import { manadsetikett, trendtext, trendvarde } from "@/lib/domain/dashboard/trend";
import type { DashboardMal } from "@/lib/server/dashboard/get-insats-dashboard";
import { MalStatusBadge } from "@/components/malsattning/mal-status-badge";
import { TrendFigure } from "./trend-figure";

/** One target: the goal engine's figure, its interval and the people behind it, then its development. */
export function DashboardMalCard({ mal }: { mal: DashboardMal }) {
  const t = useTranslations();
  const locale = useLocale() as "sv" | "en";
  const r = mal.resultat;
  const matbart = mal.typ !== "KVALITATIV";
  const malVarde = mal.typ === "ANDEL" ? (r.mal.minAndel ?? r.mal.maxAndel) : r.per === "PERIOD" || r.per === undefined ? r.mal.minAntal : undefined;
  return (
    <li className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-white p-4" data-testid="dashboard-mal">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <p className="text-xs font-medium uppercase tracking-wide text-muted">{t(`malKategori.${mal.kategori}`)}</p>
          <h3 className="mt-0.5 font-semibold text-gray-900">{mal.mening}</h3>
        </div>
        <MalStatusBadge status={r.status} />
      </div>
      {matbart ? (
        <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
          <div className="col-span-2">
            <dt className="text-muted">{t("dashboard.mal.utfall")}</dt>
            <dd className="text-base font-semibold tabular-nums" data-testid="mal-utfall">
              {formatResultat(r, locale)}
            </dd>
          </div>
          <div>
            <dt className="text-muted">{t("dashboard.mal.intervall")}</dt>
            <dd className="tabular-nums">
              {r.intervall ? `${formatProcent(r.intervall.low, locale, 0)}–${formatProcent(r.intervall.high, locale, 0)}` : t("dashboard.mal.ingetIntervall")}
            </dd>
          </div>
          <div>
            <dt className="text-muted">{t("dashboard.mal.underlag")}</dt>
            <dd className="tabular-nums">
              {t("dashboard.mal.personer", { count: r.namnare })}
              {r.saknarData > 0 ? (
                <span className="block text-warn">{t("dashboard.mal.saknar", { count: r.saknarData })}</span>
              ) : (
                <span className="block text-muted">{t("dashboard.mal.ingenSaknar")}</span>
              )}
            </dd>
          </div>
        </dl>
      ) : (
        <p className="text-sm">
          {mal.kvalitativStatus ? t(`kvalitativStatus.${mal.kvalitativStatus}`) : t("malStatus.MANUELL")} –{" "}
          <span className="text-muted">{t("dashboard.mal.manuell")}</span>
        </p>
      )}
      {r.forklaring ? <p className="text-sm text-muted">{r.forklaring}</p> : null}
      {matbart && mal.utveckling.length > 0 ? (
        <TrendFigure
          caption={t(mal.typ === "ANDEL" ? "dashboard.trend.captionAndel" : "dashboard.trend.captionAntal")}
          unit={mal.typ === "ANDEL" ? "percent" : "count"}
          target={
            malVarde !== undefined
              ? {
                  value: mal.typ === "ANDEL" ? Math.round(malVarde * 1000) / 10 : malVarde,
                  label: t("dashboard.trend.mal", { varde: mal.typ === "ANDEL" ? formatProcent(malVarde, locale, 0) : String(malVarde) }),
                }
              : undefined
          }
          points={mal.utveckling.map((p) => ({
            label: manadsetikett(p.datum, locale),
            value: trendvarde(p, mal.typ as "ANDEL" | "ANTAL"),
            cells: [trendtext(p, mal.typ as "ANDEL" | "ANTAL", locale), String(p.saknarData), t(`malStatus.${p.status}`)],
          }))}
          head={[t("dashboard.trend.manad"), t("dashboard.trend.varde"), t("dashboard.trend.saknar"), t("dashboard.trend.status")]}
          tableSummary={t("dashboard.visaTabell")}
        />
      ) : null}
    </li>
  );
}
