import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { can } from "@/lib/auth/permissions";
import { getInskrivningForlopp } from "@/lib/server/inskrivning/get-inskrivning-forlopp";
import { todayIso } from "@/lib/server/dates";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { Badge } from "@/components/ui/badge";
import { IdentityPanel } from "@/components/deltagare/identity-panel";
import { MatningarSektion } from "@/components/forlopp/matningar-sektion";
import { AvslutSektion } from "@/components/forlopp/avslut-sektion";
import { UppfoljningSektion } from "@/components/forlopp/uppfoljning-sektion";
import { PlanSektion } from "@/components/forlopp/plan-sektion";
import { KlientTexter } from "@/components/i18n/klient-texter";

export default async function InskrivningPage({ params }: { params: Promise<{ forbund: string; insatsId: string; inskrivningId: string }> }) {
  const { forbund, insatsId, inskrivningId } = await params;
  const ctx = await requireTenant(forbund, "deltagare:read");
  const today = todayIso();
  const forlopp = await getInskrivningForlopp(ctx, insatsId, inskrivningId, today).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    if (e instanceof ForbiddenError) forbidden();
    throw e;
  });
  const t = await getTranslations("forlopp");
  const access = { slug: ctx.forbundSlug, canWrite: can(ctx.roll, "deltagare:write"), canReopen: can(ctx.roll, "inskrivning:reopen"), today };
  return (
    <KlientTexter ns={["forlopp.avslut", "forlopp.matning", "forlopp.plan", "forlopp.reopen", "forlopp.uppfoljning", "forlopp.varden", "identityPanel"]}>
      <div className="flex flex-col gap-6">
        <div>
          <p className="text-sm">
            <Link href={`/f/${ctx.forbundSlug}/insatser/${forlopp.insatsId}`} className="text-brand-700 underline underline-offset-4">
              {forlopp.insatsNamn}
            </Link>
          </p>
          <h1 className="mt-1 text-2xl font-bold">{t("title", { kod: forlopp.deltagare.kod })}</h1>
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-muted">
            <Badge tone={forlopp.avslutsdatum ? "neutral" : "info"}>{forlopp.avslutsdatum ? t("avslutad", { datum: forlopp.avslutsdatum }) : t("pagar")}</Badge>
            <span>{t("startad", { datum: forlopp.startdatum })}</span>
          </p>
          {access.canWrite ? null : <p className="mt-2 text-sm text-muted">{t("lasbehorighet")}</p>}
        </div>
        <IdentityPanel slug={ctx.forbundSlug} insatsId={forlopp.insatsId} inskrivningId={forlopp.id} />
        <MatningarSektion forlopp={forlopp} access={access} />
        <AvslutSektion forlopp={forlopp} access={access} />
        <UppfoljningSektion forlopp={forlopp} access={access} />
        <PlanSektion forlopp={forlopp} access={access} />
      </div>
    </KlientTexter>
  );
}
