import { Download } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { fieldErrorsOf } from "@/lib/actions/result";
import { listInsatser } from "@/lib/server/insats/list-insatser";
import { getStyrelseOversikt } from "@/lib/server/oversikt/get-styrelse-oversikt";
import { oversiktFilterInput, oversiktFilterSchema } from "@/lib/validation/oversikt";
import { buttonVariants } from "@/components/ui/button";
import { OversiktFilterForm } from "@/components/oversikt/oversikt-filter";
import { OversiktSummering } from "@/components/oversikt/oversikt-summering";
import { StyrelseInsatsKort } from "@/components/oversikt/insats-kort";
import { PrintButton } from "@/components/oversikt/print-button";
import { ExportAllaKnapp, filterQuery, medInsats } from "@/components/export/export-knappar";

type Props = { params: Promise<{ forbund: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The board's page: every insats's targets and results, aggregates only. The
 * page receives nothing but getStyrelseOversikt's suppressed view model, so no
 * small number reaches the browser — whoever looks (admin and processledare
 * see what the board sees).
 */
export default async function StyrelsePage({ params, searchParams }: Props) {
  const { forbund } = await params;
  const ctx = await requireTenant(forbund, "styrelse:read");
  const t = await getTranslations();
  const sp = await searchParams;
  const parsed = oversiktFilterSchema.safeParse(oversiktFilterInput(sp));
  const filter = parsed.success ? parsed.data : oversiktFilterSchema.parse({});
  const [vy, insatser] = await Promise.all([getStyrelseOversikt(ctx, filter, { locale: (await getLocale()) as "sv" | "en" }), listInsatser(ctx)]);
  const query = parsed.success ? queryString(sp) : "";
  const exportBase = `/api/f/${ctx.forbundSlug}/styrelse/export`;
  const exportQuery = filterQuery(vy.filter);
  const period = vy.period.fran ? t("oversikt.period.mellan", { fran: vy.period.fran, till: vy.period.till }) : t("oversikt.period.heltid", { till: vy.period.till });
  return (
    <div className="styrelse-rapport flex flex-col gap-6" data-print-report>
      <style>{printPageCss(`${vy.forbund.namn} · ${t("oversikt.period.label")}: ${period}`, t("styrelseVy.skapad", { datum: vy.idag }), t("styrelseVy.sida", { sida: "\u0001", sidor: "\u0002" }))}</style>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("styrelse.title")}</h1>
          <p className="mt-1 max-w-3xl text-muted print:hidden">{t("styrelse.intro")}</p>
          <p className="mt-1 text-sm text-muted">
            {vy.forbund.namn} · {t("oversikt.period.label")}: {period} · {t("styrelseVy.skapad", { datum: vy.idag })}
          </p>
        </div>
        <div className="no-print flex gap-2">
          <PrintButton label={t("styrelseVy.skrivUt")} />
          <a href={`/api/f/${ctx.forbundSlug}/styrelse/rapport.pdf${query}`} className={buttonVariants()} download>
            <Download aria-hidden className="h-4 w-4" />
            {t("styrelseVy.pdf")}
          </a>
        </div>
      </div>
      <div className="no-print flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t("styrelseVy.rapport")}</h2>
        <p className="text-sm text-muted">{t("styrelseVy.rapportIntro")}</p>
        <OversiktFilterForm
          action={`/f/${ctx.forbundSlug}/styrelse`}
          filter={parsed.success ? filter : {}}
          fieldErrors={parsed.success ? undefined : fieldErrorsOf(parsed.error)}
          insatsVal={insatser.map((i) => ({ id: i.id, namn: i.namn }))}
        />
      </div>
      <div className="flex flex-col gap-1 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm text-brand-800">
        <p>{t("oversikt.cell.legend", { min: vy.minCell })}</p>
        <p>{t("export.nollRegel", { min: vy.minCell })}</p>
        <p>{t("oversikt.deltagare.hjalp")}</p>
      </div>
      <ExportAllaKnapp base={exportBase} query={exportQuery} />
      <OversiktSummering insatser={vy.insatser.length} statusar={vy.insatser.flatMap((i) => i.mal.map((m) => m.status))} deltagare={null} medVarningar={null} />
      {vy.insatser.length === 0 ? (
        <p className="rounded-lg border border-dashed border-gray-300 bg-white p-6 text-center text-muted">{t("oversikt.empty")}</p>
      ) : (
        <div className="flex flex-col gap-5">
          {vy.insatser.map((i) => (
            <StyrelseInsatsKort key={i.id} insats={i} min={vy.minCell} exportLank={{ base: exportBase, query: medInsats(exportQuery, i.id) }} susHref={`/f/${ctx.forbundSlug}/insatser/${i.id}/sus`} />
          ))}
        </div>
      )}
    </div>
  );
}

function queryString(sp: Record<string, string | string[] | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) if (x !== "") q.append(k, x);
  const s = q.toString();
  return s ? `?${s}` : "";
}

const cssString = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/</g, "\\3C ").replace(/\n/g, " ")}"`;

/**
 * Förbund, period and date in the margin of every printed page, and the page
 * number — CSS page-margin boxes, so they repeat however the report breaks.
 */
function printPageCss(vanster: string, hoger: string, sida: string): string {
  const [fore, mellan, efter] = sida.split(/[\u0001\u0002]/);
  const sidnummer = `${cssString(fore ?? "")} counter(page) ${cssString(mellan ?? "")} counter(pages) ${cssString(efter ?? "")}`;
  return `@media print { @page { @top-left { content: ${cssString(vanster)}; font-size: 9pt; color: #175a53; } @top-right { content: ${cssString(hoger)}; font-size: 9pt; color: #4b5563; } @bottom-right { content: ${sidnummer}; font-size: 8pt; color: #4b5563; } @bottom-left { content: ${cssString(vanster)}; font-size: 8pt; color: #4b5563; } } }`;
}
