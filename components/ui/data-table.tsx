"use client";
import { useEffect, useId, useState } from "react";
import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
  type VisibilityState,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { Input } from "./input";
import { Button } from "./button";
import { DataTableColumnsMenu } from "./data-table-columns-menu";
import { ServerPager, ServerSearch, ServerSortLink, type ServerPaging } from "./data-table-server";
import { useColumnVisibility } from "./use-column-visibility";

export type { ServerPaging };


/**
 * Every list in the app: sort, filter, paginate and choose columns (the choice is kept per
 * browser under `id`). Without `server` the rows are all here and everything happens in the
 * browser; with `server` the rows are one page and filtering/sorting belong to the server's
 * filter form. Printing shows every loaded row (the pager and toolbar are not printed).
 */
export function DataTable<T>({
  id,
  columns,
  data,
  caption,
  emptyText,
  pageSize = 25,
  hiddenByDefault = [],
  server,
  toolbar,
}: {
  id: string;
  columns: ColumnDef<T, unknown>[];
  data: T[];
  caption: string;
  emptyText: string;
  pageSize?: number;
  hiddenByDefault?: string[];
  server?: ServerPaging;
  toolbar?: React.ReactNode;
}) {
  const t = useTranslations("table");
  const filterId = useId();
  const [sorting, setSorting] = useState<SortingState>([]);
  const [globalFilter, setGlobalFilter] = useState("");
  const [columnVisibility, setColumnVisibility] = useColumnVisibility(id, Object.fromEntries(hiddenByDefault.map((c) => [c, false])));
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  const clientSide = !server;
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is the chosen table library (DESIGN.md §8); this component is not memoised.
  const table = useReactTable({
    data,
    columns,
    state: { sorting, globalFilter, columnVisibility },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onColumnVisibilityChange: (updater) => setColumnVisibility(typeof updater === "function" ? updater(columnVisibility as VisibilityState) : updater),
    enableSorting: clientSide,
    getCoreRowModel: getCoreRowModel(),
    ...(clientSide
      ? { getSortedRowModel: getSortedRowModel(), getFilteredRowModel: getFilteredRowModel(), getPaginationRowModel: getPaginationRowModel() }
      : { manualPagination: true, pageCount: server.pageCount, rowCount: server.total }),
    initialState: { pagination: { pageSize } },
  });
  // Printing a list means the whole list, not the page on screen, and plain header text
  // (Chromium leaves form controls such as the sort buttons out of headers repeated on each page).
  const rows = printing && clientSide ? table.getPrePaginationRowModel().rows : table.getRowModel().rows;
  const visibleColumns = table.getVisibleLeafColumns().length;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        {clientSide ? (
          <>
            <label className="sr-only" htmlFor={filterId}>
              {t("filter")}
            </label>
            <Input id={filterId} type="search" placeholder={t("filterPlaceholder")} value={globalFilter} onChange={(e) => setGlobalFilter(e.target.value)} className="max-w-xs" />
          </>
        ) : server?.search ? (
          <ServerSearch paging={server} />
        ) : null}
        {toolbar}
        <div className="ml-auto">
          <DataTableColumnsMenu table={table} />
        </div>
      </div>
      <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white" data-table-wrapper>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-gray-50 text-xs uppercase tracking-wide text-gray-700">
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((header) => {
                  const sorted = server ? (server.sort?.column === header.column.id ? server.sort.direction : false) : header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="whitespace-nowrap px-4 py-3 font-semibold"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    >
                      {header.isPlaceholder ? null : server?.sortable?.includes(header.column.id) && !printing ? (
                        <ServerSortLink paging={server} column={header.column.id}>
                          {flexRender(header.column.columnDef.header, header.getContext())}
                        </ServerSortLink>
                      ) : header.column.getCanSort() && !printing ? (
                        <button type="button" onClick={header.column.getToggleSortingHandler()} className="inline-flex min-h-6 items-center gap-1 text-left uppercase">
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          {sorted === "asc" ? (
                            <ArrowUp aria-hidden className="h-3 w-3 shrink-0" />
                          ) : sorted === "desc" ? (
                            <ArrowDown aria-hidden className="h-3 w-3 shrink-0" />
                          ) : (
                            <ArrowUpDown aria-hidden className="h-3 w-3 shrink-0 opacity-50 print:hidden" />
                          )}
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-gray-100">
            {rows.length === 0 ? (
              <tr>
                <td colSpan={visibleColumns} className="px-4 py-8 text-center text-muted">
                  {globalFilter ? t("noMatch") : emptyText}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.id} className="hover:bg-gray-50">
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
      {server ? <ServerPager paging={server} /> : <ClientPager table={table} />}
      {server && server.pageCount > 1 ? (
        // On paper the pager is gone: say which rows this printout holds.
        <p className="hidden text-xs print:block">{t("showing", { from: (server.page - 1) * (server.pageSize ?? rows.length) + 1, to: (server.page - 1) * (server.pageSize ?? rows.length) + rows.length, total: server.total })}</p>
      ) : null}
    </div>
  );
}

function ClientPager<T>({ table }: { table: ReturnType<typeof useReactTable<T>> }) {
  const t = useTranslations("table");
  const pageCount = table.getPageCount();
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-end gap-2 text-sm print:hidden">
      <span>{t("page", { page: table.getState().pagination.pageIndex + 1, pages: pageCount })}</span>
      <Button variant="outline" size="sm" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
        {t("previous")}
      </Button>
      <Button variant="outline" size="sm" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
        {t("next")}
      </Button>
    </nav>
  );
}
