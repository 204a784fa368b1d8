"use client";
import { DropdownMenu } from "radix-ui";
import { Columns3 } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Table } from "@tanstack/react-table";
import { buttonVariants } from "./button";

/** The menu behind ./data-table-columns-menu, loaded when it is first opened. At least one column stays. */
export function DataTableColumnsDropdown<T>({ table }: { table: Table<T> }) {
  const t = useTranslations("table");
  const columns = table.getAllLeafColumns().filter((c) => c.getCanHide());
  const visibleCount = table.getVisibleLeafColumns().length;
  return (
    // Not modal: a modal menu hides the rest of the page (aria-hidden) around the skip link, which axe reports.
    // Open from the start: it is mounted by the click that asked for it.
    <DropdownMenu.Root modal={false} defaultOpen>
      <DropdownMenu.Trigger className={buttonVariants({ variant: "outline", size: "sm" })}>
        <Columns3 aria-hidden className="h-4 w-4" />
        {t("columns")}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={4} className="z-50 min-w-48 rounded-md border border-gray-200 bg-white p-1 text-sm shadow-lg">
          <DropdownMenu.Label className="px-2 py-1.5 text-xs font-semibold text-muted">{t("columnsLabel")}</DropdownMenu.Label>
          {columns.map((column) => {
            const header = column.columnDef.header;
            const label = typeof header === "string" ? header : column.id;
            const visible = column.getIsVisible();
            return (
              <DropdownMenu.CheckboxItem
                key={column.id}
                checked={visible}
                disabled={visible && visibleCount === 1}
                onSelect={(e) => e.preventDefault()}
                onCheckedChange={(v) => column.toggleVisibility(v === true)}
                className="flex min-h-8 cursor-pointer items-center gap-2 rounded px-2 py-1 outline-none data-[disabled]:opacity-60 data-[highlighted]:bg-brand-50"
              >
                <span aria-hidden className="inline-flex h-4 w-4 items-center justify-center rounded border border-gray-400 text-xs">
                  {visible ? "✓" : ""}
                </span>
                {label}
              </DropdownMenu.CheckboxItem>
            );
          })}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
