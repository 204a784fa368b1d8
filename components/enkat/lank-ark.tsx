"use client";
import { useTranslations } from "next-intl";
import { Printer } from "lucide-react";
import { Button } from "@/components/ui/button";

export type LankArkData = { enkatNamn: string; giltigTill: string; lankar: { url: string; qr: string }[] };

/** The links just created, each with its QR code: printed, one card per respondent. Shown only now — only hashes are kept. */
export function LankArk({ data, locale }: { data: LankArkData; locale: string }) {
  const t = useTranslations("enkatLankar");
  const giltigTill = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "sv-SE", { dateStyle: "long", timeZone: "Europe/Stockholm" }).format(new Date(data.giltigTill));
  return (
    <section aria-labelledby="lank-ark-rubrik" className="flex flex-col gap-4" data-print-report>
      <div className="no-print flex flex-col gap-3 rounded-md border border-warn bg-warn-bg p-4" role="status">
        <h2 id="lank-ark-rubrik" className="font-semibold">
          {t("skapadeRubrik", { n: data.lankar.length })}
        </h2>
        <p className="text-sm text-gray-900">{t("visasEnGang")}</p>
        <div>
          <Button type="button" onClick={() => window.print()}>
            <Printer aria-hidden className="h-4 w-4" /> {t("skrivUt")}
          </Button>
        </div>
      </div>
      <ol className="grid gap-4 sm:grid-cols-2" aria-label={t("lankLista")}>
        {data.lankar.map((l, i) => (
          <li key={l.url} className="flex break-inside-avoid gap-4 rounded-md border border-gray-300 bg-white p-4">
            {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn on the server; next/image adds nothing here */}
            <img src={l.qr} alt={t("qrAlt", { n: i + 1 })} width={120} height={120} className="h-[120px] w-[120px] shrink-0" />
            <div className="flex min-w-0 flex-col gap-1 text-sm">
              <p className="font-semibold">{data.enkatNamn}</p>
              <p>{t("arkInstruktion")}</p>
              <p className="break-all font-mono text-xs">
                <a href={l.url} className="text-brand-700 underline">
                  {l.url}
                </a>
              </p>
              <p className="text-xs text-muted">{t("giltigTill", { datum: giltigTill })}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
