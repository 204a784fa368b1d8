import { toSvenskCsv } from "@/lib/domain/rapporter/csv";
import { exportVarde, type ExportTabell } from "./tabell";

/** One table as a CSV file for Swedish Excel (UTF-8 with BOM, `;`, CRLF); hidden cells as "<5"/"–". */
export function tabellTillCsv(t: ExportTabell, min: number): string {
  return toSvenskCsv(
    t.kolumner,
    t.rader.map((r) => r.map((v) => exportVarde(v, min))),
  );
}
