"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { CircleCheck, CircleDot, CircleSlash, EyeOff } from "lucide-react";
import { DataTable, type ServerPaging } from "@/components/ui/data-table";
import { DELTAGARE_SORTERING } from "@/lib/validation/konstanter";
import { Badge } from "@/components/ui/badge";
import type { InsatsDeltagareRad, InskrivningStatus } from "@/lib/server/deltagare/list-insats-deltagare";

const statusTone = { PAGAR: "info", AVSLUTAD: "ok", FELREGISTRERING: "warn" } as const;
const StatusIcon = { PAGAR: CircleDot, AVSLUTAD: CircleCheck, FELREGISTRERING: CircleSlash } as const;

/** The participants of one insats. Names appear only when the server sent them (an assigned vägledare). */
export function DeltagareTable({
  slug,
  insatsId,
  rader,
  medIdentitet,
  sida,
}: {
  slug: string;
  insatsId: string;
  rader: InsatsDeltagareRad[];
  medIdentitet: boolean;
  /** The page the server chose (lib/server/deltagare/list-insats-deltagare-sida.ts). */
  sida: Omit<ServerPaging, "sortable" | "search"> & { sok: string };
}) {
  const t = useTranslations("deltagarLista");
  const status = (s: InskrivningStatus) => {
    const Icon = StatusIcon[s];
    return (
      <Badge tone={statusTone[s]}>
        <Icon aria-hidden className="h-3 w-3" />
        {t(`status.${s}`)}
      </Badge>
    );
  };
  const columns: ColumnDef<InsatsDeltagareRad, unknown>[] = [
    {
      accessorKey: "kod",
      header: t("kod"),
      cell: ({ row }) => (
        <Link href={`/f/${slug}/insatser/${insatsId}/inskrivningar/${row.original.inskrivningId}`} className="whitespace-nowrap font-mono font-medium text-brand-700 underline-offset-2 hover:underline">
          {row.original.kod}
        </Link>
      ),
    },
    ...(medIdentitet
      ? ([
          {
            accessorKey: "namn",
            header: t("namn"),
            cell: ({ row }) =>
              row.original.namn ?? (
                <span className="inline-flex items-center gap-1 text-muted">
                  <EyeOff aria-hidden className="h-3 w-3" />
                  {row.original.skyddadIdentitet ? t("skyddad") : row.original.anonymiserad ? t("anonymiserad") : t("utanIdentitet")}
                </span>
              ),
          },
          { accessorKey: "personnummerMaskerat", header: t("personnummer"), cell: ({ row }) => <span className="whitespace-nowrap font-mono">{row.original.personnummerMaskerat ?? "–"}</span> },
        ] satisfies ColumnDef<InsatsDeltagareRad, unknown>[])
      : []),
    // Accessors return the labels, so the search box finds "Kvinna" or "Pågår" as shown.
    { id: "kon", accessorFn: (r) => t(`konLabel.${r.kon}`), header: t("kon") },
    { accessorKey: "aldersgrupp", header: t("aldersgrupp") },
    // Dates and codes must not break at their hyphens.
    { accessorKey: "startdatum", header: t("start"), cell: ({ row }) => <span className="whitespace-nowrap">{row.original.startdatum}</span> },
    { accessorKey: "avslutsdatum", header: t("avslut"), cell: ({ row }) => <span className="whitespace-nowrap">{row.original.avslutsdatum ?? "–"}</span> },
    { id: "status", accessorFn: (r) => t(`status.${r.status}`), header: t("statusHeader"), cell: ({ row }) => status(row.original.status) },
  ];
  return (
    <DataTable
      id={medIdentitet ? "deltagare-med-identitet" : "deltagare"}
      columns={columns}
      data={rader}
      caption={t("caption")}
      emptyText={sida.sok ? t("ingenTraff", { sok: sida.sok }) : t("empty")}
      server={{ ...sida, sortable: [...DELTAGARE_SORTERING], search: { value: sida.sok, label: t("sokKod"), placeholder: t("sokKodPlaceholder") } }}
    />
  );
}
