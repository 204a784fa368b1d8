"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import type { AuditEventRow } from "@/lib/server/audit/list-audit-events";

/**
 * The audit log with server-side pagination: the table shows one page the
 * server sent; the pager links change `sida` in the URL, keeping the filters.
 */
export function AuditLogTable({ rows, page, pageCount, total, query }: { rows: AuditEventRow[]; page: number; pageCount: number; total: number; query: string }) {
  const t = useTranslations("auditLog");
  const format = useFormatter();
  const columns: ColumnDef<AuditEventRow, unknown>[] = [
    {
      accessorKey: "createdAt",
      header: t("colTime"),
      cell: ({ row }) => <time dateTime={row.original.createdAt}>{format.dateTime(new Date(row.original.createdAt), { dateStyle: "short", timeStyle: "medium" })}</time>,
    },
    { accessorKey: "vem", header: t("colWho"), cell: ({ row }) => <span className="break-all">{row.original.vem}</span> },
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
      cell: ({ row }) => (row.original.details === "{}" ? "–" : <code className="block max-w-md break-all font-mono text-xs">{row.original.details}</code>),
    },
  ];
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is the chosen table library (DESIGN.md §8); this component is not memoised.
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), manualPagination: true, pageCount, rowCount: total });
  const href = (p: number) => `?${new URLSearchParams([...new URLSearchParams(query), ["sida", String(p)]]).toString()}`;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted" aria-live="polite">
        {t("count", { total })}
      </p>
      <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-gray-50 text-xs uppercase tracking-wide text-gray-700">
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => (
                  <th key={h.id} scope="col" className="px-4 py-3 font-semibold">
                    {flexRender(h.column.columnDef.header, h.getContext())}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-gray-100">
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-4 py-8 text-center text-muted">
                  {t("empty")}
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr key={row.original.id}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className="px-4 py-3 align-top">
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="flex items-center justify-end gap-3 text-sm">
          <span>{t("page", { page, pages: pageCount })}</span>
          {page > 1 ? (
            <Link href={href(page - 1)} className="rounded-md border border-gray-300 px-3 py-1.5 hover:bg-gray-50">
              {t("previous")}
            </Link>
          ) : null}
          {page < pageCount ? (
            <Link href={href(page + 1)} className="rounded-md border border-gray-300 px-3 py-1.5 hover:bg-gray-50">
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
