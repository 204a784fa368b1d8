import type { Cell } from "@/lib/domain/suppression";

/**
 * One table as it is exported: the same rows and columns the page shows, in
 * Swedish. A value is a text, a number, an empty cell (null) or a suppressed
 * Cell — which every format writes as the page shows it ("<5", "–"), never as
 * the number behind it (the number is not in the object to begin with: the
 * view model was suppressed on the server before the table was built).
 */
export type TabellVarde = string | number | null | Cell;

export type ExportTabell = {
  /** Stable, URL-safe: `?tabell=<id>`, and the sheet's name in a workbook. */
  id: string;
  titel: string;
  kolumner: string[];
  rader: TabellVarde[][];
  /** Shown under the table in the workbook: what is counted, and why cells are hidden. */
  not?: string;
};

/** A suppressed cell's text, as on the page: LITEN "<min", SKYDD "–". */
export function doldText(c: Exclude<TabellVarde, string | number | null>, min: number): string {
  return c.dold === "LITEN" ? `<${min}` : "–";
}

/** The value a spreadsheet cell gets: numbers stay numbers, a hidden cell becomes its text. */
export function exportVarde(v: TabellVarde, min: number): string | number | null {
  if (v === null || typeof v === "string" || typeof v === "number") return v;
  return doldText(v, min);
}

/** Ids are ASCII for the query string; a sheet name may be at most 31 characters in Excel. */
export function bladnamn(t: ExportTabell): string {
  return t.titel.replace(/[\\/?*[\]:]/g, " ").slice(0, 31);
}

/** A share 0..1 as a percentage text with a decimal comma, "62,5 %"; empty when hidden or undefined. */
export function procentText(andel: number | null, decimaler = 1): string | null {
  if (andel === null || !Number.isFinite(andel)) return null;
  return `${(andel * 100).toFixed(decimaler).replace(".", ",")} %`;
}
