import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { can } from "@/lib/auth/permissions";
import { todayIso } from "@/lib/server/dates";
import { rapportAr } from "@/lib/validation/rapporter";
import { standardAr } from "@/lib/domain/rapporter/uppfoljning-finsam";
import { getUppfoljningFinsam } from "@/lib/server/rapporter/get-uppfoljning-finsam";
import { listRapportAr } from "@/lib/server/rapporter/list-rapport-ar";
import { listEsfInsatser } from "@/lib/server/rapporter/list-esf-insatser";
import { FinsamSection } from "@/components/rapporter/finsam-section";
import { EsfExportList } from "@/components/rapporter/esf-export-list";
import { SusLista } from "@/components/rapporter/sus-lista";
import { listInsatser } from "@/lib/server/insats/list-insatser";
import { KlientTexter } from "@/components/i18n/klient-texter";

export default async function RapporterPage({ params, searchParams }: { params: Promise<{ forbund: string }>; searchParams: Promise<{ ar?: string | string[] }> }) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund, "rapport:read");
  const t = await getTranslations("rapporter");
  const idag = todayIso();
  const arMedData = await listRapportAr(ctx, Number(idag.slice(0, 4)));
  const standard = standardAr(arMedData, idag);

  const begart = (await searchParams).ar;
  const parsed = typeof begart === "string" ? rapportAr.safeParse(begart) : null;
  const ar = parsed?.success ? parsed.data : standard;
  const arFel = parsed && !parsed.success ? parsed.error.issues[0]?.message ?? "" : null;

  const [rapport, esfInsatser, insatser] = await Promise.all([getUppfoljningFinsam(ctx, ar), listEsfInsatser(ctx), listInsatser(ctx)]);
  const valbaraAr = [...new Set([...arMedData, ar])].sort((a, b) => b - a);

  return (
    <KlientTexter ns={["rapporter.esf"]}>
      <div className="flex flex-col gap-8">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-muted">{t("intro")}</p>
        </div>
        <FinsamSection slug={ctx.forbundSlug} rapport={rapport} valbaraAr={valbaraAr} arFel={arFel} />
        <SusLista slug={ctx.forbundSlug} insatser={insatser} />
        <EsfExportList slug={ctx.forbundSlug} insatser={esfInsatser} kanExportera={can(ctx.roll, "esf:export")} idag={idag} />
      </div>
    </KlientTexter>
  );
}
