import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { getDeltagare } from "@/lib/server/deltagare/get-deltagare";
import { NotFoundError } from "@/lib/errors";
import { Card } from "@/components/ui/card";
import { aldersgrupp } from "@/lib/domain/kodlistor";
import { getGdprStatus } from "@/lib/server/gdpr/get-gdpr-status";
import { GdprPanel } from "@/components/gdpr/gdpr-panel";
import { KlientTexter } from "@/components/i18n/klient-texter";

export default async function DeltagarePage({ params }: { params: Promise<{ forbund: string; deltagareId: string }> }) {
  const { forbund, deltagareId } = await params;
  const ctx = await requireTenant(forbund, "deltagare:read");
  const t = await getTranslations("deltagare");
  const deltagare = await getDeltagare(ctx, deltagareId).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const gdpr = await getGdprStatus(ctx, deltagare.id);
  return (
    <KlientTexter ns={["gdpr.panel"]}>
      <div className="flex flex-col gap-6">
        <h1 className="text-2xl font-bold">{t("title", { kod: deltagare.kod })}</h1>
        <Card>
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-muted">{t("kon")}</dt>
              <dd>{t(`konLabel.${deltagare.kon}`)}</dd>
            </div>
            <div>
              <dt className="text-muted">{t("aldersgrupp")}</dt>
              <dd>{aldersgrupp(deltagare.fodelsear, Number((deltagare.inskrivningar[0]?.startdatum ?? "").slice(0, 4)) || new Date().getUTCFullYear())}</dd>
            </div>
          </dl>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">{t("inskrivningar")}</h2>
          <ul className="mt-3 flex flex-col gap-2 text-sm">
            {deltagare.inskrivningar.map((i) => (
              <li key={i.id}>
                <Link href={`/f/${ctx.forbundSlug}/insatser/${i.insatsId}/inskrivningar/${i.id}`} className="text-brand-700 underline underline-offset-2">
                  {i.insatsNamn}
                </Link>
                : {i.startdatum} – {i.avslutsdatum ?? t("pagar")}
              </li>
            ))}
          </ul>
        </Card>
        <GdprPanel slug={ctx.forbundSlug} status={gdpr} />
      </div>
    </KlientTexter>
  );
}
