import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/auth/require-tenant";
import { NotFoundError } from "@/lib/errors";
import { getEnkat } from "@/lib/server/enkat/get-enkat";
import { getEnkatFormData } from "@/lib/server/enkat/get-enkat-form-data";
import { EnkatForm } from "@/components/enkat/enkat-form";
import { KlientTexter } from "@/components/i18n/klient-texter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("enkatForm"))("redigeraTitel") };
}

export default async function RedigeraEnkatPage({ params }: { params: Promise<{ forbund: string; enkatId: string }> }) {
  const { forbund, enkatId } = await params;
  const ctx = await requireTenant(forbund, "enkat:write");
  const enkat = await getEnkat(ctx, enkatId).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const data = await getEnkatFormData(ctx);
  const t = await getTranslations("enkatForm");
  const values = {
    namn: enkat.namn,
    beskrivning: enkat.beskrivning,
    respondentgrupp: enkat.respondentgrupp,
    insatsIds: enkat.insatser.map((i) => i.id),
    fragor: enkat.fragor.map((f) => ({
      text: f.text,
      hjalptext: f.hjalptext,
      typ: f.typ,
      obligatorisk: f.obligatorisk,
      skalaMin: f.skalaMin,
      skalaMax: f.skalaMax,
      etikettMin: f.etikettMin ?? "",
      etikettMax: f.etikettMax ?? "",
      alternativ: f.alternativ.join("\n"),
      matvariabelId: f.matvariabelId ?? "",
    })),
  };
  return (
    <KlientTexter ns={["enkatForm"]}>
      <div className="flex max-w-3xl flex-col gap-6">
        <div>
          <Link href={`/f/${ctx.forbundSlug}/enkater/${enkat.id}`} className="text-sm text-brand-700 underline underline-offset-4">
            {t("tillbakaTill", { namn: enkat.namn })}
          </Link>
          <h1 className="mt-2 text-2xl font-bold">{t("redigeraTitel")}</h1>
        </div>
        <EnkatForm
          slug={ctx.forbundSlug}
          insatser={data.insatser}
          matvariabler={data.matvariabler}
          existing={{ id: enkat.id, values, versionNummer: enkat.version.nummer, last: enkat.version.last }}
        />
      </div>
    </KlientTexter>
  );
}
