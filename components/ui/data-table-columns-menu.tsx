"use client";
import { useState } from "react";
import { Columns3 } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Table } from "@tanstack/react-table";
import { buttonVariants } from "./button";
import type { DataTableColumnsDropdown } from "./data-table-columns-dropdown";

// Radix's menu with its positioning library is ~20 kB gzip that every list page
// carried for a menu few people open (issue 8, first-load JS): it is fetched on
// the first hover, focus or click of the button instead.
const loadDropdown = () => import("./data-table-columns-dropdown").then((m) => m.DataTableColumnsDropdown);

/** "Kolumner": a menu of checkboxes choosing which columns the table shows. */
export function DataTableColumnsMenu<T>({ table }: { table: Table<T> }) {
  const t = useTranslations("table");
  const [Menu, setMenu] = useState<typeof DataTableColumnsDropdown | null>(null);
  const columns = table.getAllLeafColumns().filter((c) => c.getCanHide());
  if (columns.length < 2) return null;
  if (Menu) return <Menu table={table} />;
  const preload = () => void loadDropdown().catch(() => undefined);
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      className={buttonVariants({ variant: "outline", size: "sm" })}
      onPointerEnter={preload}
      onFocus={preload}
      onClick={() => void loadDropdown().then((m) => setMenu(() => m))}
    >
      <Columns3 aria-hidden className="h-4 w-4" />
      {t("columns")}
    </button>
  );
}
