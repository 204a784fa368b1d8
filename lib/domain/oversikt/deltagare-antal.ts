import { isMember, type EvalData, type Fonster } from "@/lib/domain/goals/rows";
import type { DeltagareAntal, KonRad } from "./types";

/** The seeds' "platserna fördelas jämställt": women make up 40–60 % of the participants. */
export const JAMSTALLD = { min: 0.4, max: 0.6 } as const;

export function arJamstalld(andelKvinnor: number | null): boolean | null {
  return andelKvinnor === null ? null : andelKvinnor >= JAMSTALLD.min - 1e-9 && andelKvinnor <= JAMSTALLD.max + 1e-9;
}

/**
 * Participants of one insats in window f, by kön: everyone enrolled in the
 * window (the goal engine's INSKRIVNA rule, so FELREGISTRERING never counts),
 * split into those who ended within it and those still active at its end.
 * VOLYM insatser count their registered periods overlapping the window.
 */
export function raknaDeltagare(data: Pick<EvalData, "matningsmetod" | "inskrivningar" | "volym">, f: Fonster & { till: string }): DeltagareAntal<number> {
  if (data.matningsmetod === "VOLYM") {
    let k = 0;
    let m = 0;
    for (const v of data.volym) {
      if (v.periodStart > f.till || v.periodSlut < f.fran) continue;
      k += v.kvinnor;
      m += v.man;
    }
    return med("VOLYM", { aktiva: null, avslutade: null, totalt: k }, { aktiva: null, avslutade: null, totalt: m });
  }
  const rad = () => ({ aktiva: 0, avslutade: 0, totalt: 0 });
  const per = { K: rad(), M: rad() };
  for (const r of data.inskrivningar) {
    if (!isMember(r, "INSKRIVNA", f, f.fran)) continue;
    const p = per[r.kon];
    p.totalt++;
    if (r.avslutsdatum !== null && r.avslutsdatum <= f.till) p.avslutade++;
    else p.aktiva++;
  }
  return med("INSKRIVNINGAR", per.K, per.M);
}

function med(kalla: DeltagareAntal<number>["kalla"], K: KonRad<number>, M: KonRad<number>): DeltagareAntal<number> {
  const sum = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
  const totalt = { aktiva: sum(K.aktiva, M.aktiva), avslutade: sum(K.avslutade, M.avslutade), totalt: K.totalt + M.totalt };
  const andelKvinnor = totalt.totalt > 0 ? K.totalt / totalt.totalt : null;
  return { kalla, K, M, totalt, andelKvinnor, andelMan: totalt.totalt > 0 ? M.totalt / totalt.totalt : null, jamstalld: arJamstalld(andelKvinnor) };
}
