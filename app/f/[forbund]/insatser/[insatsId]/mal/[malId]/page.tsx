import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { getMalsattning, getMalsattningFormData } from "@/lib/server/malsattning/get-malsattning-form-data";
import { todayIso } from "@/lib/server/dates";
import { NotFoundError } from "@/lib/errors";
import { describeMalsattning } from "@/lib/domain/goals/describe";
import { malDefinitionSchema } from "@/lib/domain/goals/definition";
import { Card } from "@/components/ui/card";
import { MalsattningForm } from "@/components/malsattning/malsattning-form";
import { KvalitativStatusForm } from "@/components/malsattning/kvalitativ-status-form";
import { KvalitativHistorik } from "@/components/malsattning/kvalitativ-historik";
import { DeleteMalsattningButton } from "@/components/malsattning/delete-malsattning-button";
import { KlientTexter } from "@/components/i18n/klient-texter";

export default async function MalPage({ params }: { params: Promise<{ forbund: string; insatsId: string; malId: string }> }) {
  const { forbund, insatsId, malId } = await params;
  const ctx = await requireTenant(forbund, "malsattning:write");
  const [data, mal] = await Promise.all([getMalsattningFormData(ctx, insatsId), getMalsattning(ctx, insatsId, malId)]).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const t = await getTranslations("malForm");
  const locale = (await getLocale()) as "sv" | "en";
  // A definition stored before a schema change may no longer parse: the form then starts empty.
  const parsed = malDefinitionSchema.safeParse(mal.definition);
  const definition = parsed.success ? parsed.data : undefined;
  const mening = definition
    ? describeMalsattning(definition, { locale, matvariabelNamn: (k) => data.matvariabler.find((m) => m.kod === k)?.namn ?? k, matvariabelTyp: (k) => data.matvariabler.find((m) => m.kod === k)?.typ })
    : mal.text;
  // A qualitative target's sentence is generic; its own words say which target it is.
  const rubrik = definition?.typ === "KVALITATIV" && mal.text ? mal.text : mening;
  const base = `/f/${ctx.forbundSlug}/insatser/${data.insats.id}`;
  return (
    <KlientTexter ns={["malForm"]}>
      <div className="flex max-w-4xl flex-col gap-6">
        <div>
          <Link href={base} className="text-sm text-brand-700 underline underline-offset-4">
            {t("back", { namn: data.insats.namn })}
          </Link>
          <div className="mt-2 flex flex-wrap items-start justify-between gap-3">
            <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
            <DeleteMalsattningButton slug={ctx.forbundSlug} insatsId={data.insats.id} malsattningId={mal.id} mening={rubrik} />
          </div>
          <p className="mt-1 text-muted">{rubrik}</p>
        </div>
        {definition?.typ === "KVALITATIV" ? (
          <Card className="flex flex-col gap-6">
            <KvalitativStatusForm slug={ctx.forbundSlug} insatsId={data.insats.id} malsattningId={mal.id} current={mal.kvalitativStatus} today={todayIso()} locale={locale} />
            <KvalitativHistorik poster={mal.statushistorik} />
          </Card>
        ) : null}
        {parsed.success ? null : <p className="rounded-md bg-warn-bg p-3 text-sm text-warn">{t("unparsable")}</p>}
        {/* An enkät target has no fields in this form: saving it here would turn it into another kind of target. */}
        {definition?.typ === "ENKAT" ? (
          <p className="rounded-md bg-gray-50 p-3 text-sm">{t("enkatMal")}</p>
        ) : (
          <MalsattningForm
            slug={ctx.forbundSlug}
            insats={data.insats}
            matvariabler={data.matvariabler}
            antalGrupper={data.grupper.length}
            locale={locale}
            existing={{ id: mal.id, version: mal.version, kategori: mal.kategori, text: mal.text, definition }}
          />
        )}
      </div>
    </KlientTexter>
  );
}
