import Link from "next/link";
import { useTranslations } from "next-intl";
import { Table2 } from "lucide-react";
import { Card } from "@/components/ui/card";
import { ExportKnappar } from "@/components/export/export-knappar";
import type { ExportLank } from "@/components/export/rubrik-med-export";
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

/** A section of the card; with `exportera`, its table's CSV/Excel links (this insats only) sit beside the title. */
function Sektion({ title, children, className, exportera }: { title: string; children: React.ReactNode; className?: string; exportera?: { lank: ExportLank; tabell: string } }) {
  const rubrik = <h3 className="sektion-rubrik">{title}</h3>;
  return (
    <div className={className}>
      {exportera ? (
        <div className="flex flex-wrap items-start justify-between gap-2">
          {rubrik}
          <ExportKnappar base={exportera.lank.base} query={exportera.lank.query} tabell={exportera.tabell} namn={title} />
        </div>
      ) : (
        rubrik
      )}
      {children}
    </div>
  );
}

const med = (lank: ExportLank | undefined, tabell: string) => (lank ? { lank, tabell } : undefined);

/** One insats in the förbund overview (processledare, admin): exact figures and warnings. */
export function InsatsOversiktKort({ insats, slug, min, matvariabelNamn, exportLank }: { insats: InsatsOversikt; slug: string; min: number; matvariabelNamn: Record<string, string>; exportLank?: ExportLank }) {
  const t = useTranslations("oversikt");
  return (
    <Card aria-labelledby={`insats-${insats.id}`} className="flex flex-col gap-4">
      <Huvud insats={insats} href={`/f/${slug}/insatser/${insats.id}`} />
      <div className="grid gap-5 lg:grid-cols-3">
        <Sektion title={t("insats.mal")} className="lg:col-span-2" exportera={med(exportLank, "mal")}>
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
          <Sektion title={t("insats.deltagare")} exportera={med(exportLank, "deltagare")}>
            <DeltagareTabell d={insats.deltagare} min={min} caption={`${t("deltagare.caption")}: ${insats.namn}`} />
          </Sektion>
          <Sektion title={t("insats.budget")} exportera={med(exportLank, "budget")}>
            <BudgetBar budget={insats.budget} />
          </Sektion>
          <Sektion title={t("insats.varningar")} exportera={med(exportLank, "varningar")}>
            <VarningLista varningar={insats.varningar} matvariabelNamn={matvariabelNamn} />
          </Sektion>
        </div>
      </div>
    </Card>
  );
}

/** One insats in the board view: only the suppressed view model. */
export function StyrelseInsatsKort({ insats, min, exportLank, susHref }: { insats: StyrelseInsats; min: number; exportLank?: ExportLank; susHref?: string }) {
  const t = useTranslations("oversikt");
  const ts = useTranslations("sus");
  return (
    <Card aria-labelledby={`insats-${insats.id}`} className="flex flex-col gap-4 print:break-inside-avoid-page print:shadow-none">
      <Huvud insats={insats} />
      {susHref && insats.matningsmetod !== "VOLYM" ? (
        <Link href={susHref} className="no-print inline-flex w-fit items-center gap-1 text-sm text-brand-700 underline-offset-4 hover:underline print:hidden">
          <Table2 aria-hidden className="h-4 w-4" />
          {ts("lank")}
        </Link>
      ) : null}
      <div className="grid gap-5 lg:grid-cols-3 print:grid-cols-3">
        <Sektion title={t("insats.mal")} className="lg:col-span-2 print:col-span-2" exportera={med(exportLank, "mal")}>
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
          <Sektion title={t("insats.deltagare")} exportera={med(exportLank, "deltagare")}>
            <DeltagareTabell d={insats.deltagare} min={min} caption={`${t("deltagare.caption")}: ${insats.namn}`} />
          </Sektion>
          <Sektion title={t("insats.budget")} exportera={med(exportLank, "budget")}>
            <BudgetBar budget={insats.budget} />
          </Sektion>
        </div>
      </div>
    </Card>
  );
}
