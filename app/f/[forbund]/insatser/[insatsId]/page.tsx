import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { can } from "@/lib/auth/permissions";
import { getInsats } from "@/lib/server/insats/get-insats";
import { listMalsattningarMedResultat } from "@/lib/server/malsattning/list-malsattningar-med-resultat";
import { NotFoundError } from "@/lib/errors";
import { Card, CardTitle } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { MalCard } from "@/components/malsattning/mal-card";
import { InsatsFacts } from "@/components/insats/insats-facts";
import { BudgetUseCard } from "@/components/insats-detaljer/budget-use-card";
import { DashboardLink } from "@/components/dashboard/dashboard-link";
import { DeltagareLink } from "@/components/deltagare/deltagare-link";
import { ImportLink } from "@/components/import/import-link";
import { visaDatum } from "@/lib/domain/visa-datum";

export default async function InsatsPage({ params }: { params: Promise<{ forbund: string; insatsId: string }> }) {
  const { forbund, insatsId } = await params;
  const ctx = await requireTenant(forbund, "insats:read");
  const locale = (await getLocale()) as "sv" | "en";
  const [insats, mal] = await Promise.all([getInsats(ctx, insatsId), listMalsattningarMedResultat(ctx, insatsId, locale)]).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const t = await getTranslations();
  const canWrite = can(ctx.roll, "malsattning:write");
  const date = visaDatum;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{insats.namn}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
            <Badge tone="info">{t(`status.${insats.status}`)}</Badge>
            <span>
              {date(insats.startdatum)} – {insats.slutdatum ? date(insats.slutdatum) : "…"}
            </span>
            <span>· {t(`insatstyp.${insats.insatstyp}`)}</span>
            <span>· {t(`matningsmetod.${insats.matningsmetod}`)}</span>
          </p>
        </div>
        <DashboardLink ctx={ctx} insatsId={insats.id} />
        <DeltagareLink ctx={ctx} insatsId={insats.id} />
        <ImportLink ctx={ctx} insatsId={insats.id} matningsmetod={insats.matningsmetod} />
        {can(ctx.roll, "insats:write") ? (
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="outline">
              <Link href={`/f/${ctx.forbundSlug}/insatser/${insats.id}/redigera`}>{t("insatsPage.edit")}</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href={`/f/${ctx.forbundSlug}/insatser/${insats.id}/hantera`}>{t("insatsDetaljer.manageLink")}</Link>
            </Button>
          </div>
        ) : null}
      </div>

      <section aria-labelledby="mal-rubrik" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="mal-rubrik" className="text-xl font-semibold">
            {t("insatsPage.targets")}
          </h2>
          {canWrite ? (
            <Button asChild size="sm">
              <Link href={`/f/${ctx.forbundSlug}/insatser/${insats.id}/mal/nytt`}>{t("malCard.addTarget")}</Link>
            </Button>
          ) : null}
        </div>
        {mal.length === 0 ? (
          <Card>
            <p className="text-muted">{t("malCard.noTargets")}</p>
          </Card>
        ) : (
          <ul className="grid gap-3 lg:grid-cols-2">
            {mal.map((m) => (
              <MalCard key={m.id} mal={m} editHref={canWrite ? `/f/${ctx.forbundSlug}/insatser/${insats.id}/mal/${m.id}` : undefined} />
            ))}
          </ul>
        )}
      </section>

      <Card>
        <CardTitle>{t("insatsPage.facts")}</CardTitle>
        <InsatsFacts insats={insats} />
      </Card>

      <BudgetUseCard insats={insats} />
    </div>
  );
}
