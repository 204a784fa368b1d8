import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MittArbete } from "@/lib/server/inskrivning/get-mitt-arbete";
import { Card } from "@/components/ui/card";
import { AktivaTabell, UppfoljningTabell } from "./mitt-arbete-tabeller";

type Insats = MittArbete["insatser"][number];

/** One assigned insats on the vägledare's start page: active deltagare, follow-ups to make, data gaps. */
export async function MittArbeteInsats({ slug, insats, matvariabelNamn }: { slug: string; insats: Insats; matvariabelNamn: Record<string, string> }) {
  const t = await getTranslations("arbetslista");
  const base = `/f/${slug}/insatser/${insats.id}/inskrivningar`;
  const href = (inskrivningId: string) => `${base}/${inskrivningId}`;
  const u = insats.uppfoljning;
  const rubrik = `insats-${insats.id}`;
  return (
    <Card aria-labelledby={rubrik} className="flex flex-col gap-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={rubrik} className="text-xl font-semibold">
          {insats.namn}
        </h2>
        <Link href={`/f/${slug}/insatser/${insats.id}`} className="text-sm text-brand-700 underline underline-offset-4">
          {t("oppnaInsats", { namn: insats.namn })}
        </Link>
      </div>

      <section aria-labelledby={`${rubrik}-aktiva`}>
        <h3 id={`${rubrik}-aktiva`} className="text-base font-semibold">
          {t("aktivaHeading", { antal: insats.aktiva.length })}
        </h3>
        {insats.aktiva.length === 0 ? (
          <p className="mt-1 text-sm text-muted">{t("ingaAktiva")}</p>
        ) : (
          <div className="mt-2">
            <AktivaTabell base={base} rader={insats.aktiva} caption={t("aktivaHeading", { antal: insats.aktiva.length })} />
          </div>
        )}
      </section>

      <section aria-labelledby={`${rubrik}-uppf`}>
        <h3 id={`${rubrik}-uppf`} className="text-base font-semibold">
          {t("uppfoljningHeading", { antal: u.arbetslista.length })}
        </h3>
        <p className="mt-1 text-sm text-muted">{t("uppfoljningSummering", { gjorda: u.gjorda, ejNadd: u.ejNadd, forsenade: u.forsenade, aktuella: u.aktuella })}</p>
        {u.arbetslista.length > 0 ? (
          <div className="mt-2">
            <UppfoljningTabell base={base} rader={u.arbetslista} caption={t("uppfoljningHeading", { antal: u.arbetslista.length })} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby={`${rubrik}-luckor`}>
        <h3 id={`${rubrik}-luckor`} className="text-base font-semibold">
          {t("luckorHeading")}
        </h3>
        {insats.luckor.length === 0 ? (
          <p className="mt-1 text-sm text-muted">{t("ingaLuckor")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {insats.luckor.map((l) => (
              <li key={`${l.typ}-${l.variabel ?? ""}`}>
                <details>
                  <summary className="cursor-pointer">
                    <span className="font-medium">{t(`lucka.${l.typ}`, { antal: l.inskrivningar.length, variabel: l.variabel ? (matvariabelNamn[l.variabel] ?? l.variabel) : "" })}</span>
                  </summary>
                  <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 pl-4">
                    {l.inskrivningar.slice(0, 100).map((i) => (
                      <li key={i.id}>
                        <Link href={href(i.id)} className="text-brand-700 underline underline-offset-4">
                          {i.kod}
                        </Link>
                      </li>
                    ))}
                    {l.inskrivningar.length > 100 ? <li className="text-muted">{t("ochFler", { antal: l.inskrivningar.length - 100 })}</li> : null}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Card>
  );
}
