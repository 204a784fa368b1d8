import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { can } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { getEnkatResultat } from "@/lib/server/enkat-resultat/get-enkat-resultat";
import { enkatResultatFilterSchema } from "@/lib/validation/enkat-resultat";
import { buttonVariants } from "@/components/ui/button";
import { CellText } from "@/components/oversikt/cell-text";
import { FragaKort } from "@/components/enkat-resultat/fraga-kort";
import { EnkatMalForm } from "@/components/enkat-resultat/enkat-mal-form";
import { listInsatser } from "@/lib/server/insats/list-insatser";
import { JamforelseTabell, SvarsfrekvensTabell } from "@/components/enkat-resultat/resultat-tabeller";
import { KlientTexter } from "@/components/i18n/klient-texter";

type Props = { params: Promise<{ forbund: string; enkatId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * One enkät's results. The page receives only what getEnkatResultat lets this
 * role see: styrelse and vägledare get the suppressed view, so no small
 * number or free text reaches their browser.
 */
export default async function EnkatResultatPage({ params, searchParams }: Props) {
  const { forbund, enkatId } = await params;
  const ctx = await requireTenant(forbund, "enkatresultat:read");
  const sp = await searchParams;
  const parsed = enkatResultatFilterSchema.safeParse({ ar: first(sp.ar), insatsId: first(sp.insatsId) });
  const filter = parsed.success ? parsed.data : { ar: null, insatsId: null };
  const r = await getEnkatResultat(ctx, enkatId, filter).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const t = await getTranslations("enkatResultat");
  const base = `/f/${ctx.forbundSlug}/enkater/${enkatId}`;
  const query = new URLSearchParams({ ...(filter.ar ? { ar: String(filter.ar) } : {}), ...(filter.insatsId ? { insatsId: filter.insatsId } : {}) });
  const exportUrl = (format: string) => `${base}/resultat/export?${new URLSearchParams([...query, ["format", format]])}`;
  // Leaders may set a target on a question of the current version, for an insats the enkät applies to.
  const senasteVersion = Math.max(0, ...r.versioner.map((v) => v.nummer));
  const malInsatser = can(ctx.roll, "malsattning:write") ? (r.galler ?? (await listInsatser(ctx)).map((i) => ({ id: i.id, namn: i.namn }))) : null;
  const arVal = [...new Set([...r.svarsfrekvens.map((s) => s.ar), ...(filter.ar ? [filter.ar] : [])])].sort((a, b) => b - a);

  return (
    <KlientTexter ns={["enkatResultat.mal"]}>
      <div className="flex max-w-5xl flex-col gap-6">
        <div>
          {can(ctx.roll, "enkat:read") ? (
            <Link href={base} className="text-sm text-brand-700 underline underline-offset-4">
              {t("tillbaka")}
            </Link>
          ) : null}
          <h1 className="mt-2 text-2xl font-bold">{t("title", { namn: r.enkat.namn })}</h1>
          <p className="mt-1 text-muted">{t("respondentgrupp", { grupp: t(`grupper.${r.enkat.respondentgrupp}`) })}</p>
          <p className="mt-1 max-w-3xl text-sm text-muted">{t("intro")}</p>
          <p className="mt-2 max-w-3xl rounded-md bg-gray-50 p-3 text-sm">{r.undertryckt ? t("undertryckt", { min: r.minCell }) : t("exakt")}</p>
        </div>

        <form method="get" action={`${base}/resultat`} className="flex flex-wrap items-end gap-4 print:hidden" aria-label={t("filter.rubrik")}>
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-ar" className="text-sm font-medium">{t("filter.ar")}</label>
            <select id="filter-ar" name="ar" defaultValue={filter.ar ?? ""} className="min-h-10 rounded-md border border-gray-300 bg-white px-3 py-2 text-sm">
              <option value="">{t("filter.allaAr")}</option>
              {arVal.map((a) => (
                <option key={a} value={a}>{a}</option>
              ))}
            </select>
          </div>
          {r.insatser.length > 0 ? (
            <div className="flex flex-col gap-1">
              <label htmlFor="filter-insats" className="text-sm font-medium">{t("filter.insats")}</label>
              <select id="filter-insats" name="insatsId" defaultValue={filter.insatsId ?? ""} className="min-h-10 rounded-md border border-gray-300 bg-white px-3 py-2 text-sm">
                <option value="">{t("filter.allaInsatser")}</option>
                {r.insatser.map((i) => (
                  <option key={i.id} value={i.id}>{i.namn}</option>
                ))}
              </select>
            </div>
          ) : null}
          <button type="submit" className={buttonVariants({ variant: "outline" })}>{t("filter.visa")}</button>
          {parsed.success ? null : <p role="alert" className="text-sm text-warn">{t("filter.ogiltigt")}</p>}
        </form>

        {can(ctx.roll, "export:create") ? (
          <div className="flex flex-wrap items-center gap-2 print:hidden">
            <span className="text-sm font-medium">{t("export.rubrik")}:</span>
            <a href={exportUrl("csv")} className={buttonVariants({ variant: "outline", size: "sm" })} download>{t("export.csv")}</a>
            <a href={exportUrl("xlsx")} className={buttonVariants({ variant: "outline", size: "sm" })} download>{t("export.xlsx")}</a>
            <a href={exportUrl("nationell")} className={buttonVariants({ variant: "outline", size: "sm" })} download>{t("export.nationell")}</a>
            <span className="text-sm text-muted">{t("export.info")}</span>
          </div>
        ) : null}

        <section className="flex flex-col gap-2" aria-labelledby="svarsfrekvens">
          <h2 id="svarsfrekvens" className="text-xl font-semibold">{t("svarsfrekvens.rubrik")}</h2>
          <SvarsfrekvensTabell r={r} />
        </section>

        {r.versioner.every((v) => v.perAr.length === 0) ? <p className="text-muted">{t("ingaSvar")}</p> : null}
        {[...r.versioner].reverse().map((v) =>
          v.perAr.length === 0 ? null : (
            <section key={v.versionId} className="flex flex-col gap-4" aria-labelledby={`version-${v.nummer}`}>
              <h2 id={`version-${v.nummer}`} className="text-xl font-semibold">
                {t("version", { n: v.nummer })} <span className="text-base font-normal text-muted">· {t("antalSvar")}: <CellText cell={v.antalSvar} min={r.minCell} /></span>
              </h2>
              {[...v.perAr].reverse().map((p, i) => {
                const rubrik = (
                  <>
                    {p.ar} <span className="text-base font-normal text-muted">· {t("antalSvar")}: <CellText cell={p.antalSvar} min={r.minCell} /></span>
                  </>
                );
                // A year with too few answers to show anything is one sentence, not a page of empty charts.
                const innehall =
                  typeof p.antalSvar === "number" ? (
                    <div className="grid gap-4 md:grid-cols-2">
                      {p.fragor.map((f) => (
                        <FragaKort
                          key={f.fragaId}
                          f={f}
                          ar={p.ar}
                          min={r.minCell}
                          mal={
                            malInsatser && i === 0 && v.nummer === senasteVersion && f.typ !== "FRITEXT" ? (
                              <EnkatMalForm
                                slug={ctx.forbundSlug}
                                enkatId={enkatId}
                                insatser={malInsatser}
                                fraga={{ id: f.fragaId, ordning: f.ordning, typ: f.typ, svar: f.fordelning.map((d) => ({ varde: d.varde, etikett: f.typ === "JA_NEJ" ? t(d.varde === "JA" ? "ja" : "nej") : d.etikett })), min: f.typ === "SKALA" ? Number(f.fordelning[0]?.varde ?? 0) : null }}
                              />
                            ) : undefined
                          }
                        />
                      ))}
                    </div>
                  ) : (
                    <p className="text-sm text-muted">{t("forFaSvar", { min: r.minCell })}</p>
                  );
                // The latest year is open; earlier years are one click away (the comparison below has them side by side).
                return i === 0 ? (
                  <div key={p.ar} className="flex flex-col gap-3">
                    <h3 className="text-lg font-semibold">{rubrik}</h3>
                    {innehall}
                  </div>
                ) : (
                  <details key={p.ar} className="flex flex-col gap-3 rounded-lg border border-gray-200 p-3">
                    <summary className="cursor-pointer text-lg font-semibold">{rubrik}</summary>
                    <div className="mt-3">{innehall}</div>
                  </details>
                );
              })}
              <JamforelseTabell v={v} min={r.minCell} />
            </section>
          ),
        )}
      </div>
    </KlientTexter>
  );
}
