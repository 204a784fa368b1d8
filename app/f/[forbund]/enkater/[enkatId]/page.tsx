import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireTenant } from "@/lib/auth/require-tenant";
import { NotFoundError } from "@/lib/errors";
import { getEnkat } from "@/lib/server/enkat/get-enkat";
import { getLankVal } from "@/lib/server/enkat/get-lank-val";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EnkatStatusBadge } from "@/components/enkat/enkat-status-badge";
import { EnkatStatusKnappar } from "@/components/enkat/enkat-status-knappar";
import { FragaLista } from "@/components/enkat/fraga-lista";
import { LankarForm } from "@/components/enkat/lankar-form";
import { KlientTexter } from "@/components/i18n/klient-texter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("enkat"))("title") };
}

export default async function EnkatPage({ params }: { params: Promise<{ forbund: string; enkatId: string }> }) {
  const { forbund, enkatId } = await params;
  const ctx = await requireTenant(forbund, "enkat:read");
  const enkat = await getEnkat(ctx, enkatId).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const t = await getTranslations("enkat");
  const kanSkriva = can(ctx.roll, "enkat:write");
  const kanLanka = can(ctx.roll, "enkat:lankar");
  const val = kanLanka && enkat.status === "AKTIV" ? await getLankVal(ctx, enkat.insatser.map((i) => i.id)) : null;
  const base = `/f/${ctx.forbundSlug}/enkater`;
  return (
    <KlientTexter ns={["enkat", "enkatLankar"]}>
      <div className="flex flex-col gap-6">
        <div className="no-print flex flex-col gap-2">
          <Link href={base} className="text-sm text-brand-700 underline underline-offset-4">
            {t("tillbaka")}
          </Link>
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h1 className="text-2xl font-bold">{enkat.namn}</h1>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
                <EnkatStatusBadge status={enkat.status} />
                <span>{t(`grupper.${enkat.respondentgrupp}`)}</span>
                <span aria-hidden>·</span>
                <span>{enkat.insatser.length ? enkat.insatser.map((i) => i.namn).join(", ") : t("forbundsniva")}</span>
                <span aria-hidden>·</span>
                <span>{t("versionInfo", { n: enkat.version.nummer })}</span>
              </p>
            </div>
            {kanSkriva ? (
              <div className="flex flex-wrap gap-2">
                <Button asChild variant="outline">
                  <Link href={`${base}/${enkat.id}/redigera`}>{t("redigera")}</Link>
                </Button>
                <EnkatStatusKnappar slug={ctx.forbundSlug} enkatId={enkat.id} status={enkat.status} />
              </div>
            ) : null}
          </div>
          {enkat.beskrivning ? <p className="max-w-prose">{enkat.beskrivning}</p> : null}
          <p className="text-sm">
            {t("siffror", { lankar: enkat.antalLankar, oanvanda: enkat.oanvandaLankar, svar: enkat.antalSvar })}{" "}
            {can(ctx.roll, "enkatresultat:read") ? (
              <Link href={`${base}/${enkat.id}/resultat`} className="font-medium text-brand-700 underline underline-offset-4">
                {t("visaResultat")}
              </Link>
            ) : null}
          </p>
        </div>
        {kanLanka ? (
          <Card>
            <CardTitle className="no-print">{t("lankarRubrik")}</CardTitle>
            <div className="mt-4">
              {enkat.status !== "AKTIV" ? (
                <p className="text-muted">{t("ejAktiv")}</p>
              ) : val && val.insatser.length === 0 && ctx.roll === "VAGLEDARE" ? (
                <p className="text-muted">{t("ingaEgnaInsatser")}</p>
              ) : val ? (
                <LankarForm
                  slug={ctx.forbundSlug}
                  enkatId={enkat.id}
                  enkatNamn={enkat.namn}
                  val={val}
                  forbundsniva={enkat.insatser.length === 0}
                  kanUtanInsats={ctx.roll !== "VAGLEDARE" && enkat.insatser.length === 0}
                />
              ) : null}
            </div>
          </Card>
        ) : null}
        <Card className="no-print">
          <CardTitle>{t("fragorRubrik", { n: enkat.version.nummer })}</CardTitle>
          {enkat.version.last ? <p className="mt-1 text-sm text-muted">{t("lastInfo")}</p> : null}
          <FragaLista fragor={enkat.fragor} />
        </Card>
      </div>
    </KlientTexter>
  );
}
