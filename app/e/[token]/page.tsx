import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { clientIpFrom } from "@/lib/domain/security/client-ip";
import { getEnkatForToken } from "@/lib/server/enkat/get-enkat-for-token";
import { SprakVal } from "@/components/enkat/sprak-val";
import { SvarForm } from "@/components/enkat/svar-form";
import { KlientTexter } from "@/components/i18n/klient-texter";

// Public: the token is the only credential. Never cached, never indexed.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("enkatSvar"))("titel"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function EnkatSvarPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("enkatSvar");
  const ip = clientIpFrom((await headers()).get("x-forwarded-for"), Number(process.env.TRUSTED_PROXY_HOPS ?? 1));
  const lage = await getEnkatForToken(token, ip);
  return (
    <KlientTexter ns={["enkatSvar"]}>
      <main id="innehall" className="mx-auto flex min-h-screen w-full max-w-2xl flex-col gap-6 bg-white px-4 py-6 sm:px-6">
        <div className="flex justify-end">
          <SprakVal />
        </div>
        {lage.status === "ok" ? (
          <>
            <header className="flex flex-col gap-2">
              <p className="text-sm text-muted">{lage.forbundNamn}</p>
              <h1 className="text-2xl font-bold">{lage.namn}</h1>
              {lage.beskrivning ? <p>{lage.beskrivning}</p> : null}
            </header>
            <section aria-labelledby="om-svaret" className="rounded-md border border-brand-700/30 bg-brand-50 p-4 text-sm">
              <h2 id="om-svaret" className="mb-1 font-semibold">
                {t("omSvaretRubrik")}
              </h2>
              <p>{lage.kopplad ? t("omSvaretKopplad") : t("omSvaretAnonym")}</p>
              <p className="mt-2">{t("frivilligt")}</p>
            </section>
            <SvarForm token={token} fragor={lage.fragor} kopplad={lage.kopplad} />
          </>
        ) : (
          <div role="alert" className="flex flex-col gap-2 rounded-md border border-gray-300 p-5">
            <h1 className="text-xl font-bold">{t(`fel.${lage.status}.rubrik`)}</h1>
            <p>{lage.status === "blockerad" ? t("fel.blockerad.text", { minuter: lage.minuter }) : t(`fel.${lage.status}.text`)}</p>
          </div>
        )}
      </main>
    </KlientTexter>
  );
}
