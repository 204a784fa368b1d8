/** The row report of an import, as the API returns it and the import page shows it. */
import { felText, type RadFel } from "./validera";

/** The report lists this many errors; the counts cover all of them. */
export const MAX_FEL_I_RAPPORT = 200;
/** Upload limit of the import endpoint. */
export const MAX_FIL_BYTES = 20 * 1024 * 1024;
/** Rows per import: a larger file is split, so one transaction stays reasonable. */
export const MAX_RADER = 50_000;

export type ImportSammanfattning = {
  /** Deltagare created by the import. */
  nyaDeltagare: number;
  /** Rows linked to a deltagare already in the förbund (same personnummer or deltagarkod). */
  befintligaDeltagare: number;
  inskrivningar: number;
  avslutade: number;
  matningar: number;
  uppfoljningar: number;
  samtycken: number;
};

export type ImportRapport = {
  filnamn: string;
  dryRun: boolean;
  /** True only when every row was written (dryRun false and no errors). */
  sparad: boolean;
  antalRader: number;
  antalRaderMedFel: number;
  antalFel: number;
  /** The first MAX_FEL_I_RAPPORT errors, in row order. */
  fel: (RadFel & { text: string })[];
  /** What was (or, in a dry run, would be) written; null when there are errors. */
  sammanfattning: ImportSammanfattning | null;
  /** Server time for reading, checking and writing, in milliseconds. */
  tidMs: number;
};

export function byggRapport(a: {
  filnamn: string;
  dryRun: boolean;
  sparad: boolean;
  antalRader: number;
  fel: RadFel[];
  sammanfattning: ImportSammanfattning | null;
  tidMs: number;
}): ImportRapport {
  const sorterade = [...a.fel].sort((x, y) => x.rad - y.rad);
  return {
    filnamn: a.filnamn,
    dryRun: a.dryRun,
    sparad: a.sparad,
    antalRader: a.antalRader,
    antalRaderMedFel: new Set(a.fel.filter((f) => f.rad > 1).map((f) => f.rad)).size,
    antalFel: a.fel.length,
    fel: sorterade.slice(0, MAX_FEL_I_RAPPORT).map((f) => ({ ...f, text: felText(f) })),
    sammanfattning: a.fel.length === 0 ? a.sammanfattning : null,
    tidMs: Math.round(a.tidMs),
  };
}
