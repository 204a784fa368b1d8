import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { InsatsHuvud, InsatsOversikt, StyrelseInsats } from "@/lib/domain/oversikt/types";
import { BudgetBar } from "./budget-bar";
import { DeltagareTabell } from "./deltagare-tabell";
import { OversiktMalRad, StyrelseMalRad } from "./mal-rad";
import { VarningLista } from "./varning-lista";

function Huvud({ insats, href }: { insats: InsatsHuvud; href?: string }) {
  // The card (a region) is named by this heading.
  const t = useTranslations();
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-gray-200 pb-3">
      <h2 id={`insats-${insats.id}`} className="text-lg font-semibold text-gray-900">
        {href ? (
          <Link href={href} className="text-brand-700 underline-offset-4 hover:underline">
            {insats.namn}
          </Link>
        ) : (
          insats.namn
        )}
      </h2>
      <p className="text-sm text-muted">
        {t(`insatstyp.${insats.insatstyp}`)} · {t(`status.${insats.status}`)} ·{" "}
        {t("oversikt.insats.period", { start: insats.startdatum, slut: insats.slutdatum ?? t("oversikt.insats.tillsVidare") })}
      </p>
    </div>
  );
}

function Sektion({ title, children, className }: { title: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={className}>
      <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">{title}</h3>
      {children}
    </div>
  );
}

/** One insats in the förbund overview (processledare, admin): exact figures and warnings. */
export function InsatsOversiktKort({ insats, slug, min, matvariabelNamn }: { insats: InsatsOversikt; slug: string; min: number; matvariabelNamn: Record<string, string> }) {
  const t = useTranslations("oversikt");
  return (
    <Card aria-labelledby={`insats-${insats.id}`} className="flex flex-col gap-4">
      <Huvud insats={insats} href={`/f/${slug}/insatser/${insats.id}`} />
      <div className="grid gap-5 lg:grid-cols-3">
        <Sektion title={t("insats.mal")} className="lg:col-span-2">
          {insats.mal.length === 0 ? (
            <p className="text-sm text-muted">{t("insats.noMal")}</p>
          ) : (
            <ul>
              {insats.mal.map((m) => (
                <OversiktMalRad key={m.id} mal={m} />
              ))}
            </ul>
          )}
        </Sektion>
        <div className="flex flex-col gap-4">
          <Sektion title={t("insats.deltagare")}>
            <DeltagareTabell d={insats.deltagare} min={min} caption={`${t("deltagare.caption")}: ${insats.namn}`} />
          </Sektion>
          <Sektion title={t("insats.budget")}>
            <BudgetBar budget={insats.budget} />
          </Sektion>
          <Sektion title={t("insats.varningar")}>
            <VarningLista varningar={insats.varningar} matvariabelNamn={matvariabelNamn} />
          </Sektion>
        </div>
      </div>
    </Card>
  );
}

/** One insats in the board view: only the suppressed view model. */
export function StyrelseInsatsKort({ insats, min }: { insats: StyrelseInsats; min: number }) {
  const t = useTranslations("oversikt");
  return (
    <Card aria-labelledby={`insats-${insats.id}`} className="flex flex-col gap-4 print:break-inside-avoid-page print:shadow-none">
      <Huvud insats={insats} />
      <div className="grid gap-5 lg:grid-cols-3 print:grid-cols-3">
        <Sektion title={t("insats.mal")} className="lg:col-span-2 print:col-span-2">
          {insats.mal.length === 0 ? (
            <p className="text-sm text-muted">{t("insats.noMal")}</p>
          ) : (
            <ul>
              {insats.mal.map((m) => (
                <StyrelseMalRad key={m.id} mal={m} min={min} />
              ))}
            </ul>
          )}
        </Sektion>
        <div className="flex flex-col gap-4">
          <Sektion title={t("insats.deltagare")}>
            <DeltagareTabell d={insats.deltagare} min={min} caption={`${t("deltagare.caption")}: ${insats.namn}`} />
          </Sektion>
          <Sektion title={t("insats.budget")}>
            <BudgetBar budget={insats.budget} />
          </Sektion>
        </div>
      </div>
    </Card>
  );
}
