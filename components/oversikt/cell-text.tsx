import { useLocale, useTranslations } from "next-intl";
import { formatAntal } from "@/lib/domain/goals/format";
import type { Cell } from "@/lib/domain/suppression";

/** A count as the reader sees it: the number, "<5" for a small cell, "–" for one hidden to protect it. */
export function CellText({ cell, min }: { cell: Cell; min: number }) {
  const t = useTranslations("oversikt.cell");
  const locale = useLocale() as "sv" | "en";
  if (typeof cell === "number") return <>{formatAntal(cell, locale)}</>;
  if (cell.dold === "LITEN") {
    return (
      <span title={t("liten", { min })}>
        <span aria-hidden>&lt;{min}</span>
        <span className="sr-only">{t("liten", { min })}</span>
      </span>
    );
  }
  return (
    <span title={t("skyddForklaring")}>
      <span aria-hidden>–</span>
      <span className="sr-only">{t("skydd")}</span>
    </span>
  );
}

/** The plain-text form of a cell, for the PDF and sentences. */
export function cellString(cell: Cell, min: number, locale: "sv" | "en"): string {
  if (typeof cell === "number") return formatAntal(cell, locale);
  return cell.dold === "LITEN" ? `<${min}` : "–";
}
