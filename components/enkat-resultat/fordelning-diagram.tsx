"use client";
import dynamic from "next/dynamic";

// Recharts loads after the page, only where a chart is drawn (as in components/dashboard/bar-figure.tsx).
const BarChartRitning = dynamic(() => import("@/components/dashboard/bar-chart"), { ssr: false });

/**
 * The drawing of one question's distribution. Hidden from assistive
 * technology: the table beside it says everything, and a hidden count has
 * no bar (its number never reached the browser).
 */
export function FordelningDiagram({ rader, serieNamn, horizontal }: { rader: { label: string; antal: number | null }[]; serieNamn: string; horizontal: boolean }) {
  const data = rader.map((r): Record<string, string | number> => (r.antal === null ? { label: r.label } : { label: r.label, antal: r.antal }));
  const height = horizontal ? Math.max(120, rader.length * 36 + 40) : 220;
  return (
    <div aria-hidden="true" style={{ height }} className="w-full">
      <BarChartRitning data={data} series={[{ key: "antal", label: serieNamn }]} horizontal={horizontal} />
    </div>
  );
}
