"use client";
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { GRID_COLOUR, SERIES_COLOURS, TEXT_COLOUR } from "./palette";
import type { BarSerie } from "./bar-figure";

/**
 * The drawing of BarFigure, in its own module so Recharts is loaded only when
 * a chart is shown (next/dynamic in bar-figure.tsx).
 */
export default function BarChartRitning({ data, series, horizontal }: { data: Record<string, string | number>[]; series: BarSerie[]; horizontal: boolean }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout={horizontal ? "vertical" : "horizontal"} accessibilityLayer={false} barGap={3} margin={{ top: 20, right: 40, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={GRID_COLOUR} horizontal={!horizontal} vertical={horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={{ fill: TEXT_COLOUR, fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={170} tick={{ fill: TEXT_COLOUR, fontSize: 12 }} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" interval={0} tick={{ fill: TEXT_COLOUR, fontSize: 12 }} />
            <YAxis allowDecimals={false} width={40} tick={{ fill: TEXT_COLOUR, fontSize: 12 }} />
          </>
        )}
        {series.length > 1 ? (
          <Legend itemSorter={null} wrapperStyle={{ fontSize: 13 }} formatter={(value: string) => <span style={{ color: TEXT_COLOUR }}>{value}</span>} />
        ) : null}
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} isAnimationActive={false} maxBarSize={48}>
            <LabelList dataKey={s.key} position={horizontal ? "right" : "top"} fontSize={series.length > 1 ? 11 : 12} fill={TEXT_COLOUR} />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
