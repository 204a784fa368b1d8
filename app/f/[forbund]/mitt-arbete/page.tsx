import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { getMittArbete } from "@/lib/server/inskrivning/get-mitt-arbete";
import { Card } from "@/components/ui/card";
import { MittArbeteInsats } from "@/components/forlopp/mitt-arbete-insats";
import { KlientTexter } from "@/components/i18n/klient-texter";

export default async function MittArbetePage({ params }: { params: Promise<{ forbund: string }> }) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund, "mitt-arbete:read");
  const t = await getTranslations("mittArbete");
  const arbete = await getMittArbete(ctx);
  return (
    <KlientTexter ns={["arbetslista", "forlopp.lage", "table"]}>
      <div className="flex flex-col gap-6">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-1 text-muted">{t("intro")}</p>
        </div>
        {arbete.insatser.length === 0 ? (
          <Card>
            <p className="text-muted">{t("ingaInsatser")}</p>
          </Card>
        ) : (
          arbete.insatser.map((insats) => <MittArbeteInsats key={insats.id} slug={ctx.forbundSlug} insats={insats} matvariabelNamn={arbete.matvariabelNamn} />)
        )}
      </div>
    </KlientTexter>
  );
}
