import { useLocale, useTranslations } from "next-intl";
import type { ParSammanfattning, Stegforflyttning } from "@/lib/domain/dashboard/parade";
import type { Matsammanfattning } from "@/lib/server/dashboard/get-insats-dashboard";
import { Card } from "@/components/ui/card";
import { RubrikMedExport, type ExportLank } from "@/components/export/rubrik-med-export";
import { BarFigure } from "./bar-figure";

/** VAS at start vs at avslut as paired data, and the moves on the steg scale, among avslutade. */
export function MatningSection({ vas, steg, exportLank }: { vas: Matsammanfattning<ParSammanfattning>; steg: Matsammanfattning<Stegforflyttning>; exportLank?: ExportLank }) {
  const t = useTranslations("dashboard.matning");
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card aria-labelledby="vas-rubrik" className="flex flex-col gap-3">
        <RubrikMedExport id="vas-rubrik" text={t("vasHeading", { namn: vas?.namn ?? "VAS" })} tabell="vas" exportLank={vas ? exportLank : undefined} />
        {vas ? <VasFigure namn={vas.namn} s={vas.sammanfattning} /> : <p className="text-sm text-muted">{t("saknasVariabel")}</p>}
      </Card>
      <Card aria-labelledby="steg-rubrik" className="flex flex-col gap-3">
        <RubrikMedExport id="steg-rubrik" text={t("stegHeading")} tabell="steg" exportLank={steg ? exportLank : undefined} />
        {steg ? <StegFigure namn={steg.namn} s={steg.sammanfattning} /> : <p className="text-sm text-muted">{t("saknasVariabel")}</p>}
      </Card>
    </div>
  );
}

function VasFigure({ namn, s }: { namn: string; s: ParSammanfattning }) {
  const t = useTranslations("dashboard.matning");
  const saknar = s.saknarStart + s.saknarAvslut + s.saknarBada;
  return (
    <>
      <p className="text-sm text-muted">{t("vasIntro", { totalt: s.totalt, parade: s.parade, namn })}</p>
      <BarFigure
        caption={t("vasCaption", { forbattrad: s.forbattrad, oforandrad: s.oforandrad, forsamrad: s.forsamrad, saknar })}
        rows={[
          { label: t("forbattrad"), values: { antal: s.forbattrad } },
          { label: t("oforandrad"), values: { antal: s.oforandrad } },
          { label: t("forsamrad"), values: { antal: s.forsamrad } },
          { label: t("saknarStart"), values: { antal: s.saknarStart } },
          { label: t("saknarAvslut"), values: { antal: s.saknarAvslut } },
          { label: t("saknarBada"), values: { antal: s.saknarBada } },
        ]}
        series={[{ key: "antal", label: t("antal") }]}
        categoryHeader={t("forandring")}
        tableSummary={t("visaTabell")}
        horizontal
        height={240}
      />
    </>
  );
}

function StegFigure({ namn, s }: { namn: string; s: Stegforflyttning }) {
  const t = useTranslations("dashboard.matning");
  const locale = useLocale();
  const decimal = new Intl.NumberFormat(locale === "sv" ? "sv-SE" : "en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const etikett = (steg: number) => (steg > 0 ? `+${steg}` : String(steg));
  return (
    <>
      <p className="text-sm text-muted">
        {t("stegIntro", { parade: s.parade, saknas: s.saknas, namn })}
        {s.medel !== null ? ` ${t("stegMedel", { medel: decimal.format(s.medel) })}` : ""}
      </p>
      <BarFigure
        caption={t("stegCaption")}
        rows={s.fordelning.map((f) => ({ label: etikett(f.steg), values: { antal: f.antal } }))}
        series={[{ key: "antal", label: t("antal") }]}
        categoryHeader={t("stegForflyttning")}
        tableSummary={t("visaTabell")}
      />
    </>
  );
}
