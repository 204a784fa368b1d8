import { isMember, type Fonster, type InskrivningRad } from "@/lib/domain/goals/rows";

export type KonAntal = { kvinnor: number; man: number; okantKon: number; totalt: number };

export type ArsInskrivning = {
  deltagareId: string;
  /** null when kön is not known (not possible in the schema today; counted, never dropped). */
  kon: "K" | "M" | null;
  startdatum: string;
  avslutsdatum: string | null;
  avslutsorsak: string | null;
};

export type ArsVolym = { periodStart: string; periodSlut: string; kvinnor: number; man: number };

export const arsFonster = (ar: number): Fonster => ({ fran: `${ar}-01-01`, till: `${ar}-12-31` });

/**
 * Deltagare active during the year, by kön: people with at least one inskrivning
 * in the insats that overlaps the calendar year — the goal engine's INSKRIVNA rule
 * (rows.ts isMember: start ≤ 31 Dec and no avslut or avslut ≥ 1 Jan; a
 * FELREGISTRERING never counts). A person with two inskrivningar in the same insats
 * in the year is one deltagare: Uppföljning Finsam counts people, not enrolments.
 */
export function deltagareUnderAr(inskrivningar: readonly ArsInskrivning[], ar: number): KonAntal {
  const f = arsFonster(ar);
  const personer = new Map<string, "K" | "M" | null>();
  for (const r of inskrivningar) {
    if (!isMember(somRad(r), "INSKRIVNA", f, f.fran)) continue;
    // The same person's kön is the same on every row; keep a known one over null.
    personer.set(r.deltagareId, personer.get(r.deltagareId) ?? r.kon);
  }
  const antal: KonAntal = { kvinnor: 0, man: 0, okantKon: 0, totalt: 0 };
  for (const kon of personer.values()) {
    if (kon === "K") antal.kvinnor += 1;
    else if (kon === "M") antal.man += 1;
    else antal.okantKon += 1;
    antal.totalt += 1;
  }
  return antal;
}

/**
 * VOLYM keeps counts only: every registration whose period overlaps the year is
 * added, as the goal engine does (lib/domain/goals/volym.ts). Counts cannot be
 * de-duplicated, so a förbund registering the same people in two periods of one
 * year counts them twice — the registrations are meant to be per period of intake.
 */
export function volymUnderAr(volym: readonly ArsVolym[], ar: number): KonAntal {
  const f = arsFonster(ar);
  const antal: KonAntal = { kvinnor: 0, man: 0, okantKon: 0, totalt: 0 };
  for (const v of volym) {
    if (v.periodStart > f.till! || v.periodSlut < f.fran) continue;
    antal.kvinnor += v.kvinnor;
    antal.man += v.man;
    antal.totalt += v.kvinnor + v.man;
  }
  return antal;
}

/** isMember reads only dates and avslutsorsak; the rest of the goal-engine row is inert here. */
function somRad(r: ArsInskrivning): InskrivningRad {
  return {
    id: r.deltagareId,
    kon: r.kon ?? "K",
    fodelsear: 0,
    gruppId: null,
    startdatum: r.startdatum,
    avslutsdatum: r.avslutsdatum,
    avslutsorsak: r.avslutsorsak,
    forsorjningAvslut: [],
    matningar: [],
    uppfoljning: null,
    harPlan: false,
  };
}
