// Retention (gallring) as a pure rule: a deltagare's personuppgifter are erased
// when every one of their inskrivningar ended longer ago than the förbund's
// period (DESIGN.md §5). No I/O: lib/server/gdpr/gallra-forbund.ts applies it.

/**
 * The first avslutsdatum that is still inside the period: an inskrivning that
 * ended before this date ended more than `manader` months before `idag`.
 * Month arithmetic clamps to the month's last day (2026-03-31 minus one month
 * is 2026-02-28), so the boundary never skips into the next month.
 */
export function gallringsgrans(idag: string, manader: number): string {
  if (!Number.isInteger(manader) || manader < 1) throw new RangeError(`gallringsgrans: ogiltigt antal månader ${manader}`);
  const [y, m, d] = idag.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - manader;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, "0")}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Due when there is at least one inskrivning and every one ended before the boundary. */
export function arGallringsbar(avslutsdatum: readonly (string | null)[], grans: string): boolean {
  return avslutsdatum.length > 0 && avslutsdatum.every((a) => a !== null && a < grans);
}
