"use client";
import { useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { CircleCheck, CircleSlash } from "lucide-react";
import { DataTable } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/badge";
import type { AnvandareListItem } from "@/lib/server/anvandare/list-anvandare";
import { AnvandareRollForm } from "./anvandare-roll-form";
import { AnvandareAktivButton } from "./anvandare-aktiv-button";

export function AnvandareTable({ slug, anvandare, selfId }: { slug: string; anvandare: AnvandareListItem[]; selfId: string }) {
  const t = useTranslations();
  const columns: ColumnDef<AnvandareListItem, unknown>[] = [
    {
      accessorKey: "namn",
      header: t("userAdmin.colName"),
      cell: ({ row }) => (
        <span className="font-medium">
          {row.original.namn}
          {row.original.id === selfId ? <span className="ml-2 text-xs text-muted">({t("userAdmin.you")})</span> : null}
        </span>
      ),
    },
    { accessorKey: "email", header: t("userAdmin.colEmail") },
    {
      accessorKey: "roll",
      header: t("userAdmin.colRole"),
      cell: ({ row }) =>
        row.original.id === selfId ? (
          t(`roles.${row.original.roll}`)
        ) : (
          <AnvandareRollForm slug={slug} userId={row.original.id} namn={row.original.namn} roll={row.original.roll} />
        ),
    },
    {
      accessorKey: "aktiv",
      header: t("userAdmin.colStatus"),
      cell: ({ row }) =>
        row.original.aktiv ? (
          <Badge tone="ok">
            <CircleCheck aria-hidden className="h-3.5 w-3.5" />
            {t("userAdmin.active")}
          </Badge>
        ) : (
          <Badge tone="bad">
            <CircleSlash aria-hidden className="h-3.5 w-3.5" />
            {t("userAdmin.inactive")}
          </Badge>
        ),
    },
    {
      id: "actions",
      header: t("userAdmin.colActions"),
      enableSorting: false,
      cell: ({ row }) =>
        row.original.id === selfId ? null : <AnvandareAktivButton slug={slug} userId={row.original.id} namn={row.original.namn} aktiv={row.original.aktiv} />,
    },
  ];
  return <DataTable id="anvandare" columns={columns} data={anvandare} caption={t("userAdmin.listTitle")} emptyText={t("userAdmin.empty")} />;
}
