/** Midnight in Sweden starting the given date ("YYYY-MM-DD"): a day a user picks is a Swedish day, not a UTC one. */
export function stockholmMidnight(iso: string): Date {
  const utc = new Date(`${iso}T00:00:00Z`);
  const wall = new Date(utc.toLocaleString("en-US", { timeZone: "Europe/Stockholm" }));
  const asUtc = new Date(utc.toLocaleString("en-US", { timeZone: "UTC" }));
  return new Date(utc.getTime() - (wall.getTime() - asUtc.getTime()));
}

export const nextIsoDay = (iso: string) => new Date(new Date(`${iso}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
