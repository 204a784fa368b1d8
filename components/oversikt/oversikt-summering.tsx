import { useTranslations } from "next-intl";
import { MalStatusBadge } from "@/components/malsattning/mal-status-badge";
import type { MalStatus } from "@/lib/domain/goals/evaluate";

const ORDNING: MalStatus[] = ["UPPNATT", "PA_VAG", "RISK", "EJ_UPPNATT", "UNDERLAG_SAKNAS", "EJ_MATBART", "MANUELL"];

/** The whole förbund at a glance: how many insatser and targets, and the targets by status. */
export function OversiktSummering({ insatser, statusar, deltagare, medVarningar }: { insatser: number; statusar: MalStatus[]; deltagare: number | null; medVarningar: number | null }) {
  const t = useTranslations("oversikt.summary");
  const antal = new Map<MalStatus, number>();
  for (const s of statusar) antal.set(s, (antal.get(s) ?? 0) + 1);
  return (
    <section aria-label={t("label")} className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-[auto_1fr] sm:items-center">
      <div className="flex flex-col text-sm">
        <span className="text-2xl font-bold text-gray-900">{t("insatser", { count: insatser })}</span>
        <span className="text-muted">{t("mal", { count: statusar.length })}</span>
        {deltagare !== null ? <span className="text-muted">{t("deltagare", { count: deltagare })}</span> : null}
        {medVarningar !== null ? <span className="text-muted">{t("varningar", { count: medVarningar })}</span> : null}
      </div>
      <ul className="flex flex-wrap gap-2 sm:justify-end">
        {ORDNING.filter((s) => antal.has(s)).map((s) => (
          <li key={s} className="flex items-center gap-1.5 text-sm">
            <MalStatusBadge status={s} />
            <span className="font-semibold tabular-nums">{antal.get(s)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
