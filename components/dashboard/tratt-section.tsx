import { useTranslations } from "next-intl";
import type { Steg } from "@/lib/domain/dashboard/fordelning";
import { Card } from "@/components/ui/card";
import { RubrikMedExport, type ExportLank } from "@/components/export/rubrik-med-export";
import { BarFigure } from "./bar-figure";

/** Inskrivna → avslutade → avslutade till arbete eller studier, with what "utfall" means said in words. */
export function TrattSection({ tratt, exportLank }: { tratt: Steg; exportLank?: ExportLank }) {
  const t = useTranslations("dashboard.tratt");
  const rows = [
    { label: t("inskrivna"), values: { antal: tratt.inskrivna } },
    { label: t("avslutade"), values: { antal: tratt.avslutade } },
    { label: t("medUtfall"), values: { antal: tratt.medUtfall } },
  ];
  return (
    <Card aria-labelledby="tratt-rubrik" className="flex flex-col gap-3">
      <RubrikMedExport id="tratt-rubrik" text={t("heading")} tabell="tratt" exportLank={exportLank} />
      <p className="text-sm text-muted">{t("definition")}</p>
      <BarFigure
        caption={t("caption", { inskrivna: tratt.inskrivna, avslutade: tratt.avslutade, medUtfall: tratt.medUtfall })}
        rows={rows}
        series={[{ key: "antal", label: t("antal") }]}
        categoryHeader={t("steg")}
        tableSummary={t("visaTabell")}
        horizontal
        height={170}
      />
    </Card>
  );
}
