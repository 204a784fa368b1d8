import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TriangleAlert } from "lucide-react";
import type { MittArbete } from "@/lib/server/inskrivning/get-mitt-arbete";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { UppfoljningLageBadge } from "./uppfoljning-lage-badge";

const VISA_HOGST = 25;

type Insats = MittArbete["insatser"][number];

/** One assigned insats on the vägledare's start page: active deltagare, follow-ups to make, data gaps. */
export async function MittArbeteInsats({ slug, insats, matvariabelNamn }: { slug: string; insats: Insats; matvariabelNamn: Record<string, string> }) {
  const t = await getTranslations("arbetslista");
  const href = (inskrivningId: string) => `/f/${slug}/insatser/${insats.id}/inskrivningar/${inskrivningId}`;
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
          <table className="mt-2 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-gray-200">
                <th scope="col" className="py-1.5 pr-3 font-semibold">{t("kod")}</th>
                <th scope="col" className="py-1.5 pr-3 font-semibold">{t("kon")}</th>
                <th scope="col" className="py-1.5 pr-3 font-semibold">{t("startdatum")}</th>
                <th scope="col" className="py-1.5 pr-3 font-semibold">{t("underlag")}</th>
              </tr>
            </thead>
            <tbody>
              {insats.aktiva.map((a) => (
                <tr key={a.id} className="border-b border-gray-100">
                  <td className="py-1.5 pr-3">
                    <Link href={href(a.id)} className="font-medium text-brand-700 underline underline-offset-4">
                      {a.kod}
                    </Link>
                  </td>
                  <td className="py-1.5 pr-3">{t(`konLabel.${a.kon}`)}</td>
                  <td className="py-1.5 pr-3">{a.startdatum}</td>
                  <td className="py-1.5 pr-3">
                    {a.saknarStart ? (
                      <Badge tone="warn">
                        <TriangleAlert aria-hidden className="h-3.5 w-3.5" />
                        {t("saknarStart")}
                      </Badge>
                    ) : (
                      t("komplett")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby={`${rubrik}-uppf`}>
        <h3 id={`${rubrik}-uppf`} className="text-base font-semibold">
          {t("uppfoljningHeading", { antal: u.arbetslista.length })}
        </h3>
        <p className="mt-1 text-sm text-muted">{t("uppfoljningSummering", { gjorda: u.gjorda, ejNadd: u.ejNadd, forsenade: u.forsenade, aktuella: u.aktuella })}</p>
        {u.arbetslista.length > 0 ? (
          <>
            <table className="mt-2 w-full text-left text-sm">
              <thead>
                <tr className="border-b border-gray-200">
                  <th scope="col" className="py-1.5 pr-3 font-semibold">{t("kod")}</th>
                  <th scope="col" className="py-1.5 pr-3 font-semibold">{t("avslutad")}</th>
                  <th scope="col" className="py-1.5 pr-3 font-semibold">{t("forfaller")}</th>
                  <th scope="col" className="py-1.5 pr-3 font-semibold">{t("lage")}</th>
                </tr>
              </thead>
              <tbody>
                {u.arbetslista.slice(0, VISA_HOGST).map((p) => (
                  <tr key={p.id} className="border-b border-gray-100">
                    <td className="py-1.5 pr-3">
                      <Link href={href(p.id)} className="font-medium text-brand-700 underline underline-offset-4">
                        {p.kod}
                      </Link>
                    </td>
                    <td className="py-1.5 pr-3">{p.avslutsdatum}</td>
                    <td className="py-1.5 pr-3">{p.forfaller}</td>
                    <td className="py-1.5 pr-3">
                      <UppfoljningLageBadge lage={p.lage} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {u.arbetslista.length > VISA_HOGST ? <p className="mt-1 text-xs text-muted">{t("visarAv", { visade: VISA_HOGST, antal: u.arbetslista.length })}</p> : null}
          </>
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
