import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { NotFoundError } from "@/lib/errors";
import { getGdprStatus } from "@/lib/server/gdpr/get-gdpr-status";
import { Card } from "@/components/ui/card";
import { RattaDeltagareForm } from "@/components/gdpr/ratta-deltagare-form";
import { KlientTexter } from "@/components/i18n/klient-texter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("gdpr.panel"))("ratta") };
}

/** Correction (GDPR art. 16): processledare, or a vägledare assigned to one of the person's insatser. */
export default async function RattaDeltagarePage({ params }: { params: Promise<{ forbund: string; deltagareId: string }> }) {
  const { forbund, deltagareId } = await params;
  const ctx = await requireTenant(forbund, "deltagare:write");
  const t = await getTranslations("gdpr");
  const status = await getGdprStatus(ctx, deltagareId).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  if (!status.kanRatta && !status.raderad) notFound();
  const tillbaka = `/f/${ctx.forbundSlug}/deltagare/${status.deltagareId}`;
  return (
    <KlientTexter ns={["deltagare.konLabel", "gdpr.ratta"]}>
      <div className="flex max-w-3xl flex-col gap-6">
        <div>
          <h1 className="text-2xl font-bold">{t("ratta.title", { kod: status.kod })}</h1>
          <p className="mt-1 max-w-prose text-muted">{t("ratta.intro")}</p>
        </div>
        <Card>
          {status.raderad ? (
            <p role="status">{t("panel.raderadInfo", { datum: status.raderad })}</p>
          ) : (
            <RattaDeltagareForm slug={ctx.forbundSlug} status={status} tillbaka={tillbaka} />
          )}
        </Card>
        <Link href={tillbaka} className="text-brand-700 underline underline-offset-2">
          {t("ratta.tillbaka")}
        </Link>
      </div>
    </KlientTexter>
  );
}
