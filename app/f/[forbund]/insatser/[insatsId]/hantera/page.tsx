import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { getInsats } from "@/lib/server/insats/get-insats";
import { listMedlemmar } from "@/lib/server/medlem/list-medlemmar";
import { listVagledareKandidater } from "@/lib/server/insats/list-vagledare-kandidater";
import { NotFoundError } from "@/lib/errors";
import { budgetKategori, finansieringKalla } from "@/lib/domain/kodlistor";
import { gruppSlutdatum } from "@/lib/domain/insats/grupp-period";
import { summaKronor } from "@/lib/domain/insats/budget-use";
import { deleteGruppAction } from "@/lib/actions/insats/grupp";
import { deleteEkonomiPostAction } from "@/lib/actions/insats/ekonomi";
import { Card, CardTitle } from "@/components/ui/card";
import { GruppForm } from "@/components/insats-detaljer/grupp-form";
import { VagledareForm } from "@/components/insats-detaljer/vagledare-form";
import { BudgetForm } from "@/components/insats-detaljer/budget-form";
import { FinansieringForm } from "@/components/insats-detaljer/finansiering-form";
import { UtfallForm } from "@/components/insats-detaljer/utfall-form";
import { AvslutaInsats } from "@/components/insats-detaljer/avsluta-insats";
import { RowsTable } from "@/components/insats-detaljer/rows-table";
import { BudgetUseCard } from "@/components/insats-detaljer/budget-use-card";
import { visaDatum } from "@/lib/domain/visa-datum";
import { KlientTexter } from "@/components/i18n/klient-texter";

export default async function HanteraInsatsPage({ params }: { params: Promise<{ forbund: string; insatsId: string }> }) {
  const { forbund, insatsId } = await params;
  const ctx = await requireTenant(forbund, "insats:write");
  const [insats, medlemmar, kandidater] = await Promise.all([getInsats(ctx, insatsId), listMedlemmar(ctx), listVagledareKandidater(ctx)]).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const t = await getTranslations("insatsDetaljer");
  const locale = (await getLocale()) as "sv" | "en";
  const format = await getFormatter();
  const date = visaDatum;
  const kr = (n: number) => format.number(n, { style: "currency", currency: "SEK" });
  const month = (m: number | null) => (m === null ? t("ekonomi.helaAret") : format.dateTime(new Date(Date.UTC(2000, m - 1, 1)), { month: "long", timeZone: "UTC" }));
  const slug = ctx.forbundSlug;
  const base = `/f/${slug}/insatser/${insats.id}`;
  const defaultAr = Number((insats.startdatum > new Date().toISOString() ? insats.startdatum : new Date().toISOString()).slice(0, 4));
  const remove = (typ: "budget" | "finansiering" | "utfall", id: string) => deleteEkonomiPostAction.bind(null, slug, insats.id, typ, id);

  return (
    <KlientTexter ns={["insatsDetaljer"]}>
      <div className="flex max-w-5xl flex-col gap-6">
        <div>
          <Link href={base} className="text-sm text-brand-700 underline underline-offset-4">
            {t("back", { namn: insats.namn })}
          </Link>
          <h1 className="mt-2 text-2xl font-bold">
            {t("title")}: {insats.namn}
          </h1>
          <p className="mt-1 text-muted">{t("intro")}</p>
          <p className="mt-1 text-sm">{t("period", { start: date(insats.startdatum), slut: insats.slutdatum ? date(insats.slutdatum) : t("openEnd") })}</p>
        </div>

        <Card aria-labelledby="grupper-title" className="flex flex-col gap-4">
          <CardTitle id="grupper-title">{t("groups.title")}</CardTitle>
          <RowsTable
            caption={t("groups.caption")}
            headers={[t("groups.colNamn"), t("groups.colPeriod"), t("groups.colPlanned")]}
            empty={t("groups.empty")}
            numeric={[2]}
            rows={insats.grupper.map((g) => ({
              key: g.id,
              label: g.namn,
              cells: [g.namn, t("groups.line", { start: date(g.startdatum), slut: date(gruppSlutdatum(g.startdatum, g.veckor)), veckor: g.veckor }), g.planeradStorlek ?? "–"],
              onDelete: deleteGruppAction.bind(null, slug, insats.id, g.id),
            }))}
          />
          {insats.grupper.map((g) => (
            <details key={g.id} className="rounded-md border border-gray-200 p-3">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("groups.edit", { namn: g.namn })}</summary>
              <div className="mt-3">
                <GruppForm slug={slug} insatsId={insats.id} grupp={g} />
              </div>
            </details>
          ))}
          <GruppForm slug={slug} insatsId={insats.id} />
        </Card>

        <Card aria-labelledby="vagledare-title" className="flex flex-col gap-3">
          <CardTitle id="vagledare-title">{t("vagledare.title")}</CardTitle>
          <VagledareForm slug={slug} insatsId={insats.id} version={insats.version} kandidater={kandidater} valda={insats.vagledare.map((v) => v.id)} />
        </Card>

        <section aria-labelledby="ekonomi-title" className="flex flex-col gap-4">
          <h2 id="ekonomi-title" className="text-xl font-semibold">
            {t("ekonomi.title")}
          </h2>
          <BudgetUseCard insats={insats} />
          <Card aria-labelledby="budget-title" className="flex flex-col gap-4">
            <CardTitle id="budget-title">{t("ekonomi.budgetTitle")}</CardTitle>
            <RowsTable
              caption={t("ekonomi.budgetTitle")}
              headers={[t("ekonomi.ar"), t("ekonomi.kategori"), t("ekonomi.beskrivning"), t("ekonomi.belopp")]}
              empty={t("ekonomi.budgetEmpty")}
              numeric={[3]}
              rows={insats.budgetposter.map((b) => ({
                key: b.id,
                label: `${b.ar} ${budgetKategori.label(b.kategori, locale)} ${kr(b.belopp)}`,
                cells: [b.ar, budgetKategori.label(b.kategori, locale), b.beskrivning, kr(b.belopp)],
                onDelete: remove("budget", b.id),
              }))}
              footer={[t("ekonomi.sum"), "", "", kr(summaKronor(insats.budgetposter))]}
            />
            <BudgetForm slug={slug} insatsId={insats.id} defaultAr={defaultAr} />
          </Card>
          <Card aria-labelledby="finansiering-title" className="flex flex-col gap-4">
            <CardTitle id="finansiering-title">{t("ekonomi.finansieringTitle")}</CardTitle>
            <RowsTable
              caption={t("ekonomi.finansieringTitle")}
              headers={[t("ekonomi.ar"), t("ekonomi.kalla"), t("ekonomi.belopp")]}
              empty={t("ekonomi.finansieringEmpty")}
              numeric={[2]}
              rows={insats.finansieringar.map((f) => {
                const kalla = f.medlemNamn ? `${finansieringKalla.label(f.kalla, locale)}: ${f.medlemNamn}` : finansieringKalla.label(f.kalla, locale);
                return { key: f.id, label: `${f.ar} ${kalla} ${kr(f.belopp)}`, cells: [f.ar, kalla, kr(f.belopp)], onDelete: remove("finansiering", f.id) };
              })}
              footer={[t("ekonomi.sum"), "", kr(summaKronor(insats.finansieringar))]}
            />
            <FinansieringForm slug={slug} insatsId={insats.id} defaultAr={defaultAr} medlemmar={medlemmar.map(({ id, namn }) => ({ id, namn }))} />
          </Card>
          <Card aria-labelledby="utfall-title" className="flex flex-col gap-4">
            <CardTitle id="utfall-title">{t("ekonomi.utfallTitle")}</CardTitle>
            <RowsTable
              caption={t("ekonomi.utfallTitle")}
              headers={[t("ekonomi.ar"), t("ekonomi.manad"), t("ekonomi.kategori"), t("ekonomi.beskrivning"), t("ekonomi.belopp")]}
              empty={t("ekonomi.utfallEmpty")}
              numeric={[4]}
              rows={insats.utfall.map((u) => ({
                key: u.id,
                label: `${u.ar} ${month(u.manad)} ${budgetKategori.label(u.kategori, locale)} ${kr(u.belopp)}`,
                cells: [u.ar, month(u.manad), budgetKategori.label(u.kategori, locale), u.beskrivning, kr(u.belopp)],
                onDelete: remove("utfall", u.id),
              }))}
              footer={[t("ekonomi.sum"), "", "", "", kr(summaKronor(insats.utfall))]}
            />
            <UtfallForm slug={slug} insatsId={insats.id} defaultAr={defaultAr} />
          </Card>
        </section>

        <Card aria-labelledby="avsluta-title" className="flex flex-col gap-3">
          <CardTitle id="avsluta-title">{t("close.title")}</CardTitle>
          {insats.status === "AVSLUTAD" ? (
            <p className="text-sm">{t("close.alreadyClosed")}</p>
          ) : (
            <AvslutaInsats slug={slug} insatsId={insats.id} namn={insats.namn} version={insats.version} slutdatum={insats.slutdatum} />
          )}
        </Card>
      </div>
    </KlientTexter>
  );
}
