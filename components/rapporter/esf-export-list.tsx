import { getTranslations } from "next-intl/server";
import { Lock, ShieldAlert } from "lucide-react";
import { Card } from "@/components/ui/card";
import { standardManad } from "@/lib/domain/rapporter/esf";
import type { EsfInsats } from "@/lib/server/rapporter/list-esf-insatser";
import { EsfDownloadForm } from "./esf-download-form";
import { visaDatum } from "@/lib/domain/visa-datum";

export async function EsfExportList({ slug, insatser, kanExportera, idag }: { slug: string; insatser: EsfInsats[]; kanExportera: boolean; idag: string }) {
  const t = await getTranslations("rapporter.esf");
  const datum = visaDatum;
  return (
    <Card aria-labelledby="esf-rubrik" className="flex flex-col gap-4">
      <div className="max-w-3xl">
        <h2 id="esf-rubrik" className="text-xl font-semibold text-gray-900">
          {t("title")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      </div>
      {insatser.length === 0 ? (
        <p className="text-sm text-muted">{t("none")}</p>
      ) : !kanExportera ? (
        <p className="flex items-center gap-2 text-sm text-gray-700">
          <Lock aria-hidden className="size-4" />
          {t("onlyProcessledare")}
        </p>
      ) : (
        <>
          <p className="flex items-start gap-2 rounded-md bg-warn-bg px-3 py-2 text-sm text-warn">
            <ShieldAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
            {t("warning")}
          </p>
          <ul className="divide-y divide-gray-100 rounded-md border border-gray-200">
            {insatser.map((i) => {
              const periodId = `esf-period-${i.id}`;
              const period = i.slutdatum ? `${datum(i.startdatum)} – ${datum(i.slutdatum)}` : t("periodOpen", { start: datum(i.startdatum) });
              return (
                <li key={i.id} className="flex flex-wrap items-end justify-between gap-3 px-4 py-3">
                  <div>
                    <p className="font-medium text-gray-900">{i.namn}</p>
                    <p id={periodId} className="text-xs text-gray-700">
                      {t("period", { period })}
                    </p>
                  </div>
                  <EsfDownloadForm
                    action={`/api/f/${slug}/insatser/${i.id}/esf`}
                    insatsId={i.id}
                    insatsNamn={i.namn}
                    min={i.startdatum.slice(0, 7)}
                    max={(i.slutdatum ?? idag).slice(0, 7)}
                    defaultValue={standardManad(idag, i.startdatum, i.slutdatum)}
                    periodId={periodId}
                  />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Card>
  );
}
