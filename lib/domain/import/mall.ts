/**
 * The downloadable import template: a header row and one example row (CSV
 * and .xlsx), and in the .xlsx a second sheet explaining every column — all
 * built from kolumner.ts. Pure: returns bytes, writes nothing.
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { MatvariabelGranser } from "@/lib/domain/matning-varde";
import { ALLMANNA_REGLER, kolumnerFor, kolumnForklaringar, type ImportMetod, type Kolumn } from "./kolumner";

export type MallInstallningar = {
  metod: ImportMetod;
  matvariabler: readonly MatvariabelGranser[];
  /** A start date inside the insats's period, for the example row. */
  exempelStartdatum: string;
  insatsNamn: string;
};

function exempelVarde(k: Kolumn, opt: MallInstallningar): string {
  if (k.slag === "matning") {
    // Only the start measurements: the example row is an inskrivning still running.
    if (k.tidpunkt !== "START") return "";
    const v = k.variabel;
    if (v.typ === "JANEJ") return "";
    return String(Math.round(((v.min ?? 0) + (v.max ?? 10)) / 2));
  }
  if (k.key === "startdatum" || k.key === "samtyckeDatum") return opt.exempelStartdatum;
  return k.exempel;
}

export function mallRader(opt: MallInstallningar): [string[], string[]] {
  const kolumner = kolumnerFor(opt.metod, opt.matvariabler);
  return [kolumner.map((k) => k.rubrik), kolumner.map((k) => exempelVarde(k, opt))];
}

/** Semicolon-separated with a BOM: what Swedish Excel opens correctly by double-click. */
export function mallCsv(opt: MallInstallningar): string {
  return "\uFEFF" + Papa.unparse(mallRader(opt), { delimiter: ";", newline: "\r\n" }) + "\r\n";
}

export async function mallXlsx(opt: MallInstallningar): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Insatsportalen";
  const [rubriker, exempel] = mallRader(opt);
  const ws = wb.addWorksheet("Deltagare", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = rubriker.map((r) => ({ header: r, width: Math.max(14, r.length + 4), style: { numFmt: "@" } }));
  ws.getRow(1).font = { bold: true };
  // Text cells: a personnummer or a date must reach the import as typed, not as a number.
  ws.addRow(exempel);

  const fk = wb.addWorksheet("Förklaring");
  fk.columns = [{ width: 30 }, { width: 34 }, { width: 60 }, { width: 90 }];
  fk.addRow([`Importmall för ${opt.insatsNamn}`]).font = { bold: true, size: 14 };
  fk.addRow([]);
  for (const regel of ALLMANNA_REGLER) fk.addRow([regel]);
  fk.addRow([]);
  fk.addRow(["Kolumn", "Krävs", "Tillåtna värden", "Beskrivning"]).font = { bold: true };
  for (const f of kolumnForklaringar(opt.metod, opt.matvariabler)) {
    const row = fk.addRow([f.rubrik, f.kravs, f.tillatna, f.beskrivning]);
    row.alignment = { wrapText: true, vertical: "top" };
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
