/**
 * An uploaded file → rows of cell strings (row 0 = the header row). No I/O
 * beyond the bytes given: CSV via papaparse, Excel via exceljs.
 */
import Papa from "papaparse";
import ExcelJS from "exceljs";

export type Tabell = string[][];

export type FilTyp = "csv" | "xlsx";

export class FilFel extends Error {}

/** UTF-8 with or without BOM; a file that is not valid UTF-8 is read as Windows-1252, which older Excel saves CSV as. */
export function avkodaText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** `;` or `,`, whichever the header row has more of outside quotes (Swedish Excel writes `;`). */
export function gissaAvgransare(text: string): ";" | "," {
  let semikolon = 0;
  let komma = 0;
  let iCitat = false;
  for (const c of text) {
    if (c === '"') iCitat = !iCitat;
    else if (!iCitat && (c === "\n" || c === "\r")) break;
    else if (!iCitat && c === ";") semikolon++;
    else if (!iCitat && c === ",") komma++;
  }
  return komma > semikolon ? "," : ";";
}

export function lasCsv(input: string | Uint8Array): Tabell {
  const text = (typeof input === "string" ? input : avkodaText(input)).replace(/^\uFEFF/, "");
  const result = Papa.parse<string[]>(text, { delimiter: gissaAvgransare(text), skipEmptyLines: false });
  const fatal = result.errors.find((e) => e.type === "Quotes");
  if (fatal) throw new FilFel(`Filen kunde inte läsas som CSV: ett citattecken avslutas inte (rad ${(fatal.row ?? 0) + 1})`);
  const rows = result.data.map((r) => r.map((c) => c ?? ""));
  // A trailing newline gives one empty last row; it is not data.
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c.trim() === "")) rows.pop();
  return rows;
}

export async function lasXlsx(bytes: Uint8Array): Promise<Tabell> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs' typings want its own Buffer type; the bytes are what it reads.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new FilFel("Filen kunde inte läsas som Excel (.xlsx). Spara den som Excel-arbetsbok eller CSV och försök igen.");
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new FilFel("Excel-filen har inget blad.");
  const rows: Tabell = [];
  const bredd = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= bredd; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c.trim() === "")) rows.pop();
  return rows;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(v).replace(".", ",");
  if (typeof v === "boolean") return v ? "ja" : "nej";
  if (typeof v === "string") return v;
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("result" in v) return cellText((v.result ?? null) as ExcelJS.CellValue);
  if ("text" in v) return String(v.text);
  if ("error" in v) return String(v.error);
  return "";
}

export async function lasFil(typ: FilTyp, bytes: Uint8Array): Promise<Tabell> {
  return typ === "csv" ? lasCsv(bytes) : lasXlsx(bytes);
}
