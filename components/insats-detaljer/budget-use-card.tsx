import { useFormatter, useTranslations } from "next-intl";
import { budgetUse, summaKronor } from "@/lib/domain/insats/budget-use";
import type { InsatsDetail } from "@/lib/server/insats/get-insats";
import { Card, CardTitle } from "@/components/ui/card";

/** Spending against budget per year and in total, with the amounts behind each share. */
export function BudgetUseCard({ insats }: { insats: Pick<InsatsDetail, "budgetposter" | "utfall" | "finansieringar"> }) {
  const t = useTranslations("insatsDetaljer.use");
  const format = useFormatter();
  const kr = (n: number) => format.number(n, { style: "currency", currency: "SEK", maximumFractionDigits: 0 });
  const pct = (n: number | null) => (n === null ? t("noBudget") : format.number(n, { style: "percent", maximumFractionDigits: 0 }));
  const use = budgetUse(insats.budgetposter, insats.utfall);
  const finansiering = summaKronor(insats.finansieringar);
  return (
    <Card aria-labelledby="budget-use-title">
      <CardTitle id="budget-use-title">{t("title")}</CardTitle>
      {use.perAr.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t("empty")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b border-gray-200 text-left">
                <th scope="col" className="py-1.5 pr-4 font-medium">{t("year")}</th>
                <th scope="col" className="py-1.5 pr-4 text-right font-medium">{t("budget")}</th>
                <th scope="col" className="py-1.5 pr-4 text-right font-medium">{t("utfall")}</th>
                <th scope="col" className="py-1.5 text-right font-medium">{t("share")}</th>
              </tr>
            </thead>
            <tbody className="tabular-nums">
              {use.perAr.map((r) => (
                <tr key={r.ar} className="border-b border-gray-100">
                  <th scope="row" className="py-1.5 pr-4 text-left font-normal">{r.ar}</th>
                  <td className="py-1.5 pr-4 text-right">{kr(r.budget)}</td>
                  <td className="py-1.5 pr-4 text-right">{kr(r.utfall)}</td>
                  <td className="py-1.5 text-right">{pct(r.andel)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="tabular-nums font-semibold">
              <tr>
                <th scope="row" className="py-1.5 pr-4 text-left">{t("total")}</th>
                <td className="py-1.5 pr-4 text-right">{kr(use.total.budget)}</td>
                <td className="py-1.5 pr-4 text-right">{kr(use.total.utfall)}</td>
                <td className="py-1.5 text-right">{pct(use.total.andel)}</td>
              </tr>
            </tfoot>
          </table>
          {insats.finansieringar.length ? <p className="mt-2 text-sm text-muted">{t("financing", { belopp: kr(finansiering) })}</p> : null}
        </div>
      )}
    </Card>
  );
}
