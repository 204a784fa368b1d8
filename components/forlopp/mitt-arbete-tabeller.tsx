"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { TriangleAlert } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { MittArbete } from "@/lib/server/inskrivning/get-mitt-arbete";
import { UppfoljningLageBadge } from "./uppfoljning-lage-badge";

type Insats = MittArbete["insatser"][number];
type Aktiv = Insats["aktiva"][number];
type Uppfoljning = Insats["uppfoljning"]["arbetslista"][number];

const kodLink = "font-medium text-brand-700 underline underline-offset-4";

/** The active deltagare of one assigned insats (codes only), as a sortable, searchable table. */
export function AktivaTabell({ base, rader, caption }: { base: string; rader: Aktiv[]; caption: string }) {
  const t = useTranslations("arbetslista");
  const columns: ColumnDef<Aktiv, unknown>[] = [
    {
      accessorKey: "kod",
      header: t("kod"),
      cell: ({ row }) => (
        <Link href={`${base}/${row.original.id}`} className={kodLink}>
          {row.original.kod}
        </Link>
      ),
    },
    { id: "kon", accessorFn: (r) => t(`konLabel.${r.kon}`), header: t("kon") },
    { accessorKey: "startdatum", header: t("startdatum") },
    {
      id: "underlag",
      accessorFn: (r) => (r.saknarStart ? t("saknarStart") : t("komplett")),
      header: t("underlag"),
      cell: ({ row }) =>
        row.original.saknarStart ? (
          <Badge tone="warn">
            <TriangleAlert aria-hidden className="h-3.5 w-3.5" />
            {t("saknarStart")}
          </Badge>
        ) : (
          t("komplett")
        ),
    },
  ];
  return <DataTable id="mitt-arbete-aktiva" columns={columns} data={rader} caption={caption} emptyText={t("ingaAktiva")} pageSize={50} />;
}

/** Follow-ups due or overdue: when the deltagare left, when the follow-up falls due, where it stands. */
export function UppfoljningTabell({ base, rader, caption }: { base: string; rader: Uppfoljning[]; caption: string }) {
  const t = useTranslations("arbetslista");
  const tl = useTranslations("forlopp.lage");
  const columns: ColumnDef<Uppfoljning, unknown>[] = [
    {
      accessorKey: "kod",
      header: t("kod"),
      cell: ({ row }) => (
        <Link href={`${base}/${row.original.id}`} className={kodLink}>
          {row.original.kod}
        </Link>
      ),
    },
    { accessorKey: "avslutsdatum", header: t("avslutad") },
    { accessorKey: "forfaller", header: t("forfaller") },
    { id: "lage", accessorFn: (r) => tl(r.lage), header: t("lage"), cell: ({ row }) => <UppfoljningLageBadge lage={row.original.lage} /> },
  ];
  return <DataTable id="mitt-arbete-uppfoljning" columns={columns} data={rader} caption={caption} emptyText={t("ingaAktiva")} pageSize={25} />;
}
