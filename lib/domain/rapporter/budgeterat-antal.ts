import { arsMal } from "@/lib/domain/goals/antal";
import { daysInclusive } from "@/lib/domain/goals/rows";

/**
 * How the year's "budgeterat antal deltagare" was derived from the insats's plan:
 * - AR: the plan is per calendar year. A year the insats only partly covers gets
 *   the pro-rata figure the goal engine asks of it (lib/domain/goals/antal.ts arsMal),
 *   so the report and the ANTAL goal never disagree;
 * - PERIOD_FORDELAD: the plan is for the whole period; it is spread over the
 *   calendar years by days covered, rounded by largest remainder so the years add
 *   up exactly to the plan (400 over 2020–2021 → 200 + 200);
 * - PERIOD_UTAN_SLUT: planned for a period without an end date — no share of it
 *   belongs to one year, so no figure is invented;
 * - SAKNAS: no planned number recorded;
 * - UTANFOR_PERIOD: the year lies outside the insats's period (it is listed only
 *   because registered data fall in that year) — nothing was budgeted for it.
 */
export type BudgeteratRegel = "AR" | "PERIOD_FORDELAD" | "PERIOD_UTAN_SLUT" | "SAKNAS" | "UTANFOR_PERIOD";

export type PlanInput = {
  startdatum: string;
  slutdatum: string | null;
  planeradeDeltagare: number | null;
  planeradeDeltagarePer: "PERIOD" | "AR";
};

export function budgeteratAntal(plan: PlanInput, ar: number): { antal: number | null; regel: BudgeteratRegel } {
  if (plan.planeradeDeltagare === null) return { antal: null, regel: "SAKNAS" };
  const forsta = `${ar}-01-01`;
  const sista = `${ar}-12-31`;
  if (plan.startdatum > sista || (plan.slutdatum !== null && plan.slutdatum < forsta)) return { antal: 0, regel: "UTANFOR_PERIOD" };

  if (plan.planeradeDeltagarePer === "AR") {
    const fran = plan.startdatum > forsta ? plan.startdatum : forsta;
    const till = plan.slutdatum !== null && plan.slutdatum < sista ? plan.slutdatum : sista;
    return { antal: arsMal(plan.planeradeDeltagare, { fran, till }), regel: "AR" };
  }
  if (plan.slutdatum === null) return { antal: null, regel: "PERIOD_UTAN_SLUT" };
  const fordelning = fordelaPerAr(plan.planeradeDeltagare, plan.startdatum, plan.slutdatum);
  return { antal: fordelning.get(ar) ?? 0, regel: "PERIOD_FORDELAD" };
}

/** A whole number spread over the calendar years of [start, slut] by days, summing exactly to `totalt`. */
export function fordelaPerAr(totalt: number, start: string, slut: string): Map<number, number> {
  const forstaAr = Number(start.slice(0, 4));
  const sistaAr = Number(slut.slice(0, 4));
  const allaDagar = daysInclusive(start, slut);
  const delar: { ar: number; heltal: number; rest: number }[] = [];
  for (let ar = forstaAr; ar <= sistaAr; ar++) {
    const fran = `${ar}-01-01` < start ? start : `${ar}-01-01`;
    const till = `${ar}-12-31` > slut ? slut : `${ar}-12-31`;
    const kvot = (totalt * daysInclusive(fran, till)) / allaDagar;
    delar.push({ ar, heltal: Math.floor(kvot + 1e-9), rest: kvot - Math.floor(kvot + 1e-9) });
  }
  let kvar = totalt - delar.reduce((s, d) => s + d.heltal, 0);
  // Largest remainder first; on a tie the earlier year gets the extra one.
  for (const d of [...delar].sort((a, b) => b.rest - a.rest || a.ar - b.ar)) {
    if (kvar <= 0) break;
    d.heltal += 1;
    kvar -= 1;
  }
  return new Map(delar.map((d) => [d.ar, d.heltal]));
}
