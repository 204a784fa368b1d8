import { CellText } from "@/components/oversikt/cell-text";
import { Card } from "@/components/ui/card";
import type { ExportTabell } from "@/lib/domain/export/tabell";
import { ExportKnappar } from "./export-knappar";

/**
 * An export table rendered as the page's table: the page and the files show
 * the very same object, so they cannot disagree. The first column and the
 * last row/column named "Totalt"/"Total" are headers and sums.
 */
export function TabellVy({ tabell, min, exportBase, query }: { tabell: ExportTabell; min: number; exportBase: string; query: string }) {
  const rubrik = `tabell-${tabell.id}`;
  const sista = tabell.rader.length - 1;
  return (
    <Card aria-labelledby={rubrik} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={rubrik} className="text-lg font-semibold text-gray-900">
          {tabell.titel}
        </h2>
        <ExportKnappar base={exportBase} query={query} tabell={tabell.id} namn={tabell.titel} />
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-sm tabular-nums">
          <caption className="sr-only">{tabell.titel}</caption>
          <thead>
            <tr className="border-b border-gray-200 text-left text-xs text-muted">
              {tabell.kolumner.map((k, j) => (
                <th key={j} scope="col" className={j === 0 ? "py-1 pr-3 font-medium" : "py-1 pl-2 text-right font-medium"}>
                  {k}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tabell.rader.map((r, i) => (
              <tr key={i} className={i === sista ? "border-t border-gray-300 font-semibold" : "border-b border-gray-100"}>
                {r.map((v, j) =>
                  j === 0 ? (
                    <th key={j} scope="row" className="py-1 pr-3 text-left font-normal">
                      {typeof v === "string" ? v : ""}
                    </th>
                  ) : (
                    <td key={j} className={j === r.length - 1 ? "py-1 pl-2 text-right font-semibold" : "py-1 pl-2 text-right"}>
                      {v === null ? "" : typeof v === "string" ? v : <CellText cell={v} min={min} />}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {tabell.not ? <p className="text-xs text-muted">{tabell.not}</p> : null}
    </Card>
  );
}
