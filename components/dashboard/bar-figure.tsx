"use client";
import dynamic from "next/dynamic";
import { TableAlternative } from "./table-alternative";

// Recharts loads after the page, only where a chart is drawn (see trend-figure.tsx).
const BarChartRitning = dynamic(() => import("./bar-chart"), { ssr: false });

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
        <BarChartRitning data={data} series={series} horizontal={horizontal} />
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
