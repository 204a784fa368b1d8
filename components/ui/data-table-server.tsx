"use client";
import { useId } from "react";
import Link from "next/link";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { Input } from "./input";
import { Button } from "./button";

/**
 * One page the server chose. `query` is the current query string without `sida` (filters, search,
 * sort); the pager links change `sida`, sortable headers link to `sortera`/`ordning`, and the
 * optional search box submits `sok`, all as plain links and GET forms (they work without JavaScript).
 */
export type ServerPaging = {
  page: number;
  pageCount: number;
  total: number;
  pageSize?: number;
  query: string;
  sortable?: string[];
  sort?: { column: string; direction: "asc" | "desc" };
  search?: { value: string; label: string; placeholder: string };
};

export function ServerPager({ paging }: { paging: ServerPaging }) {
  const t = useTranslations("table");
  const { page, pageCount, query } = paging;
  if (pageCount <= 1) return null;
  const href = (p: number) => `?${new URLSearchParams([...new URLSearchParams(query), ["sida", String(p)]]).toString()}`;
  const link = "inline-flex h-8 items-center rounded-md border border-gray-300 bg-white px-3 hover:bg-gray-50";
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-end gap-2 text-sm print:hidden">
      <span>{t("page", { page, pages: pageCount })}</span>
      {page > 1 ? (
        <Link href={href(page - 1)} className={link}>
          {t("previous")}
        </Link>
      ) : null}
      {page < pageCount ? (
        <Link href={href(page + 1)} className={link}>
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}

function withParams(query: string, set: Record<string, string | null>): string {
  const params = new URLSearchParams(query);
  for (const [k, v] of Object.entries(set)) {
    if (v === null) params.delete(k);
    else params.set(k, v);
  }
  const q = params.toString();
  return q ? `?${q}` : "?";
}

export function ServerSortLink({ paging, column, children }: { paging: ServerPaging; column: string; children: React.ReactNode }) {
  const current = paging.sort?.column === column ? paging.sort.direction : null;
  const next = current === "asc" ? "desc" : "asc";
  return (
    <Link href={withParams(paging.query, { sortera: column, ordning: next, sida: null })} className="inline-flex min-h-6 items-center gap-1 uppercase">
      {children}
      {current === "asc" ? <ArrowUp aria-hidden className="h-3 w-3 shrink-0" /> : current === "desc" ? <ArrowDown aria-hidden className="h-3 w-3 shrink-0" /> : <ArrowUpDown aria-hidden className="h-3 w-3 shrink-0 opacity-50" />}
    </Link>
  );
}

export function ServerSearch({ paging }: { paging: ServerPaging }) {
  const t = useTranslations("table");
  const id = useId();
  const keep = [...new URLSearchParams(paging.query)].filter(([k]) => k !== "sok" && k !== "sida");
  return (
    <form method="get" role="search" aria-label={t("filter")} className="flex items-center gap-2">
      {keep.map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label className="sr-only" htmlFor={id}>
        {paging.search?.label}
      </label>
      <Input id={id} type="search" name="sok" defaultValue={paging.search?.value ?? ""} placeholder={paging.search?.placeholder} className="max-w-xs" maxLength={40} />
      <Button type="submit" variant="outline">
        {t("search")}
      </Button>
    </form>
  );
}
