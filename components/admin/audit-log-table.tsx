"use client";
import { useTimeZone, useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/ui/data-table";
import type { AuditEventRow } from "@/lib/server/audit/list-audit-events";

/**
 * The audit log with server-side pagination: the table shows one page the
 * server sent (filters are the form above); the pager links change `sida` in the URL.
 */
export function AuditLogTable({ rows, page, pageCount, total, query }: { rows: AuditEventRow[]; page: number; pageCount: number; total: number; query: string }) {
  const t = useTranslations("auditLog");
  const tidpunkt = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "medium", timeZone: useTimeZone() });
  const columns: ColumnDef<AuditEventRow, unknown>[] = [
    {
      accessorKey: "createdAt",
      header: t("colTime"),
      // ISO-style "2026-11-24 20:58:03" in both languages: a log is read across teams, and "11/24/26, 8:58 PM" is ambiguous here.
      cell: ({ row }) => <time dateTime={row.original.createdAt} className="whitespace-nowrap">{tidpunkt.format(new Date(row.original.createdAt))}</time>,
    },
    { accessorKey: "vem", header: t("colWho"), cell: ({ row }) => <span className="block min-w-48 break-words">{row.original.vem}</span> },
    { accessorKey: "action", header: t("colAction"), cell: ({ row }) => <code className="font-mono text-xs">{row.original.action}</code> },
    {
      id: "entity",
      header: t("colEntity"),
      cell: ({ row }) => (row.original.entity ? `${row.original.entity}${row.original.entityId ? ` ${row.original.entityId}` : ""}` : (row.original.entityId ?? "–")),
    },
    { accessorKey: "ip", header: t("colIp"), cell: ({ row }) => row.original.ip ?? "–" },
    {
      accessorKey: "details",
      header: t("colDetails"),
      cell: ({ row }) => (row.original.details === "{}" ? "–" : <code className="block min-w-48 max-w-md break-all font-mono text-xs">{row.original.details}</code>),
    },
  ];
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted" aria-live="polite">
        {t("count", { total })}
      </p>
      <DataTable id="granskningslogg" columns={columns} data={rows} caption={t("caption")} emptyText={t("empty")} server={{ page, pageCount, total, query }} />
    </div>
  );
}
