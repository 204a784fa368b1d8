import { getTranslations } from "next-intl/server";
import { uppfoljningStatus } from "@/lib/domain/kodlistor";
import type { InskrivningForlopp } from "@/lib/server/inskrivning/get-inskrivning-forlopp";
import { Card, CardTitle } from "@/components/ui/card";
import type { ForloppAccess } from "./access";
import { Fakta, kodLabels } from "./forlopp-fakta";
import { UppfoljningForm } from "./uppfoljning-form";
import { UppfoljningLageBadge } from "./uppfoljning-lage-badge";

export async function UppfoljningSektion({ forlopp, access }: { forlopp: InskrivningForlopp; access: ForloppAccess }) {
  const t = await getTranslations("forlopp.uppfoljning");
  const l = await kodLabels();
  const u = forlopp.uppfoljning;
  return (
    <Card aria-labelledby="uppfoljning-rubrik" className="flex flex-col gap-4">
      <CardTitle id="uppfoljning-rubrik">{t("heading")}</CardTitle>
      {forlopp.avslutsdatum === null || forlopp.uppfoljningForfaller === null || forlopp.uppfoljningLage === null ? (
        <p className="text-sm text-muted">{t("efterAvslut")}</p>
      ) : (
        <>
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span>{t("forfaller", { datum: forlopp.uppfoljningForfaller })}</span>
            <UppfoljningLageBadge lage={forlopp.uppfoljningLage} />
          </p>
          {u ? (
            <Fakta
              rows={[
                [t("datum"), u.datum],
                [t("status"), uppfoljningStatus.label(u.status, l.locale)],
                ...(u.status === "EJ_NADD"
                  ? []
                  : ([
                      [t("forsorjning"), l.forsorjning(u.forsorjning)],
                      [t("sysselsattning"), l.sysselsattning(u.sysselsattning)],
                    ] as [string, string][])),
                [t("kommentar"), u.kommentar],
              ]}
            />
          ) : null}
          {access.canWrite ? (
            <details className="border-t border-gray-200 pt-4" open={!u}>
              <summary className="cursor-pointer text-sm font-medium text-brand-700">{u ? t("editSummary") : t("createSummary")}</summary>
              <div className="mt-4">
                <UppfoljningForm
                  slug={access.slug}
                  insatsId={forlopp.insatsId}
                  inskrivningId={forlopp.id}
                  version={forlopp.version}
                  avslutsdatum={forlopp.avslutsdatum}
                  today={access.today}
                  current={u}
                />
              </div>
            </details>
          ) : null}
        </>
      )}
    </Card>
  );
}
