"use client";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { GRID_COLOUR, SERIES_COLOURS, TARGET_COLOUR, TEXT_COLOUR } from "./palette";
import type { TrendPunkt } from "./trend-figure";

/**
 * The drawing of TrendFigure, in its own module so Recharts is loaded only when
 * a chart is shown (next/dynamic in trend-figure.tsx), not with every page's
 * first JavaScript.
 */
export default function TrendChart({ points, unit, target }: { points: TrendPunkt[]; unit: "percent" | "count"; target?: { value: number; label: string } }) {
  const suffix = unit === "percent" ? "\u00a0%" : "";
  return (
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
  );
}
