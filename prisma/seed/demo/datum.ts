/**
 * Calendar dates as "YYYY-MM-DD" strings (UTC), converted to Date only when a
 * row is written: @db.Date columns take UTC midnight, new Date("2020-03-02").
 */
const DAG_MS = 86_400_000;

export type Iso = string;

export const toDate = (d: Iso): Date => new Date(`${d}T00:00:00Z`);

export function addDays(d: Iso, n: number): Iso {
  return new Date(toDate(d).getTime() + n * DAG_MS).toISOString().slice(0, 10);
}

export function daysBetween(a: Iso, b: Iso): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / DAG_MS);
}

export const minIso = (a: Iso, b: Iso): Iso => (a < b ? a : b);

/** Moves a Saturday or Sunday to the following Monday: enrolments happen on weekdays. */
export function weekday(d: Iso): Iso {
  const dow = toDate(d).getUTCDay();
  return dow === 6 ? addDays(d, 2) : dow === 0 ? addDays(d, 1) : d;
}
