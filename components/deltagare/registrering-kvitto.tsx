"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { CheckCircle2, Link2, Printer } from "lucide-react";
import type { RegistreringResultat } from "@/lib/server/deltagare/register-inskrivning";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

// Printing shows only the code slip: everything else on the page is hidden for print.
const PRINT_CSS = `@media print {
  body * { visibility: hidden !important; }
  [data-print-area], [data-print-area] * { visibility: visible !important; }
  [data-print-area] { position: absolute; inset: 0 auto auto 0; width: 100%; padding: 2rem; }
}`;

/** Shown after a registration: the code (to write on the paper folder, or print) and what happened. */
export function RegistreringKvitto({
  slug,
  insatsId,
  insatsNamn,
  kvitto,
  onNext,
}: {
  slug: string;
  insatsId: string;
  insatsNamn: string;
  kvitto: RegistreringResultat;
  onNext: () => void;
}) {
  const t = useTranslations("registrering.kvitto");
  return (
    <div className="flex flex-col gap-4">
      <style>{PRINT_CSS}</style>
      <p role="status" className="flex items-center gap-2 rounded-md border border-ok bg-ok-bg p-3 text-sm font-medium text-ok">
        <CheckCircle2 aria-hidden className="h-4 w-4" />
        {t("saved")}
      </p>
      {kvitto.befintligDeltagare ? (
        <p className="flex items-start gap-2 rounded-md border border-gray-300 bg-brand-50 p-3 text-sm" data-testid="befintlig-deltagare">
          <Link2 aria-hidden className="mt-0.5 h-4 w-4 shrink-0" />
          {t("befintlig", { kod: kvitto.kod })}
        </p>
      ) : null}
      <Card data-print-area className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <p className="text-sm text-muted">{insatsNamn}</p>
        <p className="font-mono text-4xl font-bold tracking-widest" data-testid="kvitto-kod">
          {kvitto.kod}
        </p>
        {kvitto.personnummerMaskerat ? (
          <p className="text-sm">
            {t("personnummer")}: <span className="font-mono" data-testid="kvitto-personnummer">{kvitto.personnummerMaskerat}</span>
          </p>
        ) : (
          <p className="text-sm">{t("anonym")}</p>
        )}
        <p className="text-sm text-muted">{t("hint")}</p>
      </Card>
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="outline" onClick={() => window.print()}>
          <Printer aria-hidden className="h-4 w-4" />
          {t("print")}
        </Button>
        <Button asChild>
          <Link href={`/f/${slug}/insatser/${insatsId}/inskrivningar/${kvitto.inskrivningId}`}>{t("open")}</Link>
        </Button>
        <Button type="button" variant="outline" onClick={onNext}>
          {t("next")}
        </Button>
        <Button asChild variant="link">
          <Link href={`/f/${slug}/insatser/${insatsId}/deltagare`}>{t("list")}</Link>
        </Button>
      </div>
    </div>
  );
}
