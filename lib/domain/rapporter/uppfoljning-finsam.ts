import { budgeteratAntal, type BudgeteratRegel } from "./budgeterat-antal";
import { deltagareUnderAr, volymUnderAr, type ArsInskrivning, type ArsVolym, type KonAntal } from "./deltagare-under-ar";

/**
 * Uppföljning Finsam (Försäkringskassan, DESIGN.md §4): per insats and calendar
 * year its inriktning, målgrupp, ESF financing, uppföljningsmetod, budgeterat
 * antal deltagare and deltagare by kön; per förbund budget and utfall. Built
 * from registered data only — nothing is typed in twice.
 */
export type FinsamInsatsInput = {
  id: string;
  namn: string;
  insatstyp: "INDIVIDINRIKTAD" | "STRUKTURINRIKTAD" | "FORSTUDIE";
  preciseradInriktning: string;
  malgrupp: string;
  esfFinansierad: boolean;
  matningsmetod: "VOLYM" | "ANONYM" | "PERSONUPPGIFTER";
  startdatum: string;
  slutdatum: string | null;
  planeradeDeltagare: number | null;
  planeradeDeltagarePer: "PERIOD" | "AR";
  inskrivningar: ArsInskrivning[];
  volym: ArsVolym[];
  /** Sum of the insats's budget posts for the year; null when none is recorded. */
  budget: number | null;
  /** Sum of recorded spending for the year; null when none is recorded yet. */
  utfall: number | null;
};

export type FinsamInsatsRad = {
  insatsId: string;
  namn: string;
  inriktning: FinsamInsatsInput["insatstyp"];
  preciseradInriktning: string;
  malgrupp: string;
  esfFinansierad: boolean;
  uppfoljningsmetod: FinsamInsatsInput["matningsmetod"];
  budgeteratAntal: number | null;
  budgeteratRegel: BudgeteratRegel;
  deltagare: KonAntal;
  /** Where the counts come from: inskrivningar, or the VOLYM registrations. */
  kalla: "INSKRIVNINGAR" | "VOLYM";
  budget: number | null;
  utfall: number | null;
};

export type UppfoljningFinsam = {
  ar: number;
  insatser: FinsamInsatsRad[];
  /** The förbund's budget and utfall for the year: the sums over its insatser (null when nothing is recorded). */
  forbund: { budget: number | null; utfall: number | null };
};

/**
 * An insats is in the year's report when its period overlaps the year, or when
 * anything is registered for it in that year (participants, budget, spending) —
 * so data outside the planned period are shown, not silently left out.
 */
export function byggUppfoljningFinsam(ar: number, insatser: readonly FinsamInsatsInput[]): UppfoljningFinsam {
  const rader: FinsamInsatsRad[] = [];
  for (const i of insatser) {
    const volym = i.matningsmetod === "VOLYM";
    const deltagare = volym ? volymUnderAr(i.volym, ar) : deltagareUnderAr(i.inskrivningar, ar);
    const budgeterat = budgeteratAntal(i, ar);
    if (!periodOverlappar(i, ar) && deltagare.totalt === 0 && i.budget === null && i.utfall === null) continue;
    rader.push({
      insatsId: i.id,
      namn: i.namn,
      inriktning: i.insatstyp,
      preciseradInriktning: i.preciseradInriktning,
      malgrupp: i.malgrupp,
      esfFinansierad: i.esfFinansierad,
      uppfoljningsmetod: i.matningsmetod,
      budgeteratAntal: budgeterat.antal,
      budgeteratRegel: budgeterat.regel,
      deltagare,
      kalla: volym ? "VOLYM" : "INSKRIVNINGAR",
      budget: i.budget,
      utfall: i.utfall,
    });
  }
  rader.sort((a, b) => a.namn.localeCompare(b.namn, "sv"));
  return { ar, insatser: rader, forbund: { budget: summa(rader.map((r) => r.budget)), utfall: summa(rader.map((r) => r.utfall)) } };
}

function periodOverlappar(i: { startdatum: string; slutdatum: string | null }, ar: number): boolean {
  return i.startdatum <= `${ar}-12-31` && (i.slutdatum === null || i.slutdatum >= `${ar}-01-01`);
}

/** Sum of the known amounts, in öre to avoid float drift; null when none is known. */
function summa(belopp: (number | null)[]): number | null {
  const kanda = belopp.filter((b): b is number => b !== null);
  if (kanda.length === 0) return null;
  return kanda.reduce((s, b) => s + Math.round(b * 100), 0) / 100;
}

/**
 * The year a report opens on: the previous year when it has data (the usual
 * time to report), otherwise the latest year with data up to this year, and the
 * current year when there are no data at all.
 */
export function standardAr(arMedData: readonly number[], idag: string): number {
  const iAr = Number(idag.slice(0, 4));
  if (arMedData.includes(iAr - 1)) return iAr - 1;
  const tidigare = arMedData.filter((a) => a <= iAr);
  return tidigare.length > 0 ? Math.max(...tidigare) : iAr;
}
