import { forsorjningGruppFor } from "@/lib/domain/kodlistor";
import type { Period as DefPeriod, Population, Villkor } from "./definition";
import type { EnkatMalData } from "./enkat";

/** Plain, serialisable input rows for the goal engine; dates are "YYYY-MM-DD". */
export type InskrivningRad = {
  id: string;
  kon: "K" | "M";
  fodelsear: number;
  gruppId: string | null;
  startdatum: string;
  avslutsdatum: string | null;
  avslutsorsak: string | null;
  forsorjningAvslut: string[];
  /** Försörjning at start: the dashboard's cross-table reads it, the goal engine does not (absent in engine-only rows). */
  forsorjningStart?: string[];
  matningar: { variabel: string; tidpunkt: "START" | "AVSLUT" | "UPPFOLJNING_90" | "DATUM"; datum: string; varde: number }[];
  uppfoljning: { status: string; datum: string } | null;
  harPlan: boolean;
};

export type EvalData = {
  matningsmetod: "VOLYM" | "ANONYM" | "PERSONUPPGIFTER";
  insatsPeriod: { start: string; slut: string | null };
  grupper: { id: string; namn: string }[];
  inskrivningar: InskrivningRad[];
  /** VOLYM only: counts per period (usually per calendar year) and kön. */
  volym: { periodStart: string; periodSlut: string; kvinnor: number; man: number }[];
  matvariabler: { kod: string; typ: "SKALA" | "JANEJ"; min: number | null; max: number | null }[];
  /** Answers to enkät questions that ENKAT targets of the insats name (absent: none loaded). */
  enkat?: EnkatMalData;
};

/** An evaluation window; `till: null` = open-ended. */
export type Fonster = { fran: string; till: string | null };

const DAG_MS = 86_400_000;
const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);

export function addDays(d: string, n: number): string {
  return new Date(ms(d) + n * DAG_MS).toISOString().slice(0, 10);
}

/** Days from a to b inclusive of both (a ≤ b), so one day is 1. */
export function daysInclusive(a: string, b: string): number {
  return Math.round((ms(b) - ms(a)) / DAG_MS) + 1;
}

/** The goal's own period, else the insats's; a goal period without `till` ends with the insats. */
export function resolvePeriod(period: DefPeriod | undefined, insats: EvalData["insatsPeriod"]): Fonster {
  if (period) return { fran: period.fran, till: period.till ?? insats.slut };
  return { fran: insats.start, till: insats.slut };
}

export const UPPFOLJNING_DAGAR = 90;

/**
 * Population membership (DESIGN.md §3), the rule every goal and report shares:
 * - INSKRIVNA: the inskrivning overlaps the window — start ≤ window end, and no
 *   avslut or avslut ≥ window start;
 * - AVSLUTADE: avslutsdatum within the window;
 * - AVSLUTADE_MED_UPPFOLJNING: avslutade whose 90-day follow-up is due
 *   (avslutsdatum + 90 days ≤ today, passed as `senastAvslut` = today − 90 days,
 *   computed once per evaluation).
 * A row with avslutsorsak FELREGISTRERING is never a member of anything (SUS rule).
 */
export function isMember(r: InskrivningRad, population: Population, f: Fonster, senastAvslut: string): boolean {
  if (r.avslutsorsak === "FELREGISTRERING") return false;
  if (population === "INSKRIVNA") {
    return (f.till === null || r.startdatum <= f.till) && (r.avslutsdatum === null || r.avslutsdatum >= f.fran);
  }
  const a = r.avslutsdatum;
  if (a === null || a < f.fran || (f.till !== null && a > f.till)) return false;
  return population === "AVSLUTADE" || a <= senastAvslut;
}

export type Utfall = "JA" | "NEJ" | "SAKNAS";

/** Latest value per variabel and time point, built once per row (DATUM is not a goal time point). */
export type MatIndex = Map<string, number>;

export function indexMatningar(r: InskrivningRad): MatIndex {
  const idx: MatIndex = new Map();
  const datum = new Map<string, string>();
  for (const m of r.matningar) {
    if (m.tidpunkt === "DATUM") continue;
    const key = `${m.variabel}|${m.tidpunkt}`;
    const prev = datum.get(key);
    // A re-measurement at the same time point replaces the earlier one (the later date wins).
    if (prev === undefined || m.datum >= prev) {
      idx.set(key, m.varde);
      datum.set(key, m.datum);
    }
  }
  return idx;
}

/**
 * One condition for one person: JA, NEJ, or SAKNAS when the data the condition
 * needs is absent. Avslutsorsak, plan and kön are always known once the person
 * is in the population; an unrecorded follow-up, empty försörjning at avslut or a
 * missing measurement is SAKNAS. A recorded EJ_NADD is an outcome, never SAKNAS.
 */
/** Module level, not a closure per call: testVillkor runs once per person, condition and month end. */
function ja(b: boolean): Utfall {
  return b ? "JA" : "NEJ";
}

export function testVillkor(v: Villkor, r: InskrivningRad, idx: MatIndex): Utfall {
  switch (v.typ) {
    case "AVSLUTSORSAK":
      return ja(r.avslutsorsak !== null && (v.koder as string[]).includes(r.avslutsorsak));
    case "FORSORJNING_AVSLUT": {
      if (r.forsorjningAvslut.length === 0) return "SAKNAS";
      const koder: readonly string[] = v.koder;
      return ja(r.forsorjningAvslut.some((k) => koder.includes(k) || koder.includes(forsorjningGruppFor(k) ?? "")));
    }
    case "UPPFOLJNING_STATUS":
      if (r.uppfoljning === null) return "SAKNAS";
      return ja((v.koder as string[]).includes(r.uppfoljning.status));
    case "MATVARIABEL_OKAD": {
      const a = idx.get(`${v.variabel}|${v.fran}`);
      const b = idx.get(`${v.variabel}|${v.till}`);
      if (a === undefined || b === undefined) return "SAKNAS";
      return ja(b > a); // "ökad" = a strict, paired rise for the same person
    }
    case "MATVARIABEL_VARDE": {
      const x = idx.get(`${v.variabel}|${v.tidpunkt}`);
      if (x === undefined) return "SAKNAS";
      return ja(v.koder !== undefined ? v.koder.includes(x) : x >= (v.minVarde ?? Number.POSITIVE_INFINITY));
    }
    case "HAR_PLAN":
      return ja(r.harPlan);
    case "KON":
      return ja(r.kon === v.kon);
  }
}

/**
 * All conditions together. A person lacking data for any condition is SAKNAS —
 * even if another condition already fails — so the denominator is "people whose
 * data are complete" and does not depend on the outcome.
 */
export function testAlla(villkor: Villkor[], r: InskrivningRad, idx: MatIndex): Utfall {
  let utfall: Utfall = "JA";
  for (const v of villkor) {
    const u = testVillkor(v, r, idx);
    if (u === "SAKNAS") return "SAKNAS";
    if (u === "NEJ") utfall = "NEJ";
  }
  return utfall;
}
