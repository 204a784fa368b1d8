"use client";
import dynamic from "next/dynamic";
import { TableAlternative } from "./table-alternative";

// Recharts (~100 kB gzip) loads after the page, only where a chart is drawn; the
// drawing is aria-hidden and the table beside it carries the same figures.
const TrendChart = dynamic(() => import("./trend-chart"), { ssr: false });

export type TrendPunkt = {
  /** Axis label, e.g. "jan 2020". */
  label: string;
  /** Percent (0–100) or count; null when there is too little to say. */
  value: number | null;
  /** Table cells: the result as the goal engine states it, missing data, status. */
  cells: [string, string, string];
};

/** One target's development: the engine's value at each month end, the target as a labelled line, and a table. */
export function TrendFigure({
  caption,
  points,
  unit,
  target,
  head,
  tableSummary,
}: {
  caption: string;
  points: TrendPunkt[];
  unit: "percent" | "count";
  target?: { value: number; label: string };
  head: [string, string, string, string];
  tableSummary: string;
}) {
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="text-sm text-muted">{caption}</figcaption>
      <div aria-hidden="true" className="h-48 w-full">
        <TrendChart points={points} unit={unit} target={target} />
      </div>
      <TableAlternative summary={tableSummary} caption={caption} head={head} rows={points.map((p) => [p.label, ...p.cells])} />
    </figure>
  );
}
