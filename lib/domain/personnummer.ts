/**
 * Swedish personnummer and samordningsnummer: validation, normalisation, masking.
 * Pure — no I/O. DESIGN.md §5: "validated (10/12 digits, -/+, real date,
 * samordningsnummer day + 60, Luhn), stored encrypted …, shown masked".
 *
 * Rules (Skatteverket, SKV 704 and folkbokföringslagen 18 §):
 * - Written YYMMDD-NNNC (10 digits) or YYYYMMDD-NNNC (12 digits). The separator
 *   is "-", or "+" from the year the person turns 100.
 * - Samordningsnummer: födelsedag + 60 (day 61–91), otherwise built the same way.
 * - C is a Luhn (mod 10) check digit over the 10-digit form YYMMDDNNN.
 * - The second-to-last digit is odd for men, even for women.
 *
 * Choices where the rules leave room:
 * - Surrounding whitespace is trimmed; whitespace inside the number is refused
 *   (with the "only digits, - or +" message) rather than guessed at.
 * - A separator may only stand before the last four digits, and only one.
 * - 12 digits with "-" are always fine (the 12-digit form carries the century);
 *   12 digits with "+" are accepted only when the person really is 100 or older
 *   on `today`, otherwise refused as contradictory.
 * - A birth year more than 150 years before today is refused as a mistyped century.
 * - "today" is read as a calendar date in the process's local time zone.
 */
import { z } from "zod";

export type Kon = "K" | "M";

export type PersonnummerResult =
  | {
      ok: true;
      /** Always "YYYYMMDD-NNNN"; a samordningsnummer keeps its +60 day. */
      normalized: string;
      /** The real birth date, "YYYY-MM-DD" (day − 60 for a samordningsnummer). */
      birthDate: string;
      samordningsnummer: boolean;
      kon: Kon;
    }
  | { ok: false; error: string };

const MSG = {
  empty: "Ange ett personnummer",
  chars: "Personnumret får bara innehålla siffror och bindestreck eller plustecken",
  separator: "Bindestreck eller plustecken ska stå före de fyra sista siffrorna, och bara ett",
  length: (n: number) => `Personnumret ska ha 10 eller 12 siffror (nu ${n})`,
  month: (mm: string) => `Månaden ${mm} finns inte – månaden ska vara 01–12`,
  day: (dd: string) =>
    `Dagen ${dd} finns inte – dagen ska vara 01–31, eller 61–91 för ett samordningsnummer`,
  date: (iso: string, samordning: boolean) =>
    samordning
      ? `Födelsedatumet ${iso} finns inte (samordningsnummer: dagen minus 60)`
      : `Födelsedatumet ${iso} finns inte`,
  future: (iso: string) => `Födelsedatumet ${iso} ligger i framtiden`,
  plus: (iso: string) =>
    `Plustecken används bara för den som fyllt 100 år, men födelsedatumet ${iso} ger en lägre ålder – använd bindestreck`,
  tooOld: (yyyy: string) => `Födelseåret ${yyyy} är inte rimligt – kontrollera århundradet`,
  luhn: "Kontrollsiffran stämmer inte – kontrollera att numret är rätt skrivet",
} as const;

/** Skatteverket: samordningsnummer = födelsedag + 60. */
const SAMORDNING_OFFSET = 60;
const MAX_AGE = 150;

export function parsePersonnummer(input: string, today: Date = new Date()): PersonnummerResult {
  const s = input.trim();
  if (s === "") return { ok: false, error: MSG.empty };
  if (!/^[0-9+-]+$/.test(s)) return { ok: false, error: MSG.chars };

  // At most one separator, and only before the last four digits.
  const m = /^(\d+)(?:([-+])(\d{4}))?$/.exec(s);
  if (!m) return { ok: false, error: MSG.separator };
  const sep = m[2] ?? "";
  const digits = (m[1] ?? "") + (m[3] ?? "");
  if (digits.length !== 10 && digits.length !== 12) return { ok: false, error: MSG.length(digits.length) };

  const ten = digits.slice(-10); // YYMMDDNNNC — what the Luhn digit covers
  const mm = ten.slice(2, 4);
  const dd = ten.slice(4, 6);
  const month = Number(mm);
  const writtenDay = Number(dd);
  if (month < 1 || month > 12) return { ok: false, error: MSG.month(mm) };
  const samordningsnummer = writtenDay > SAMORDNING_OFFSET;
  const day = samordningsnummer ? writtenDay - SAMORDNING_OFFSET : writtenDay;
  if (day < 1 || day > 31) return { ok: false, error: MSG.day(dd) };

  const t = { y: today.getFullYear(), m: today.getMonth() + 1, d: today.getDate() };
  let year: number;
  if (digits.length === 12) {
    year = Number(digits.slice(0, 4));
  } else {
    // Most recent century that does not put (year, month, day) after today;
    // "+" means 100 or older, so one century further back.
    const yy = Number(ten.slice(0, 2));
    year = t.y - ((((t.y - yy) % 100) + 100) % 100);
    if (compare(year, month, day, t) > 0) year -= 100;
    if (sep === "+") year -= 100;
  }

  const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (day > daysInMonth(year, month)) return { ok: false, error: MSG.date(iso, samordningsnummer) };
  if (compare(year, month, day, t) > 0) return { ok: false, error: MSG.future(iso) };
  // Nobody registered is older than this; such a year is a mistyped century.
  if (t.y - year > MAX_AGE) return { ok: false, error: MSG.tooOld(pad(year, 4)) };
  if (digits.length === 12 && sep === "+" && compare(year + 100, month, day, t) > 0) {
    return { ok: false, error: MSG.plus(iso) };
  }

  if (luhnCheckDigit(ten.slice(0, 9)) !== Number(ten[9])) return { ok: false, error: MSG.luhn };

  const full = `${pad(year, 4)}${ten.slice(2)}`;
  return {
    ok: true,
    normalized: `${full.slice(0, 8)}-${full.slice(8)}`,
    birthDate: iso,
    samordningsnummer,
    kon: Number(ten[8]) % 2 === 1 ? "M" : "K",
  };
}

/** "19900101-1234" → "19900101-****": birth date stays readable, the rest is hidden. */
export function maskPersonnummer(normalized: string): string {
  const m = /^(\d{8})-\d{4}$/.exec(normalized);
  // Anything not in normalised form is masked completely rather than leaked in part.
  return m ? `${m[1]}-****` : "********-****";
}

/** Form/action/API schema: any accepted spelling in, the normalised form out. */
export const personnummerSchema = z.string().transform((value, ctx) => {
  const r = parsePersonnummer(value);
  if (!r.ok) {
    ctx.addIssue({ code: "custom", message: r.error });
    return z.NEVER;
  }
  return r.normalized;
});

/** Luhn (mod 10): weights 2,1,2,1,… from the left over the nine digits YYMMDDNNN. */
function luhnCheckDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < nine.length; i++) {
    const p = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += p > 9 ? p - 9 : p;
  }
  return (10 - (sum % 10)) % 10;
}

function compare(y: number, m: number, d: number, t: { y: number; m: number; d: number }): number {
  return y !== t.y ? y - t.y : m !== t.m ? m - t.m : d - t.d;
}

function daysInMonth(year: number, month: number): number {
  // Gregorian leap years: divisible by 4, except centuries not divisible by 400.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
