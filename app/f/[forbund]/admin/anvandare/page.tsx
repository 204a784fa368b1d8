import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { listAnvandare } from "@/lib/server/anvandare/list-anvandare";
import { Card, CardTitle } from "@/components/ui/card";
import { InviteAnvandareForm } from "@/components/admin/invite-anvandare-form";
import { AnvandareTable } from "@/components/admin/anvandare-table";
import { PageHeader } from "@/components/ui/page-header";
import { KlientTexter } from "@/components/i18n/klient-texter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("userAdmin"))("title") };
}

export default async function AnvandarePage({ params }: { params: Promise<{ forbund: string }> }) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund, "admin:users");
  const t = await getTranslations("userAdmin");
  return (
    <KlientTexter ns={["apiKeys", "roles", "table", "userAdmin"]}>
      <div className="flex flex-col gap-6">
        <PageHeader title={t("title")} intro={t("intro")} />
        <Card>
          <CardTitle>{t("inviteTitle")}</CardTitle>
          <div className="mt-4">
            <InviteAnvandareForm slug={ctx.forbundSlug} />
          </div>
        </Card>
        <section aria-labelledby="anvandare-rubrik" className="flex flex-col gap-3">
          <h2 id="anvandare-rubrik" className="text-lg font-semibold">
            {t("listTitle")}
          </h2>
          <AnvandareTable slug={ctx.forbundSlug} anvandare={await listAnvandare(ctx)} selfId={ctx.userId} />
        </section>
      </div>
    </KlientTexter>
  );
}
