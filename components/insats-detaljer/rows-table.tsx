import type { ReactNode } from "react";
import { DeleteRowButton } from "./delete-row-button";

type Row = { key: string; cells: ReactNode[]; label: string; onDelete?: () => Promise<{ ok: true } | { ok: false; message: string }> };

/** A small table of sub-records with a remove button per row (server-rendered; the button is the only client part). */
export function RowsTable({ caption, headers, rows, empty, numeric = [], footer }: { caption: string; headers: string[]; rows: Row[]; empty: string; numeric?: number[]; footer?: ReactNode[] }) {
  if (rows.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  const align = (i: number) => (numeric.includes(i) ? "text-right tabular-nums" : "text-left");
  const withActions = rows.some((r) => r.onDelete);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-gray-200">
            {headers.map((h, i) => (
              <th key={h} scope="col" className={`py-1.5 pr-4 font-medium ${align(i)}`}>
                {h}
              </th>
            ))}
            {withActions ? <td /> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-gray-100">
              {r.cells.map((c, i) => (
                <td key={i} className={`py-1.5 pr-4 ${align(i)}`}>
                  {c}
                </td>
              ))}
              {withActions ? <td className="py-1 text-right">{r.onDelete ? <DeleteRowButton label={r.label} action={r.onDelete} /> : null}</td> : null}
            </tr>
          ))}
        </tbody>
        {footer ? (
          <tfoot>
            <tr className="font-semibold">
              {footer.map((c, i) => (
                <td key={i} className={`py-1.5 pr-4 ${align(i)}`}>
                  {c}
                </td>
              ))}
              {withActions ? <td /> : null}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
