import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { listMedlemmar } from "@/lib/server/medlem/list-medlemmar";
import { InsatsForm } from "@/components/insats/insats-form";
import { KlientTexter } from "@/components/i18n/klient-texter";

export default async function NyInsatsPage({ params }: { params: Promise<{ forbund: string }> }) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund, "insats:write");
  const t = await getTranslations("insatsForm");
  const locale = (await getLocale()) as "sv" | "en";
  return (
    <KlientTexter ns={["insatsForm"]}>
      <div className="flex max-w-3xl flex-col gap-6">
        <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
        <InsatsForm slug={ctx.forbundSlug} medlemmar={await listMedlemmar(ctx)} locale={locale} />
      </div>
    </KlientTexter>
  );
}
