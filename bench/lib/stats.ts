import { round1 } from "./bench-db";

/** Nearest-rank percentile of already measured durations (ms). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export async function measure(runs: number, warmup: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export type Rad = { fall: string; korningar: number; p50_ms: number; p95_ms: number; max_ms: number };

/** One printed/saved row: p50, p95 and max of a case's durations, rounded to 0.1 ms. */
export const rad = (fall: string, s: number[]): Rad => ({ fall, korningar: s.length, p50_ms: round1(percentile(s, 50)), p95_ms: round1(percentile(s, 95)), max_ms: round1(Math.max(...s)) });
