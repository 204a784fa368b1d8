// @db.Date columns travel as UTC-midnight Date objects; the domain uses "YYYY-MM-DD".
export const toIsoDate = (d: Date) => d.toISOString().slice(0, 10);
export const toIsoDateOrNull = (d: Date | null | undefined) => (d ? toIsoDate(d) : null);
export const fromIsoDate = (s: string) => new Date(`${s}T00:00:00Z`);
export const fromIsoDateOrNull = (s: string | null | undefined) => (s ? fromIsoDate(s) : null);

/** Today's date in Sweden, "YYYY-MM-DD" (the server may run in UTC). */
export function todayIso(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
