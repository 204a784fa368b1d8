import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { getMalsattningFormData } from "@/lib/server/malsattning/get-malsattning-form-data";
import { NotFoundError } from "@/lib/errors";
import { MalsattningForm } from "@/components/malsattning/malsattning-form";
import { KlientTexter } from "@/components/i18n/klient-texter";

export default async function NyttMalPage({ params }: { params: Promise<{ forbund: string; insatsId: string }> }) {
  const { forbund, insatsId } = await params;
  const ctx = await requireTenant(forbund, "malsattning:write");
  const data = await getMalsattningFormData(ctx, insatsId).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const t = await getTranslations("malForm");
  const locale = (await getLocale()) as "sv" | "en";
  return (
    <KlientTexter ns={["malForm"]}>
      <div className="flex max-w-4xl flex-col gap-6">
        <div>
          <Link href={`/f/${ctx.forbundSlug}/insatser/${data.insats.id}`} className="text-sm text-brand-700 underline underline-offset-4">
            {t("back", { namn: data.insats.namn })}
          </Link>
          <h1 className="mt-2 text-2xl font-bold">{t("newTitle", { namn: data.insats.namn })}</h1>
        </div>
        <MalsattningForm slug={ctx.forbundSlug} insats={data.insats} matvariabler={data.matvariabler} antalGrupper={data.grupper.length} locale={locale} />
      </div>
    </KlientTexter>
  );
}
