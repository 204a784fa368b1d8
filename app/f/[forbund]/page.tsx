import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { can, landingPath } from "@/lib/auth/permissions";
import { fieldErrorsOf } from "@/lib/actions/result";
import { oversiktFilterInput, oversiktFilterSchema } from "@/lib/validation/oversikt";
import { getForbundOversikt } from "@/lib/server/oversikt/get-forbund-oversikt";
import { OversiktFilterForm } from "@/components/oversikt/oversikt-filter";
import { OversiktSummering } from "@/components/oversikt/oversikt-summering";
import { InsatsOversiktKort } from "@/components/oversikt/insats-kort";
import { ExportAllaKnapp, filterQuery, medInsats } from "@/components/export/export-knappar";

type Props = { params: Promise<{ forbund: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ForbundOversiktPage({ params, searchParams }: Props) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund);
  // Vägledare and styrelse have their own start pages; the overview's exact figures are the leaders'.
  if (!can(ctx.roll, "oversikt:read")) redirect(landingPath(ctx.forbundSlug, ctx.roll));
  const t = await getTranslations("oversikt");
  const parsed = oversiktFilterSchema.safeParse(oversiktFilterInput(await searchParams));
  const filter = parsed.success ? parsed.data : oversiktFilterSchema.parse({});
  const o = await getForbundOversikt(ctx, filter, { locale: (await getLocale()) as "sv" | "en" });
  const action = `/f/${ctx.forbundSlug}`;
  const exportBase = `/api/f/${ctx.forbundSlug}/oversikt/export`;
  const query = filterQuery(o.filter);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-muted">{t("intro")}</p>
      </div>
      <OversiktFilterForm action={action} filter={parsed.success ? filter : {}} fieldErrors={parsed.success ? undefined : fieldErrorsOf(parsed.error)} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex max-w-3xl flex-col gap-1">
          <p className="text-sm text-muted">
            {t("period.label")}: {o.period.fran ? t("period.mellan", { fran: o.period.fran, till: o.period.till }) : t("period.heltid", { till: o.period.till })}
          </p>
          <p className="text-sm text-muted">{t("deltagare.hjalp")}</p>
        </div>
        <ExportAllaKnapp base={exportBase} query={query} />
      </div>
      <OversiktSummering
        insatser={o.insatser.length}
        statusar={o.insatser.flatMap((i) => i.mal.map((m) => m.resultat.status))}
        deltagare={o.insatser.reduce((s, i) => s + i.deltagare.totalt.totalt, 0)}
        medVarningar={o.insatser.filter((i) => i.varningar.length > 0).length}
      />
      {o.insatser.length === 0 ? (
        <p className="rounded-lg border border-dashed border-gray-300 bg-white p-6 text-center text-muted">{t("empty")}</p>
      ) : (
        <div className="flex flex-col gap-5">
          {o.insatser.map((i) => (
            <InsatsOversiktKort key={i.id} insats={i} slug={ctx.forbundSlug} min={o.minCell} matvariabelNamn={o.matvariabelNamn} exportLank={{ base: exportBase, query: medInsats(query, i.id) }} />
          ))}
        </div>
      )}
    </div>
  );
}
