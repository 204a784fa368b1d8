"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import type { InsatsListItem } from "@/lib/server/insats/list-insatser";
import type { MalStatusSummary as Summary } from "@/lib/server/malsattning/list-mal-status-per-insats";
import { MalStatusSummary } from "@/components/insats-detaljer/mal-status-summary";
import { visaDatum } from "@/lib/domain/visa-datum";

const statusTone = { PLANERAD: "neutral", PAGAENDE: "info", AVSLUTAD: "neutral" } as const;

export function InsatsTable({ slug, insatser, malStatus = {} }: { slug: string; insatser: InsatsListItem[]; malStatus?: Record<string, Summary> }) {
  const t = useTranslations();
  const date = visaDatum;
  const columns: ColumnDef<InsatsListItem, unknown>[] = [
    {
      accessorKey: "namn",
      header: t("insatsList.name"),
      cell: ({ row }) => (
        <Link href={`/f/${slug}/insatser/${row.original.id}`} className="inline-block min-w-32 font-medium text-brand-700 underline-offset-2 hover:underline">
          {row.original.namn}
        </Link>
      ),
    },
    { accessorKey: "insatstyp", header: t("insatsList.type"), cell: ({ row }) => t(`insatstyp.${row.original.insatstyp}`) },
    {
      accessorKey: "startdatum",
      header: t("insatsList.period"),
      cell: ({ row }) =>
        row.original.slutdatum ? (
          // An ISO date must not break at its hyphens on a narrow screen.
          <>
            <span className="whitespace-nowrap">{date(row.original.startdatum)} –</span> <span className="whitespace-nowrap">{date(row.original.slutdatum)}</span>
          </>
        ) : (
          <span className="whitespace-nowrap">{t("insatsList.periodOpen", { start: date(row.original.startdatum) })}</span>
        ),
    },
    {
      accessorKey: "status",
      header: t("insatsList.status"),
      cell: ({ row }) => <Badge tone={statusTone[row.original.status]}>{t(`status.${row.original.status}`)}</Badge>,
    },
    { accessorKey: "matningsmetod", header: t("insatsList.method"), cell: ({ row }) => t(`matningsmetod.${row.original.matningsmetod}`) },
    {
      id: "malStatus",
      header: t("insatsDetaljer.summary.column"),
      enableSorting: false,
      cell: ({ row }) => <MalStatusSummary summary={malStatus[row.original.id]} />,
    },
  ];
  return <DataTable id="insatser" columns={columns} data={insatser} caption={t("insatsList.title")} emptyText={t("insatsList.empty")} />;
}
