import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AlertTriangle } from "lucide-react";
import { requireTenant } from "@/lib/auth/require-tenant";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getRegistreringFormData } from "@/lib/server/deltagare/get-registrering-form-data";
import { Card } from "@/components/ui/card";
import { RegistreringForm } from "@/components/deltagare/registrering-form";
import { VolymForm } from "@/components/deltagare/volym-form";
import { KlientTexter } from "@/components/i18n/klient-texter";

export default async function NyDeltagarePage({ params }: { params: Promise<{ forbund: string; insatsId: string }> }) {
  const { forbund, insatsId } = await params;
  const ctx = await requireTenant(forbund, "deltagare:write");
  const data = await getRegistreringFormData(ctx, insatsId).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    if (e instanceof ForbiddenError) forbidden();
    throw e;
  });
  const t = await getTranslations("registrering");
  const locale = (await getLocale()) as "sv" | "en";
  const metod = data.insats.matningsmetod;
  return (
    <KlientTexter ns={["registrering"]}>
      <div className="flex max-w-4xl flex-col gap-6">
        <div>
          <p className="text-sm">
            <Link href={`/f/${ctx.forbundSlug}/insatser/${insatsId}/deltagare`} className="text-brand-700 underline-offset-2 hover:underline">
              {t("backToList", { insats: data.insats.namn })}
            </Link>
          </p>
          <h1 className="text-2xl font-bold">{metod === "VOLYM" ? t("titleVolym") : t("title")}</h1>
          <p className="mt-1 text-sm text-muted">{t(`metodIntro.${metod}`, { pua: data.insats.pua ?? "" })}</p>
        </div>
        {metod === "VOLYM" ? (
          <VolymForm slug={ctx.forbundSlug} insatsId={insatsId} period={data.insats} />
        ) : metod === "PERSONUPPGIFTER" && !data.insats.pua ? (
          <Card role="alert" className="flex items-start gap-2 border-warn bg-warn-bg">
            <AlertTriangle aria-hidden className="mt-0.5 h-5 w-5 shrink-0 text-warn" />
            <p>{t("saknarPua")}</p>
          </Card>
        ) : (
          <RegistreringForm slug={ctx.forbundSlug} data={data} locale={locale} />
        )}
      </div>
    </KlientTexter>
  );
}
