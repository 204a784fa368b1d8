import Papa from "papaparse";

/** Byte order mark: without it Excel reads UTF-8 as Windows-1252 and å/ä/ö break. */
export const BOM = "\uFEFF";

/**
 * A CSV file for Swedish Excel: UTF-8 with BOM, `;` between fields (Excel in
 * sv-SE uses `,` as the decimal sign, so it splits on `;`), CRLF line ends.
 * Formula-like cells (=, +, -, @) are escaped so a name typed into the app can
 * never run as a formula in someone's spreadsheet.
 */
export function toSvenskCsv(rubriker: readonly string[], rader: readonly (readonly (string | number | null)[])[]): string {
  const data = rader.map((r) => r.map(cell));
  return BOM + Papa.unparse({ fields: [...rubriker], data }, { delimiter: ";", newline: "\r\n", escapeFormulae: FORMEL });
}

/**
 * Papa's default (`true`) also escapes "-3" and "+2", which Excel then shows
 * as text with the apostrophe; a plain signed number cannot run as a formula,
 * so it stays a number. Everything else starting with = + - @ tab or CR is escaped.
 */
const FORMEL = /^(?![+-]?\d+(?:[.,]\d+)?$)[=+\-@\t\r]/;

/** Numbers with a decimal comma and no thousands separator, as Swedish Excel reads them. */
function cell(v: string | number | null): string {
  if (v === null) return "";
  if (typeof v === "number") return String(v).replace(".", ",");
  return v;
}
