import "server-only";
import ExcelJS from "exceljs";
import { bladnamn, exportVarde, type ExportTabell } from "@/lib/domain/export/tabell";

export type ArbetsbokMeta = { titel: string; forbundNamn: string; period: string; skapad: string; undertryckt: boolean; minCell: number };

/**
 * The tables of one view as a workbook: a sheet per table (a bold, frozen
 * header row; numbers as numbers, hidden cells as "<5"/"–" text) and a first
 * sheet saying what, whose, which period and whether small cells are hidden.
 */
export async function tabellArbetsbok(meta: ArbetsbokMeta, tabeller: readonly ExportTabell[]): Promise<Buffer> {
  const bok = new ExcelJS.Workbook();
  bok.creator = "Insatsportalen";
  bok.created = new Date();
  const om = bok.addWorksheet("Om filen");
  om.addRows([
    ["Rapport", meta.titel],
    ["Förbund", meta.forbundNamn],
    ["Period", meta.period],
    ["Skapad", meta.skapad],
    ["Tabeller", tabeller.map((t) => t.titel).join(", ")],
    [
      "Små tal",
      meta.undertryckt
        ? `Antal under ${meta.minCell} (även 0) visas som "<${meta.minCell}". "–" är ett tal som döljs för att ett dolt tal inte ska kunna räknas fram ur summorna.`
        : "Exakta tal. Filen kan avslöja enskilda personer i små grupper: hantera den som personuppgifter och lämna den inte vidare.",
    ],
  ]);
  om.getColumn(1).font = { bold: true };
  om.getColumn(1).width = 14;
  om.getColumn(2).width = 100;

  const anvanda = new Set<string>();
  for (const t of tabeller) {
    let namn = bladnamn(t);
    for (let i = 2; anvanda.has(namn); i++) namn = `${bladnamn(t).slice(0, 28)} ${i}`;
    anvanda.add(namn);
    const blad = bok.addWorksheet(namn, { views: [{ state: "frozen", ySplit: 1 }] });
    blad.addRow(t.kolumner);
    blad.getRow(1).font = { bold: true };
    for (const r of t.rader) blad.addRow(r.map((v) => exportVarde(v, meta.minCell)));
    t.kolumner.forEach((k, i) => {
      blad.getColumn(i + 1).width = Math.min(60, Math.max(10, k.length + 2, ...t.rader.map((r) => String(exportVarde(r[i] ?? null, meta.minCell) ?? "").length + 2)));
    });
    if (t.not) {
      blad.addRow([]);
      blad.addRow([t.not]).font = { italic: true };
    }
  }
  return Buffer.from(await bok.xlsx.writeBuffer());
}
