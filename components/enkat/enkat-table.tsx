"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/ui/data-table";
import type { EnkatListRow } from "@/lib/server/enkat/list-enkater";
import { EnkatStatusBadge } from "./enkat-status-badge";

type Row = EnkatListRow & { galler: string };

const numberCell = (n: number) => <span className="block text-right tabular-nums">{n}</span>;

export function EnkatTable({ slug, enkater }: { slug: string; enkater: EnkatListRow[] }) {
  const t = useTranslations("enkat");
  // "Gäller" as text so the table's search and sort see what the cell shows.
  const rows: Row[] = enkater.map((e) => ({ ...e, galler: e.insatser.length ? e.insatser.join(", ") : t("forbundsniva") }));
  const columns: ColumnDef<Row, unknown>[] = [
    {
      accessorKey: "namn",
      header: t("kolumn.namn"),
      cell: ({ row }) => (
        <Link href={`/f/${slug}/enkater/${row.original.id}`} className="font-medium text-brand-700 underline underline-offset-4">
          {row.original.namn}
        </Link>
      ),
    },
    { accessorKey: "respondentgrupp", header: t("kolumn.grupp"), cell: ({ row }) => t(`grupper.${row.original.respondentgrupp}`) },
    { accessorKey: "galler", header: t("kolumn.galler") },
    { accessorKey: "status", header: t("kolumn.status"), cell: ({ row }) => <EnkatStatusBadge status={row.original.status} /> },
    { accessorKey: "versionNummer", header: t("kolumn.version"), cell: ({ row }) => numberCell(row.original.versionNummer) },
    { accessorKey: "antalLankar", header: t("kolumn.lankar"), cell: ({ row }) => numberCell(row.original.antalLankar) },
    { accessorKey: "antalSvar", header: t("kolumn.svar"), cell: ({ row }) => numberCell(row.original.antalSvar) },
  ];
  return <DataTable id="enkater" columns={columns} data={rows} caption={t("title")} emptyText={t("inga")} />;
}
