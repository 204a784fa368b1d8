import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { listMedlemmar } from "@/lib/server/medlem/list-medlemmar";
import { getInsats } from "@/lib/server/insats/get-insats";
import { NotFoundError } from "@/lib/errors";
import { InsatsForm } from "@/components/insats/insats-form";
import { KlientTexter } from "@/components/i18n/klient-texter";

export default async function RedigeraInsatsPage({ params }: { params: Promise<{ forbund: string; insatsId: string }> }) {
  const { forbund, insatsId } = await params;
  const ctx = await requireTenant(forbund, "insats:write");
  const insats = await getInsats(ctx, insatsId).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const t = await getTranslations("insatsForm");
  const locale = (await getLocale()) as "sv" | "en";
  return (
    <KlientTexter ns={["insatsForm"]}>
      <div className="flex max-w-3xl flex-col gap-6">
        <h1 className="text-2xl font-bold">{t("editTitle", { namn: insats.namn })}</h1>
        <InsatsForm
          slug={ctx.forbundSlug}
          medlemmar={await listMedlemmar(ctx)}
          locale={locale}
          defaults={{
            id: insats.id,
            version: insats.version,
            namn: insats.namn,
            insatstyp: insats.insatstyp,
            status: insats.status,
            matningsmetod: insats.matningsmetod,
            esfFinansierad: insats.esfFinansierad,
            startdatum: insats.startdatum,
            slutdatum: insats.slutdatum ?? "",
            malgrupp: insats.malgrupp,
            syfte: insats.syfte,
            preciseradInriktning: insats.preciseradInriktning,
            utforareMedlemId: insats.utforare?.id ?? "",
            puaMedlemId: insats.pua?.id ?? "",
            bitradesavtalDatum: insats.bitradesavtalDatum ?? "",
            kontaktperson: insats.kontaktperson,
            kontaktEpost: insats.kontaktEpost ?? "",
            planeradeDeltagare: insats.planeradeDeltagare,
            planeradeDeltagarePer: insats.planeradeDeltagarePer,
          }}
        />
      </div>
    </KlientTexter>
  );
}
