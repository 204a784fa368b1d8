import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrowLeft, Filter, TriangleAlert } from "lucide-react";
import { requireTenant } from "@/lib/auth/require-tenant";
import { getInsatsDashboard, type InsatsDashboard } from "@/lib/server/dashboard/get-insats-dashboard";
import { filterInput } from "@/lib/validation/dashboard";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { DashboardFilterForm } from "@/components/dashboard/dashboard-filter-form";
import { DashboardMalCard } from "@/components/dashboard/dashboard-mal-card";
import { TrattSection } from "@/components/dashboard/tratt-section";
import { MatningSection } from "@/components/dashboard/matning-section";
import { FordelningSection } from "@/components/dashboard/fordelning-section";
import { ForsorjningTable } from "@/components/dashboard/forsorjning-table";
import { Card } from "@/components/ui/card";
import { ExportAllaKnapp } from "@/components/export/export-knappar";
import { RubrikMedExport } from "@/components/export/rubrik-med-export";

type Props = { params: Promise<{ forbund: string; insatsId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InsatsDashboardPage({ params, searchParams }: Props) {
  const { forbund, insatsId } = await params;
  const ctx = await requireTenant(forbund, "dashboard:read");
  const locale = (await getLocale()) as "sv" | "en";
  const input = filterInput(await searchParams);
  const load = (filter: unknown) =>
    getInsatsDashboard(ctx, insatsId, filter, { locale }).catch((e) => {
      if (e instanceof NotFoundError) notFound();
      if (e instanceof ForbiddenError) forbidden();
      throw e;
    });
  // Bad filter values are the user's to fix: say so beside the field and show the unfiltered view.
  let fieldErrors: Record<string, string[]> | undefined;
  let d: InsatsDashboard;
  try {
    d = await load(input);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    fieldErrors = e.fieldErrors ?? {};
    d = await load({});
  }
  const t = await getTranslations("dashboard");
  const base = `/f/${ctx.forbundSlug}/insatser/${insatsId}`;
  const shown = (v: unknown) => (typeof v === "string" ? v : undefined);
  // The export gets the filter the page applied (none when the URL's filter was refused).
  const exportLank = {
    base: `/api/f/${ctx.forbundSlug}/insatser/${insatsId}/dashboard/export`,
    query: new URLSearchParams(Object.entries(d.filter).filter(([, v]) => typeof v === "string") as [string, string][]).toString(),
  };

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <Link href={base} className="inline-flex w-fit items-center gap-1 text-sm text-brand-700 hover:underline">
          <ArrowLeft aria-hidden className="h-4 w-4" />
          {t("back", { namn: d.insats.namn })}
        </Link>
        <h1 className="text-2xl font-bold">{t("title", { namn: d.insats.namn })}</h1>
        <p className="max-w-3xl text-sm text-muted">{t("intro")}</p>
      </div>

      <DashboardFilterForm
        action={`${base}/dashboard`}
        values={{ fran: shown(input.fran), till: shown(input.till), grupp: shown(input.grupp) }}
        grupper={d.grupper}
        fieldErrors={fieldErrors}
      />
      {fieldErrors ? (
        <p role="alert" className="flex items-center gap-2 rounded-md border border-bad bg-bad-bg p-3 text-sm text-bad">
          <TriangleAlert aria-hidden className="h-4 w-4 shrink-0" />
          {t("filter.invalid")}
        </p>
      ) : d.filtrerat ? (
        <p className="flex items-center gap-2 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm text-brand-800">
          <Filter aria-hidden className="h-4 w-4 shrink-0" />
          {t("filter.active")}
        </p>
      ) : null}

      <section aria-labelledby="mal-rubrik" className="flex flex-col gap-3">
        <RubrikMedExport id="mal-rubrik" niva={2} text={t("malHeading")} tabell="mal" exportLank={exportLank} />
        {d.mal.length === 0 ? (
          <Card>
            <p className="text-muted">{t("ingaMal")}</p>
          </Card>
        ) : (
          <ul className="grid gap-4 xl:grid-cols-2">
            {d.mal.map((m) => (
              <DashboardMalCard key={m.id} mal={m} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="deltagare-rubrik" className="flex flex-col gap-3">
        <h2 id="deltagare-rubrik" className="text-xl font-semibold">
          {t("deltagareHeading")}
        </h2>
        <TrattSection tratt={d.fordelningar.tratt} exportLank={exportLank} />
        <MatningSection vas={d.vas} steg={d.steg} exportLank={exportLank} />
        <FordelningSection fordelningar={d.fordelningar} exportLank={exportLank} />
        <ForsorjningTable tabell={d.forsorjning} exportLank={exportLank} />
        <ExportAllaKnapp base={exportLank.base} query={exportLank.query} />
      </section>
    </div>
  );
}
