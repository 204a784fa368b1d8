import { Table2 } from "lucide-react";

/** A chart's data as a real table, behind a disclosure, for screen readers, greyscale and exact figures. */
export function TableAlternative({ summary, caption, head, rows }: { summary: string; caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <details className="group text-sm">
      <summary className="inline-flex cursor-pointer items-center gap-1.5 rounded text-brand-700 underline-offset-4 hover:underline">
        <Table2 aria-hidden className="h-4 w-4" />
        {summary}
      </summary>
      <div className="mt-2 overflow-x-auto">
        <table className="min-w-full border-collapse text-left tabular-nums">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-gray-300">
              {head.map((h, i) => (
                <th key={i} scope="col" className={i === 0 ? "py-1.5 pr-4 font-semibold" : "py-1.5 pl-4 text-right font-semibold"}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, ri) => (
              <tr key={ri} className="border-b border-gray-100">
                {r.map((c, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="py-1.5 pr-4 font-normal">
                      {c}
                    </th>
                  ) : (
                    <td key={i} className="py-1.5 pl-4 text-right">
                      {c}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
