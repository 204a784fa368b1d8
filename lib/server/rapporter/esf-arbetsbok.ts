import "server-only";
import ExcelJS from "exceljs";
import { avslutsorsak as avslutsorsakLista, kon as konLista } from "@/lib/domain/kodlistor";
import { ESF_ANMARKNING, ESF_KOLUMNER, type EsfHandelse, type EsfIdentifiering } from "@/lib/domain/rapporter/esf";

export type EsfFilRad = { handelse: EsfHandelse; id: EsfIdentifiering };

/**
 * The workbook SCB receives: one sheet, a bold header row in Swedish, one row
 * per start or end. Personnummer and codes are written as text so Excel never
 * turns "19900101-9802" into a date or a number.
 */
export async function esfArbetsbok(meta: { insatsNamn: string; forbundNamn: string; manad: string }, rader: EsfFilRad[]): Promise<Buffer> {
  const bok = new ExcelJS.Workbook();
  bok.creator = "Insatsportalen";
  bok.created = new Date();
  const blad = bok.addWorksheet(`Deltagare ${meta.manad}`, { views: [{ state: "frozen", ySplit: 1 }] });
  blad.columns = ESF_KOLUMNER.map((header) => ({ header, width: header === "Anmärkning" ? 60 : 22, style: { numFmt: "@" } }));
  blad.getRow(1).font = { bold: true };
  for (const { handelse, id } of rader) {
    const r = handelse.rad;
    blad.addRow([
      id.typ === "PERSONNUMMER" ? id.varde : "",
      id.typ === "PERSONNUMMER" ? "" : id.varde,
      handelse.typ === "START" ? "Start" : "Avslut",
      handelse.datum,
      konLista.label(r.kon),
      String(r.fodelsear),
      handelse.typ === "AVSLUT" && r.avslutsorsak ? avslutsorsakLista.label(r.avslutsorsak) : "",
      ESF_ANMARKNING[id.typ],
    ]);
  }
  blad.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ESF_KOLUMNER.length } };
  const info = bok.addWorksheet("Om filen");
  info.addRows([
    ["Insats", meta.insatsNamn],
    ["Förbund", meta.forbundNamn],
    ["Månad", meta.manad],
    ["Antal rader", rader.length],
    ["Innehåll", "Deltagare som startade eller avslutades i insatsen under månaden, för ESF-rapportering till SCB."],
    ["Sekretess", "Filen innehåller personnummer. Hantera den enligt personuppgiftsbiträdesavtalet och radera den när den har lämnats till SCB."],
  ]);
  info.getColumn(1).font = { bold: true };
  info.getColumn(1).width = 14;
  info.getColumn(2).width = 100;
  return Buffer.from(await bok.xlsx.writeBuffer());
}
