import { ALDERSBAND, aldersband } from "@/lib/domain/dashboard/alder";
import { FORSORJNINGSKATEGORIER, forsorjningskategori } from "@/lib/domain/dashboard/forsorjning";
import { korstabell, suppressKorstabeller, type Koppling, type Korstabell } from "@/lib/domain/export/korstabell";
import { avslutsorsak, sysselsattning } from "@/lib/domain/kodlistor";
import { suppressDeltagare } from "@/lib/domain/oversikt/styrelse-vy";
import type { Cell, Linje } from "@/lib/domain/suppression";

/**
 * The SUS-style statistical summary of one insats and period, folded from one
 * aggregate query (one row per combination, with its count — never a person).
 *
 * Who is counted: inskrivningar (not people: one person enrolled twice counts
 * twice, as in SUS) active at some time in the period; FELREGISTRERING never.
 * Outcome tables count those whose avslut fell in the period. A missing value
 * is its own row or column, "Uppgift saknas", so every inskrivning is in
 * exactly one cell and the totals add up.
 */
export type SusRad = {
  kon: "K" | "M";
  /** startår − födelseår (only födelseår is kept). */
  alder: number;
  avslutadIPerioden: boolean;
  avslutsorsak: string | null;
  forsorjningStart: readonly string[];
  forsorjningAvslut: readonly string[];
  sysselsattningStart: readonly string[];
  sysselsattningAvslut: readonly string[];
  antal: number;
};

export const SAKNAS = "SAKNAS";
export const FLERA = "FLERA";
const KON = ["K", "M"] as const;

export const AVSLUTSORSAKER: readonly string[] = [...avslutsorsak.koder.filter((k) => k !== "FELREGISTRERING"), SAKNAS];
export const SYSSELSATTNINGAR: readonly string[] = [...sysselsattning.koder, FLERA, SAKNAS];

export type SusTabellId = "kon-avslutsorsak" | "alder-kon" | "forsorjning" | "sysselsattning";
export const SUS_TABELLER: readonly SusTabellId[] = ["alder-kon", "kon-avslutsorsak", "forsorjning", "sysselsattning"];

export type SusSammanstallning<C> = Record<SusTabellId, Korstabell<C>>;

/** One code per person and side: the code, FLERA when several, SAKNAS when none. */
export function sysselsattningskategori(koder: readonly string[]): string {
  const unika = [...new Set(koder)];
  if (unika.length === 0) return SAKNAS;
  if (unika.length > 1) return FLERA;
  return sysselsattning.has(unika[0]!) ? unika[0]! : "OVRIGA";
}

function orsak(kod: string | null): string {
  if (kod === null || kod === "") return SAKNAS;
  // A code retired from the list still belongs somewhere the totals can see it.
  return AVSLUTSORSAKER.includes(kod) ? kod : "OVRIGT";
}

export function susSammanstallning(rader: readonly SusRad[]): SusSammanstallning<number> {
  const raknare = () => new Map<string, number>();
  const plus = (m: Map<string, number>, nyckel: string, n: number) => m.set(nyckel, (m.get(nyckel) ?? 0) + n);
  const alder = raknare();
  const orsaker = raknare();
  const fors = raknare();
  const syss = raknare();
  for (const r of rader) {
    plus(alder, `${aldersband(r.alder)}|${r.kon}`, r.antal);
    if (!r.avslutadIPerioden) continue;
    plus(orsaker, `${orsak(r.avslutsorsak)}|${r.kon}`, r.antal);
    plus(fors, `${forsorjningskategori(r.forsorjningStart)}|${forsorjningskategori(r.forsorjningAvslut)}`, r.antal);
    plus(syss, `${sysselsattningskategori(r.sysselsattningStart)}|${sysselsattningskategori(r.sysselsattningAvslut)}`, r.antal);
  }
  const las = (m: Map<string, number>) => (rad: string, kol: string) => m.get(`${rad}|${kol}`) ?? 0;
  return {
    "alder-kon": korstabell(ALDERSBAND.map((b) => b.kod), KON, las(alder)),
    "kon-avslutsorsak": korstabell(AVSLUTSORSAKER, KON, las(orsaker)),
    forsorjning: korstabell(FORSORJNINGSKATEGORIER, FORSORJNINGSKATEGORIER, las(fors)),
    sysselsattning: korstabell(SYSSELSATTNINGAR, SYSSELSATTNINGAR, las(syss)),
  };
}

/**
 * The summary as the board may see it: every count under `min` (0 included,
 * see lib/domain/suppression.ts) hidden, with secondary suppression over rows,
 * columns and margins. The three outcome tables count the same avslutade, so
 * their grand total is one cell — hidden in all or shown in all.
 *
 * The board view of the same insats and period publishes the same kön
 * margins (inskrivna and avslutade per kön, and their totals) next to the
 * aktiva the SUS does not show. Both are suppressed as one system
 * (`medStyrelsevyn`): the board view's states are given, so the SUS never shows
 * a number the board view hides, and inskrivna − avslutade cannot give back
 * the board's hidden "<5" aktiva.
 */
export function undertryckSus(s: SusSammanstallning<number>, min: number): SusSammanstallning<Cell> {
  const [alderKon, konOrsak, fors, syss] = suppressKorstabeller(
    [
      { tabell: s["alder-kon"], grupp: "inskrivna" },
      { tabell: s["kon-avslutsorsak"], grupp: "avslutade" },
      { tabell: s.forsorjning, grupp: "avslutade" },
      { tabell: s.sysselsattning, grupp: "avslutade" },
    ],
    min,
    medStyrelsevyn(s, min),
  );
  return { "alder-kon": alderKon!, "kon-avslutsorsak": konOrsak!, forsorjning: fors!, sysselsattning: syss! };
}

/**
 * The board view's kön table (lib/domain/oversikt/styrelse-vy.ts) of the same
 * inskrivningar, as lines joined to the SUS margins: K, M and totalt, each
 * aktiva + avslutade = inskrivna, with the states the board view gives them.
 */
function medStyrelsevyn(s: SusSammanstallning<number>, min: number): Koppling {
  const ak = s["alder-kon"];
  const ko = s["kon-avslutsorsak"];
  const k = KON.indexOf("K");
  const m = KON.indexOf("M");
  const inskrivna = [ak.kolumnsummor[k]!, ak.kolumnsummor[m]!, ak.totalt];
  const avslutade = [ko.kolumnsummor[k]!, ko.kolumnsummor[m]!, ko.totalt];
  const konRad = (i: number) => ({ aktiva: inskrivna[i]! - avslutade[i]!, avslutade: avslutade[i]!, totalt: inskrivna[i]! });
  const vy = suppressDeltagare({ kalla: "INSKRIVNINGAR", K: konRad(0), M: konRad(1), totalt: konRad(2), andelKvinnor: null, andelMan: null, jamstalld: null }, min);
  const rader = [vy.K, vy.M, vy.totalt];
  return ([iAk, iKo], lagg) => {
    const ins = [iAk!.kolumnsummor[k]!, iAk!.kolumnsummor[m]!, iAk!.totalt];
    const avs = [iKo!.kolumnsummor[k]!, iKo!.kolumnsummor[m]!, iKo!.totalt];
    const akt = [0, 1, 2].map((i) => lagg(inskrivna[i]! - avslutade[i]!));
    const givna = new Map<number, Cell>();
    rader.forEach((r, i) => {
      givna.set(akt[i]!, r.aktiva!);
      givna.set(avs[i]!, r.avslutade!);
      givna.set(ins[i]!, r.totalt);
    });
    const linjer: Linje[] = [
      ...[0, 1, 2].map((i) => ({ delar: [akt[i]!, avs[i]!], total: ins[i]! })),
      { delar: [akt[0]!, akt[1]!], total: akt[2]! },
      { delar: [avs[0]!, avs[1]!], total: avs[2]! },
      { delar: [ins[0]!, ins[1]!], total: ins[2]! },
    ];
    return { linjer, givna };
  };
}
