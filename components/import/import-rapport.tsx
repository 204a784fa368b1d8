"use client";
import { useTranslations } from "next-intl";
import { AlertCircle, CheckCircle2 } from "lucide-react";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/ui/data-table";
import type { ImportRapport, ImportSammanfattning } from "@/lib/domain/import/rapport";

type Fel = ImportRapport["fel"][number];

const SAMMANFATTNING: (keyof ImportSammanfattning)[] = ["nyaDeltagare", "befintligaDeltagare", "inskrivningar", "avslutade", "matningar", "uppfoljningar", "samtycken"];

/** The row report: counts, status in words and icon, the first errors as a table. */
export function ImportRapportVy({ rapport }: { rapport: ImportRapport }) {
  const t = useTranslations("importDeltagare.rapport");
  const ok = rapport.antalFel === 0;
  return (
    <section aria-labelledby="rapport-rubrik" className="flex flex-col gap-3">
      <h2 id="rapport-rubrik" className="text-lg font-semibold">
        {rapport.sparad ? t("headingSparad") : t("heading")}
      </h2>
      <p className="text-sm text-muted">
        {rapport.filnamn} · {t("rader", { antal: rapport.antalRader })} · {t("tid", { sekunder: (rapport.tidMs / 1000).toFixed(1) })}
      </p>
      {ok ? (
        <p className="flex items-center gap-2 text-ok">
          <CheckCircle2 aria-hidden className="size-4 shrink-0" />
          {t("ok")}
        </p>
      ) : (
        <p className="flex items-start gap-2 text-bad">
          <AlertCircle aria-hidden className="mt-0.5 size-4 shrink-0" />
          {t("fel", { antal: rapport.antalFel, rader: rapport.antalRaderMedFel })}
        </p>
      )}
      {rapport.sammanfattning ? (
        <div>
          <p className="text-sm font-medium">{rapport.sparad ? t("sparat") : t("blirSparat")}</p>
          <dl className="mt-2 grid max-w-md grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-sm">
            {SAMMANFATTNING.map((k) => (
              <div key={k} className="contents">
                <dt className={k === "avslutade" ? "pl-4" : undefined}>{t(k)}</dt>
                <dd className="text-right tabular-nums">{rapport.sammanfattning![k].toLocaleString("sv-SE")}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      {rapport.fel.length > 0 ? (
        <div>
          {rapport.fel.length < rapport.antalFel ? <p className="mb-2 text-sm">{t("visar", { visade: rapport.fel.length, totalt: rapport.antalFel })}</p> : null}
          <FelTabell fel={rapport.fel} />
        </div>
      ) : null}
    </section>
  );
}

/** The row errors: sortable by row or column, searchable for a message. */
function FelTabell({ fel }: { fel: Fel[] }) {
  const t = useTranslations("importDeltagare.rapport");
  const columns: ColumnDef<Fel, unknown>[] = [
    { accessorKey: "rad", header: t("rad"), cell: ({ row }) => <span className="tabular-nums">{row.original.rad}</span> },
    { id: "kolumn", accessorFn: (f) => f.kolumn ?? t("helaRaden"), header: t("kolumn") },
    { accessorKey: "meddelande", header: t("meddelande") },
  ];
  return <DataTable id="import-fel" columns={columns} data={fel} caption={t("tabellRubrik")} emptyText={t("ok")} pageSize={50} />;
}
