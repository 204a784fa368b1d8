import { useTranslations } from "next-intl";
import type { Fordelningar, Fordelningsrad } from "@/lib/domain/dashboard/fordelning";
import { Card } from "@/components/ui/card";
import { RubrikMedExport, type ExportLank } from "@/components/export/rubrik-med-export";
import { BarFigure } from "./bar-figure";

/** The funnel's three counts by kön, age band at start and grupp. */
export function FordelningSection({ fordelningar, exportLank }: { fordelningar: Fordelningar; exportLank?: ExportLank }) {
  const t = useTranslations("dashboard.fordelning");
  const series = [
    { key: "inskrivna", label: t("inskrivna") },
    { key: "avslutade", label: t("avslutade") },
    { key: "medUtfall", label: t("medUtfall") },
  ];
  const rows = <K extends string>(rader: Fordelningsrad<K>[], label: (r: Fordelningsrad<K>) => string) =>
    rader.map((r) => ({ label: label(r), values: { inskrivna: r.inskrivna, avslutade: r.avslutade, medUtfall: r.medUtfall } }));
  const block = (id: string, heading: string, category: string, data: ReturnType<typeof rows>) => (
    <Card aria-labelledby={id} className="flex flex-col gap-3">
      <RubrikMedExport id={id} text={heading} tabell={id.replace("-rubrik", "")} exportLank={exportLank} />
      <BarFigure caption={t("caption", { per: category.toLowerCase() })} rows={data} series={series} categoryHeader={category} tableSummary={t("visaTabell")} />
    </Card>
  );
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {block("kon-rubrik", t("konHeading"), t("kon"), rows(fordelningar.perKon, (r) => t(`konVarde.${r.nyckel}`)))}
      {block("alder-rubrik", t("alderHeading"), t("alder"), rows(fordelningar.perAlder, (r) => t(`alderVarde.${r.nyckel}`)))}
      {fordelningar.perGrupp.some((r) => r.nyckel !== "") ? (
        block("grupp-rubrik", t("gruppHeading"), t("grupp"), rows(fordelningar.perGrupp, (r) => r.namn ?? t("utanGrupp")))
      ) : (
        <Card aria-labelledby="grupp-rubrik" className="flex flex-col gap-3">
          <h3 id="grupp-rubrik" className="text-lg font-semibold text-gray-900">{t("gruppHeading")}</h3>
          <p className="text-sm text-muted">{t("ingaGrupper")}</p>
        </Card>
      )}
    </div>
  );
}
