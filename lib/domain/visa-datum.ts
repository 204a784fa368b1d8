/**
 * A calendar date as shown in the UI: always YYYY-MM-DD, in both languages. It is the Swedish
 * form (ISO 8601, SS-ISO 8601) and, unlike the en-US default 01/02/2020, unambiguous to English
 * readers too; the lists, reports and exports use the same form. Takes a date or a timestamp
 * (the UTC day of it, as the database stores dates at UTC midnight).
 */
export function visaDatum(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 10);
}
