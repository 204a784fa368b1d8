import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrowLeft, TriangleAlert } from "lucide-react";
import { requireTenant } from "@/lib/auth/require-tenant";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { getSusSammanstallning, type SusVy } from "@/lib/server/sus/get-sus-sammanstallning";
import { susTabeller } from "@/lib/domain/export/sus-tabeller";
import { susFilterInput } from "@/lib/validation/sus";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Button } from "@/components/ui/button";
import { ExportAllaKnapp } from "@/components/export/export-knappar";
import { TabellVy } from "@/components/export/tabell-vy";

type Props = { params: Promise<{ forbund: string; insatsId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The SUS summary of one insats. Styrelse receive only the suppressed view
 * model (getSusSammanstallning suppresses on the server); the tables on the
 * page and in the files are the same objects (susTabeller).
 */
export default async function SusPage({ params, searchParams }: Props) {
  const { forbund, insatsId } = await params;
  const ctx = await requireTenant(forbund, "resultat:read");
  const locale = (await getLocale()) as "sv" | "en";
  const input = susFilterInput(await searchParams);
  const load = (filter: unknown) =>
    getSusSammanstallning(ctx, insatsId, filter).catch((e) => {
      if (e instanceof NotFoundError) notFound();
      if (e instanceof ForbiddenError) forbidden();
      throw e;
    });
  let fieldErrors: Record<string, string[]> | undefined;
  let s: SusVy;
  try {
    s = await load(input);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    fieldErrors = e.fieldErrors ?? {};
    s = await load({});
  }
  const t = await getTranslations("sus");
  const te = await getTranslations("export");
  const sida = `/f/${ctx.forbundSlug}/insatser/${insatsId}`;
  const exportBase = `/api/f/${ctx.forbundSlug}/insatser/${insatsId}/sus/export`;
  const query = fieldErrors ? "" : new URLSearchParams(Object.entries(s.filter).filter(([, v]) => v !== undefined) as [string, string][]).toString();
  const tabeller = susTabeller(s.sammanstallning, locale);
  const tom = typeof s.sammanstallning["alder-kon"].totalt === "number" && s.sammanstallning["alder-kon"].totalt === 0;
  const shown = (v: unknown) => (typeof v === "string" ? v : "");

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <Link href={sida} className="inline-flex w-fit items-center gap-1 text-sm text-brand-700 hover:underline">
          <ArrowLeft aria-hidden className="h-4 w-4" />
          {t("tillbaka", { namn: s.insats.namn })}
        </Link>
        <h1 className="text-2xl font-bold">{t("title", { namn: s.insats.namn })}</h1>
        <p className="max-w-3xl text-sm text-muted">{t("intro")}</p>
        <p className="max-w-3xl text-sm text-muted">{t("raknas")}</p>
      </div>

      <form method="get" action={`${sida}/sus`} className="flex flex-wrap items-start gap-4 rounded-lg border border-gray-200 bg-white p-4">
        <div className="w-44">
          <Field id="sus-fran" label={t("fran")} error={fieldErrors?.fran?.[0]}>
            {(aria) => <Input type="date" name="fran" defaultValue={shown(input.fran)} {...aria} />}
          </Field>
        </div>
        <div className="w-44">
          <Field id="sus-till" label={t("till")} error={fieldErrors?.till?.[0]}>
            {(aria) => <Input type="date" name="till" defaultValue={shown(input.till)} {...aria} />}
          </Field>
        </div>
        <div className="flex gap-2 pt-[26px]">
          <Button type="submit">{t("visa")}</Button>
          <Button asChild variant="ghost">
            <Link href={`${sida}/sus`}>{t("rensa")}</Link>
          </Button>
        </div>
        <p className="basis-full text-xs text-muted">{t("filterHint")}</p>
      </form>
      {fieldErrors ? (
        <p role="alert" className="flex items-center gap-2 rounded-md border border-bad bg-bad-bg p-3 text-sm text-bad">
          <TriangleAlert aria-hidden className="h-4 w-4 shrink-0" />
          {t("filterFel")}
        </p>
      ) : null}

      <div className="flex flex-wrap items-end justify-between gap-3">
        <p className="text-sm font-medium">{t("period", { fran: s.period.fran, till: s.period.till })}</p>
        <ExportAllaKnapp base={exportBase} query={query} />
      </div>
      {s.undertryckt ? (
        <div className="flex flex-col gap-1 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm text-brand-800">
          <p>{t("undertryckt", { min: s.minCell })}</p>
          <p>{te("nollRegel", { min: s.minCell })}</p>
        </div>
      ) : null}
      {s.insats.matningsmetod === "VOLYM" ? <p className="rounded-lg border border-dashed border-gray-300 bg-white p-4 text-muted">{t("volym")}</p> : tom ? <p className="rounded-lg border border-dashed border-gray-300 bg-white p-4 text-muted">{t("tom")}</p> : null}

      <div className="grid gap-5 xl:grid-cols-2">
        {tabeller.map((tab) => (
          <div key={tab.id} className={tab.id === "forsorjning" || tab.id === "sysselsattning" ? "xl:col-span-2" : undefined}>
            <TabellVy tabell={tab} min={s.minCell} exportBase={exportBase} query={query} />
          </div>
        ))}
      </div>
    </div>
  );
}
