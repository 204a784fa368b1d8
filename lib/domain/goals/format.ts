import type { Locale } from "@/lib/domain/kodlistor";

/** Number formatting for goal sentences: sv-SE "1 234", "71 %" (non-breaking spaces), en "1,234", "71%". */

export const NBSP = "\u00a0";

export function formatAntal(n: number, locale: Locale): string {
  const s = Math.round(n).toString();
  const sep = locale === "sv" ? NBSP : ",";
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A percentage number without the sign: whole when whole, else one decimal ("33,3"). */
export function procenttal(andel: number, locale: Locale, decimaler = 1): string {
  const p = Math.round(andel * 100 * 10 ** decimaler) / 10 ** decimaler;
  const s = Number.isInteger(p) ? p.toString() : p.toFixed(decimaler);
  return locale === "sv" ? s.replace(".", ",") : s;
}

export function procentTecken(locale: Locale): string {
  return locale === "sv" ? `${NBSP}%` : "%";
}

export function formatProcent(andel: number, locale: Locale, decimaler = 1): string {
  return procenttal(andel, locale, decimaler) + procentTecken(locale);
}

/** n when the share is n/10 for a whole n in 1..9, else undefined. */
export function tiondelar(andel: number): number | undefined {
  const n = Math.round(andel * 10);
  return n >= 1 && n <= 9 && Math.abs(andel * 10 - n) < 1e-9 ? n : undefined;
}

/** "a, b eller c" / "a, b or c". */
export function lista(delar: string[], locale: Locale, ord: "eller" | "och" = "eller"): string {
  const bind = locale === "sv" ? ord : ord === "eller" ? "or" : "and";
  if (delar.length <= 1) return delar[0] ?? "";
  return `${delar.slice(0, -1).join(", ")} ${bind} ${delar[delar.length - 1]}`;
}

/** Lower-cases a label's first letter for use mid-sentence, but leaves acronyms ("ESF", "AF") alone. */
export function gemen(s: string): string {
  const [a, b] = [s.charAt(0), s.charAt(1)];
  return b !== "" && b === b.toUpperCase() && b !== b.toLowerCase() ? s : a.toLowerCase() + s.slice(1);
}

export function versal(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "40–60 %", "minst 7 av 10", "minst 25 %", "högst 2 av 10" — the target of a share. */
export function andelMalfras(mal: { minAndel?: number; maxAndel?: number }, l: Locale): string {
  const { minAndel: min, maxAndel: max } = mal;
  if (min !== undefined && max !== undefined) return `${procenttal(min, l)}–${procenttal(max, l)}${procentTecken(l)}`;
  const [andel, ord] = min !== undefined ? [min, l === "sv" ? "minst" : "at least"] : [max ?? 0, l === "sv" ? "högst" : "at most"];
  const n = tiondelar(andel);
  return `${ord} ${n !== undefined ? `${n} ${l === "sv" ? "av" : "in"} 10` : formatProcent(andel, l)}`;
}
