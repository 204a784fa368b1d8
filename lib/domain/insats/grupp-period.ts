/** Adds days to a "YYYY-MM-DD" date (UTC, so no daylight-saving shifts). */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last day of a group that starts on `startdatum` and runs `veckor` whole weeks. */
export function gruppSlutdatum(startdatum: string, veckor: number): string {
  return addDays(startdatum, veckor * 7 - 1);
}

export type GruppPeriodFel = { falt: "startdatum" | "veckor"; gruppSlut: string } | null;

/**
 * A group must lie within its insats's period: start on or after the insats
 * starts and, when the insats has a slutdatum, end on or before it.
 */
export function gruppUtanforPeriod(grupp: { startdatum: string; veckor: number }, insats: { startdatum: string; slutdatum: string | null }): GruppPeriodFel {
  const gruppSlut = gruppSlutdatum(grupp.startdatum, grupp.veckor);
  if (grupp.startdatum < insats.startdatum || (insats.slutdatum !== null && grupp.startdatum > insats.slutdatum)) return { falt: "startdatum", gruppSlut };
  if (insats.slutdatum !== null && gruppSlut > insats.slutdatum) return { falt: "veckor", gruppSlut };
  return null;
}

export function gruppUtanforPeriodMeddelande(insats: { startdatum: string; slutdatum: string | null }, gruppSlut: string): string {
  const period = `${insats.startdatum} – ${insats.slutdatum ?? "…"}`;
  return `Gruppen ligger utanför insatsens period (${period}); den skulle sluta ${gruppSlut}.`;
}
