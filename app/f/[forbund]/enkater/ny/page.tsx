import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { getEnkatFormData } from "@/lib/server/enkat/get-enkat-form-data";
import { EnkatForm } from "@/components/enkat/enkat-form";
import { KlientTexter } from "@/components/i18n/klient-texter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("enkatForm"))("nyTitel") };
}

export default async function NyEnkatPage({ params }: { params: Promise<{ forbund: string }> }) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund, "enkat:write");
  const t = await getTranslations("enkatForm");
  const data = await getEnkatFormData(ctx);
  return (
    <KlientTexter ns={["enkatForm"]}>
      <div className="flex max-w-3xl flex-col gap-6">
        <div>
          <Link href={`/f/${ctx.forbundSlug}/enkater`} className="text-sm text-brand-700 underline underline-offset-4">
            {t("tillbaka")}
          </Link>
          <h1 className="mt-2 text-2xl font-bold">{t("nyTitel")}</h1>
        </div>
        <EnkatForm slug={ctx.forbundSlug} insatser={data.insatser} matvariabler={data.matvariabler} />
      </div>
    </KlientTexter>
  );
}
