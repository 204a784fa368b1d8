"use client";
import { useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/ui/data-table";

type Rad = { id: string; periodStart: string; periodSlut: string; kvinnor: number; man: number; kommentar: string };

const num = "block text-right tabular-nums";

/** Counts registered for a VOLYM insats. */
export function VolymTable({ rader }: { rader: Rad[] }) {
  const t = useTranslations("deltagarLista.volym");
  if (rader.length === 0) return <p className="text-muted">{t("empty")}</p>;
  const columns: ColumnDef<Rad, unknown>[] = [
    { id: "period", accessorFn: (r) => `${r.periodStart} – ${r.periodSlut}`, header: t("period"), cell: ({ getValue }) => <span className="whitespace-nowrap">{String(getValue())}</span> },
    { accessorKey: "kvinnor", header: t("kvinnor"), cell: ({ row }) => <span className={num}>{row.original.kvinnor}</span> },
    { accessorKey: "man", header: t("man"), cell: ({ row }) => <span className={num}>{row.original.man}</span> },
    { id: "totalt", accessorFn: (r) => r.kvinnor + r.man, header: t("totalt"), cell: ({ getValue }) => <span className={num}>{Number(getValue())}</span> },
    { accessorKey: "kommentar", header: t("kommentar") },
  ];
  return <DataTable id="volym" columns={columns} data={rader} caption={t("caption")} emptyText={t("empty")} />;
}
