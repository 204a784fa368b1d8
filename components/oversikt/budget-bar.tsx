import { useLocale, useTranslations } from "next-intl";
import { formatProcent } from "@/lib/domain/goals/format";
import type { BudgetAnvandning } from "@/lib/domain/oversikt/types";

export function formatKronor(n: number, locale: "sv" | "en"): string {
  return new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB", { style: "currency", currency: "SEK", maximumFractionDigits: 0 }).format(n);
}

/** Spending against budget as text and a bar (the text carries the meaning; the bar is decoration). */
export function BudgetBar({ budget }: { budget: BudgetAnvandning }) {
  const t = useTranslations("oversikt.budget");
  const locale = useLocale() as "sv" | "en";
  if (budget.budget === 0) {
    return <p className="text-sm text-muted">{budget.utfall > 0 ? t("utanBudget", { utfall: formatKronor(budget.utfall, locale) }) : t("ingen")}</p>;
  }
  const andel = budget.andel ?? 0;
  const over = andel > 1;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="tabular-nums">{t("utfallAv", { utfall: formatKronor(budget.utfall, locale), budget: formatKronor(budget.budget, locale) })}</p>
      <div className="h-2 w-full overflow-hidden rounded-full bg-gray-200 print:border print:border-gray-400" aria-hidden>
        <div className={over ? "h-full bg-bad" : "h-full bg-brand-600"} style={{ width: `${Math.min(100, Math.round(andel * 100))}%` }} />
      </div>
      <p className={over ? "font-medium text-bad" : "text-muted"}>
        {t("andel", { andel: formatProcent(andel, locale, 0) })}
        {over ? ` – ${t("over")}` : ""}
      </p>
      {budget.ar.length > 0 ? <p className="text-xs text-muted">{t("ar", { ar: arSpann(budget.ar) })}</p> : null}
    </div>
  );
}

function arSpann(ar: number[]): string {
  const min = Math.min(...ar);
  const max = Math.max(...ar);
  return min === max ? String(min) : `${min}–${max}`;
}
