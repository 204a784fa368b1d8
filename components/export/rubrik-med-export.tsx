import { ExportKnappar } from "./export-knappar";

export type ExportLank = { base: string; query: string };

/** A section heading with the CSV/Excel links of its table beside it (none when `exportLank` is absent). */
export function RubrikMedExport({ id, text, tabell, exportLank, niva = 3 }: { id: string; text: string; tabell: string; exportLank?: ExportLank; niva?: 2 | 3 }) {
  const Rubrik = niva === 2 ? "h2" : "h3";
  const rubrik = (
    <Rubrik id={id} className={niva === 2 ? "text-xl font-semibold" : "text-lg font-semibold text-gray-900"}>
      {text}
    </Rubrik>
  );
  if (!exportLank) return rubrik;
  return (
    <div className="flex flex-wrap items-start justify-between gap-2">
      {rubrik}
      <ExportKnappar base={exportLank.base} query={exportLank.query} tabell={tabell} namn={text} />
    </div>
  );
}
