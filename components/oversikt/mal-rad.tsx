import { useLocale, useTranslations } from "next-intl";
import { MalStatusBadge } from "@/components/malsattning/mal-status-badge";
import { formatResultat } from "@/lib/domain/goals/format-resultat";
import { formatProcent } from "@/lib/domain/goals/format";
import { formatStyrelseResultat } from "@/lib/domain/oversikt/format-styrelse-mal";
import type { OversiktMal, StyrelseMal } from "@/lib/domain/oversikt/types";

/** A target in the overview: status (text, colour, icon), the sentence and the engine's figures. */
export function OversiktMalRad({ mal }: { mal: OversiktMal }) {
  const locale = useLocale() as "sv" | "en";
  return <Rad status={<MalStatusBadge status={mal.resultat.status} />} mening={mal.mening} resultat={formatResultat(mal.resultat, locale)} />;
}

/** The same for the board: only the suppressed view model's cells. */
export function StyrelseMalRad({ mal, min }: { mal: StyrelseMal; min: number }) {
  const locale = useLocale() as "sv" | "en";
  const t = useTranslations("oversikt.mal");
  const extra = mal.intervall ? t("intervall", { low: formatProcent(mal.intervall.low, locale, 0), high: formatProcent(mal.intervall.high, locale, 0) }) : null;
  return <Rad status={<MalStatusBadge status={mal.status} />} mening={mal.mening} resultat={formatStyrelseResultat(mal, min, locale)} extra={extra} />;
}

function Rad({ status, mening, resultat, extra }: { status: React.ReactNode; mening: string; resultat: string; extra?: string | null }) {
  return (
    <li className="mal-rad">
      <div className="shrink-0 sm:w-36">{status}</div>
      <div className="min-w-0 flex-1">
        <p className="mal-mening">{mening}</p>
        <p className="mal-siffror">{resultat}</p>
        {extra ? <p className="text-xs text-muted">{extra}</p> : null}
      </div>
    </li>
  );
}
