import { getTranslations } from "next-intl/server";
import type { InskrivningForlopp } from "@/lib/server/inskrivning/get-inskrivning-forlopp";
import { Card, CardTitle } from "@/components/ui/card";
import type { ForloppAccess } from "./access";
import { PlanForm } from "./plan-form";

export async function PlanSektion({ forlopp, access }: { forlopp: InskrivningForlopp; access: ForloppAccess }) {
  const t = await getTranslations("forlopp.plan");
  const plan = forlopp.plan;
  return (
    <Card aria-labelledby="plan-rubrik" className="flex flex-col gap-4">
      <CardTitle id="plan-rubrik">{t("heading")}</CardTitle>
      {plan ? (
        <div className="flex flex-col gap-2 text-sm">
          <p>{t("upprattadDen", { datum: plan.upprattadDatum })}</p>
          <ul className="flex flex-col gap-1.5">
            {plan.mal.map((m) => (
              <li key={m.id} className="flex flex-wrap gap-x-2">
                <span className="font-medium">{m.beskrivning}</span>
                <span className="text-muted">
                  {m.maldatum ? t("senast", { datum: m.maldatum }) : t("utanDatum")} · {t(`statusar.${m.status}`)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-muted">{t("ingenPlan")}</p>
      )}
      {access.canWrite ? (
        <details className="border-t border-gray-200 pt-4" open={!plan}>
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{plan ? t("editSummary") : t("createSummary")}</summary>
          <div className="mt-4">
            <PlanForm slug={access.slug} insatsId={forlopp.insatsId} inskrivningId={forlopp.id} version={forlopp.version} startdatum={forlopp.startdatum} avslutsdatum={forlopp.avslutsdatum} today={access.today} current={plan} />
          </div>
        </details>
      ) : null}
    </Card>
  );
}
