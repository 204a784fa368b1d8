import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { listApiNycklar } from "@/lib/server/apinycklar/list-api-nycklar";
import { todayIso } from "@/lib/server/dates";
import { Card, CardTitle } from "@/components/ui/card";
import { ApiNyckelForm } from "@/components/admin/api-nyckel-form";
import { ApiNyckelTable } from "@/components/admin/api-nyckel-table";
import { PageHeader } from "@/components/ui/page-header";
import { KlientTexter } from "@/components/i18n/klient-texter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiKeys"))("title") };
}

export default async function ApiNycklarPage({ params }: { params: Promise<{ forbund: string }> }) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund, "admin:apinycklar");
  const t = await getTranslations("apiKeys");
  const now = new Date();
  const inAYear = todayIso(new Date(now.getTime() + 365 * 86_400_000));
  return (
    <KlientTexter ns={["apiKeys", "roles", "table"]}>
      <div className="flex flex-col gap-6">
        <PageHeader title={t("title")} intro={t("intro")} />
        <Card>
          <CardTitle>{t("createTitle")}</CardTitle>
          <div className="mt-4">
            <ApiNyckelForm slug={ctx.forbundSlug} defaultExpiry={inAYear} />
          </div>
        </Card>
        <section aria-labelledby="nycklar-rubrik" className="flex flex-col gap-3">
          <h2 id="nycklar-rubrik" className="text-lg font-semibold">
            {t("listTitle")}
          </h2>
          <ApiNyckelTable slug={ctx.forbundSlug} nycklar={await listApiNycklar(ctx)} now={now.toISOString()} />
        </section>
      </div>
    </KlientTexter>
  );
}
