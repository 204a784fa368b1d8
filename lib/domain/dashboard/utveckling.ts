import type { EvalData, MalStatus } from "@/lib/domain/goals/evaluate";
import { evaluateAllPerDag } from "@/lib/domain/goals/serie";

export { dataPer } from "@/lib/domain/goals/serie";

/**
 * Development month by month: the goal engine's result at each month end over
 * the data as they stood that day (`dataPer`), with `today` set to that day.
 * Cumulative by construction — each point counts everything known so far. The
 * points come from lib/domain/goals/serie.ts, which sweeps the rows once and
 * assembles each month with the engine's own functions; its property test
 * proves every point equal to evaluateAll over dataPer(data, month end).
 */

export type Utvecklingspunkt = {
  /** The month end "YYYY-MM-DD" (the last point may be an earlier day: today). */
  datum: string;
  taljare: number;
  namnare: number;
  varde: number | null;
  saknarData: number;
  status: MalStatus;
};

const MAX_MANADER = 120;

/**
 * Every month end from the month of `fran` to the month of `till`; the last
 * point is `till` itself when it falls before its month's end (a month in
 * progress is shown as of today). At most the latest 120 months.
 */
export function manadsslut(fran: string, till: string): string[] {
  if (till < fran) return [];
  const out: string[] = [];
  let [y, m] = fran.split("-").map(Number) as [number, number];
  for (;;) {
    const slut = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    if (slut >= till) {
      out.push(till);
      break;
    }
    out.push(slut);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out.slice(-MAX_MANADER);
}

/** One series per goal id; KVALITATIV goals (a person's judgement) get none. */
export function utvecklingPerManad(
  malsattningar: readonly { id: string; typ: string; definition: unknown }[],
  data: EvalData,
  options: { fran: string; till: string; minUnderlag?: number },
): Map<string, Utvecklingspunkt[]> {
  const matbara = malsattningar.filter((m) => m.typ !== "KVALITATIV");
  const serier = new Map<string, Utvecklingspunkt[]>(matbara.map((m) => [m.id, []]));
  if (matbara.length === 0) return serier;
  const dagar = manadsslut(options.fran, options.till);
  const perDag = evaluateAllPerDag(matbara, data, dagar, { minUnderlag: options.minUnderlag });
  for (const m of matbara) {
    const resultat = perDag.get(m.id) ?? [];
    serier.set(
      m.id,
      resultat.map((r, j) => ({ datum: dagar[j] as string, taljare: r.taljare, namnare: r.namnare, varde: r.varde, saknarData: r.saknarData, status: r.status })),
    );
  }
  return serier;
}
