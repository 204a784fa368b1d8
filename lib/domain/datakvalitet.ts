import type { Villkor } from "@/lib/domain/goals/definition";
import { uppfoljningForfaller, uppfoljningLage, type UppfoljningLage } from "@/lib/domain/uppfoljning";

/**
 * The vägledare's work list and data gaps (issue 5): pure, over plain rows, so
 * "3 avslutade saknar VAS vid avslut" is counted one way everywhere. A missing
 * measurement is counted explicitly, never inferred from a share; a follow-up
 * recorded as "ej nådd" is a follow-up made, never a gap.
 */

export type ForloppRad = {
  id: string;
  insatsId: string;
  kod: string;
  startdatum: string;
  avslutsdatum: string | null;
  avslutsorsak: string | null;
  forsorjningAvslut: string[];
  sysselsattningAvslut: string[];
  matningar: { variabel: string; tidpunkt: "START" | "AVSLUT" | "UPPFOLJNING_90" | "DATUM" }[];
  uppfoljningStatus: string | null;
  harPlan: boolean;
};

export type MatTidpunkt = "START" | "AVSLUT" | "UPPFOLJNING_90";

/** What an insats asks for: the variables it measures at each time point, and whether every deltagare needs a plan. */
export type Krav = { variabler: Record<MatTidpunkt, string[]>; plan: boolean };

export type LuckaTyp = "MATNING_START" | "MATNING_AVSLUT" | "FORSORJNING_AVSLUT" | "SYSSELSATTNING_AVSLUT" | "PLAN";
export type Lucka = { insatsId: string; typ: LuckaTyp; variabel: string | null; inskrivningar: { id: string; kod: string }[] };

const raknas = (r: ForloppRad) => r.avslutsorsak !== "FELREGISTRERING";

/**
 * What an insats measures: every variable its targets read at a time point, and
 * every variable already recorded at that time point for any of its deltagare
 * (an insats that never asks the ja/nej questions is not nagged about them).
 */
export function kravFor(rows: readonly ForloppRad[], villkor: readonly Villkor[]): Krav {
  const sets: Record<MatTidpunkt, Set<string>> = { START: new Set(), AVSLUT: new Set(), UPPFOLJNING_90: new Set() };
  let plan = rows.some((r) => r.harPlan);
  for (const v of villkor) {
    if (v.typ === "MATVARIABEL_OKAD") {
      sets[v.fran].add(v.variabel);
      sets[v.till].add(v.variabel);
    } else if (v.typ === "MATVARIABEL_VARDE") sets[v.tidpunkt].add(v.variabel);
    else if (v.typ === "HAR_PLAN") plan = true;
  }
  for (const r of rows) for (const m of r.matningar) if (m.tidpunkt !== "DATUM") sets[m.tidpunkt].add(m.variabel);
  const sorted = (s: Set<string>) => [...s].sort();
  return { variabler: { START: sorted(sets.START), AVSLUT: sorted(sets.AVSLUT), UPPFOLJNING_90: sorted(sets.UPPFOLJNING_90) }, plan };
}

/**
 * Data gaps of one insats: start measurements for everyone, avslut measurements
 * and avslut fields for the avslutade, a plan where the insats uses plans.
 * Felregistreringar are left out (they count nowhere). Gaps with no one in them
 * are not returned.
 */
export function findLuckor(insatsId: string, rows: readonly ForloppRad[], krav: Krav): Lucka[] {
  const luckor: Lucka[] = [];
  const add = (typ: LuckaTyp, variabel: string | null, urval: ForloppRad[]) => {
    if (urval.length > 0) luckor.push({ insatsId, typ, variabel, inskrivningar: urval.map((r) => ({ id: r.id, kod: r.kod })) });
  };
  const har = (r: ForloppRad, variabel: string, tidpunkt: MatTidpunkt) => r.matningar.some((m) => m.variabel === variabel && m.tidpunkt === tidpunkt);
  const alla = rows.filter(raknas);
  const avslutade = alla.filter((r) => r.avslutsdatum !== null);
  for (const v of krav.variabler.START) add("MATNING_START", v, alla.filter((r) => !har(r, v, "START")));
  for (const v of krav.variabler.AVSLUT) add("MATNING_AVSLUT", v, avslutade.filter((r) => !har(r, v, "AVSLUT")));
  add("FORSORJNING_AVSLUT", null, avslutade.filter((r) => r.forsorjningAvslut.length === 0));
  add("SYSSELSATTNING_AVSLUT", null, avslutade.filter((r) => r.sysselsattningAvslut.length === 0));
  if (krav.plan) add("PLAN", null, alla.filter((r) => !r.harPlan));
  return luckor;
}

export type UppfoljningPost = { id: string; insatsId: string; kod: string; avslutsdatum: string; forfaller: string; lage: Extract<UppfoljningLage, "AKTUELL" | "FORSENAD"> };

export type UppfoljningSammanfattning = {
  /** Avslutade (not felregistrering) whose follow-up is due: the denominator of "followed up". */
  forfallna: number;
  gjorda: number;
  /** Follow-ups made where the person was not reached — shown on their own, counted as made. */
  ejNadd: number;
  aktuella: number;
  forsenade: number;
  arbetslista: UppfoljningPost[];
};

/** The 90-day follow-ups: due soon or overdue (the work list, oldest due first) and what has been recorded. */
export function sammanfattaUppfoljningar(rows: readonly ForloppRad[], today: string): UppfoljningSammanfattning {
  const out: UppfoljningSammanfattning = { forfallna: 0, gjorda: 0, ejNadd: 0, aktuella: 0, forsenade: 0, arbetslista: [] };
  for (const r of rows) {
    if (!raknas(r) || r.avslutsdatum === null) continue;
    const lage = uppfoljningLage(r.avslutsdatum, r.uppfoljningStatus !== null, today);
    if (lage === "GJORD") {
      out.gjorda += 1;
      if (r.uppfoljningStatus === "EJ_NADD") out.ejNadd += 1;
      if (uppfoljningForfaller(r.avslutsdatum) <= today) out.forfallna += 1;
      continue;
    }
    if (lage === "EJ_AKTUELL") continue;
    if (lage === "FORSENAD") {
      out.forfallna += 1;
      out.forsenade += 1;
    } else out.aktuella += 1;
    out.arbetslista.push({ id: r.id, insatsId: r.insatsId, kod: r.kod, avslutsdatum: r.avslutsdatum, forfaller: uppfoljningForfaller(r.avslutsdatum), lage });
  }
  out.arbetslista.sort((a, b) => (a.forfaller < b.forfaller ? -1 : a.forfaller > b.forfaller ? 1 : a.kod.localeCompare(b.kod)));
  return out;
}
