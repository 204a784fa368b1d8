"use client";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { GRID_COLOUR, SERIES_COLOURS, TARGET_COLOUR, TEXT_COLOUR } from "./palette";
import { TableAlternative } from "./table-alternative";

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
  const suffix = unit === "percent" ? "\u00a0%" : "";
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="text-sm text-muted">{caption}</figcaption>
      <div aria-hidden="true" className="h-48 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} accessibilityLayer={false} margin={{ top: 12, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" stroke={GRID_COLOUR} />
            <XAxis dataKey="label" tick={{ fill: TEXT_COLOUR, fontSize: 11 }} minTickGap={16} />
            <YAxis
              width={48}
              allowDecimals={false}
              domain={unit === "percent" ? [0, 100] : [0, "auto"]}
              tickFormatter={(v: number) => `${v}${suffix}`}
              tick={{ fill: TEXT_COLOUR, fontSize: 11 }}
            />
            {target ? (
              <ReferenceLine
                y={target.value}
                stroke={TARGET_COLOUR}
                strokeDasharray="6 4"
                strokeWidth={2}
                label={{ value: target.label, position: "insideTopLeft", fill: TARGET_COLOUR, fontSize: 12 }}
              />
            ) : null}
            <Line type="monotone" dataKey="value" stroke={SERIES_COLOURS[0]} strokeWidth={2.5} dot={{ r: 2.5 }} connectNulls isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <TableAlternative summary={tableSummary} caption={caption} head={head} rows={points.map((p) => [p.label, ...p.cells])} />
    </figure>
  );
}
