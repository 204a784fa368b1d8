"use client";
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { GRID_COLOUR, SERIES_COLOURS, TEXT_COLOUR } from "./palette";
import { TableAlternative } from "./table-alternative";

export type BarSerie = { key: string; label: string };
export type BarRad = { label: string; values: Record<string, number> };

/**
 * A bar chart with its numbers on the bars and the same data as a table. The
 * drawing is hidden from assistive technology: the caption and the table say
 * everything it shows.
 */
export function BarFigure({
  caption,
  rows,
  series,
  categoryHeader,
  tableSummary,
  horizontal = false,
  height = 260,
}: {
  caption: string;
  rows: BarRad[];
  series: BarSerie[];
  categoryHeader: string;
  tableSummary: string;
  horizontal?: boolean;
  height?: number;
}) {
  const data = rows.map((r) => ({ label: r.label, ...r.values }));
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="text-sm text-muted">{caption}</figcaption>
      <div aria-hidden="true" style={{ height }} className="w-full">
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
      </div>
      <TableAlternative
        summary={tableSummary}
        caption={caption}
        head={[categoryHeader, ...series.map((s) => s.label)]}
        rows={rows.map((r) => [r.label, ...series.map((s) => r.values[s.key] ?? 0)])}
      />
    </figure>
  );
}
