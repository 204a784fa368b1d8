import { useTranslations } from "next-intl";
import { MalStatusBadge } from "@/components/malsattning/mal-status-badge";
import type { MalStatus } from "@/lib/domain/goals/evaluate";
import type { MalStatusSummary as Summary } from "@/lib/server/malsattning/list-mal-status-per-insats";

const ORDER: MalStatus[] = ["UPPNATT", "PA_VAG", "RISK", "EJ_UPPNATT", "UNDERLAG_SAKNAS", "EJ_MATBART", "MANUELL"];

/** How many of an insats's targets have each status: count, icon and text per status. */
export function MalStatusSummary({ summary }: { summary: Summary | undefined }) {
  const t = useTranslations("insatsDetaljer.summary");
  if (!summary || summary.total === 0) return <span className="text-sm text-muted">{t("none")}</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label={t("column")}>
      {ORDER.filter((s) => summary.perStatus[s]).map((s) => (
        <li key={s}>
          <MalStatusBadge status={s} count={summary.perStatus[s]} />
        </li>
      ))}
    </ul>
  );
}
