import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { getGallringStatus } from "@/lib/server/gdpr/get-gallring-status";
import { Card } from "@/components/ui/card";
import { GallringForm } from "@/components/gdpr/gallring-form";
import { PageHeader } from "@/components/ui/page-header";
import { KlientTexter } from "@/components/i18n/klient-texter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("gdpr.gallring"))("title") };
}

export default async function GallringPage({ params }: { params: Promise<{ forbund: string }> }) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund, "admin:gallring");
  const t = await getTranslations("gdpr.gallring");
  const status = await getGallringStatus(ctx);
  return (
    <KlientTexter ns={["gdpr.gallring"]}>
      <div className="flex max-w-3xl flex-col gap-6">
        <PageHeader title={t("title")} intro={t("intro")} />
        <Card>
          <GallringForm slug={ctx.forbundSlug} gallringManader={status.gallringManader} />
        </Card>
        <Card>
          <p>{t("status", { grans: status.grans })}</p>
          <p className="mt-1 font-semibold">{t("vantande", { count: status.vantande })}</p>
          <p className="mt-3 text-sm text-muted">{t("kommando")}</p>
        </Card>
      </div>
    </KlientTexter>
  );
}
