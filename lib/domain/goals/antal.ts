import type { AntalDefinition } from "./definition";
import type { MalResultat, MalStatus, Undergrupp } from "./resultat";
import { samstaStatus } from "./resultat";
import { daysInclusive, type Fonster } from "./rows";

/**
 * Status of a count with a deadline:
 * - count ≥ min → UPPNATT (a count can only grow, so it is reached for good);
 * - the window has ended (today > till) and count < min → EJ_UPPNATT;
 * - no end date → PA_VAG (nothing to be behind on);
 * - otherwise progress (count / min) is compared with the elapsed share of the
 *   window, both days inclusive: progress ≥ elapsed → PA_VAG, else RISK.
 */
export function antalStatus(progress: number, f: Fonster, today: string): MalStatus {
  if (progress >= 1) return "UPPNATT";
  if (f.till === null) return "PA_VAG";
  if (today > f.till) return "EJ_UPPNATT";
  if (today < f.fran) return "PA_VAG";
  const elapsed = daysInclusive(f.fran, today) / daysInclusive(f.fran, f.till);
  return progress >= elapsed ? "PA_VAG" : "RISK";
}

/** Calendar years overlapping the window, each clipped to it; an open window runs to today's year. */
export function kalenderar(f: Fonster, today: string): Fonster[] {
  const forsta = Number(f.fran.slice(0, 4));
  const sista = Math.max(forsta, Number((f.till ?? today).slice(0, 4)));
  const ar: Fonster[] = [];
  for (let y = forsta; y <= sista; y++) {
    const fran = `${y}-01-01` < f.fran ? f.fran : `${y}-01-01`;
    const till = f.till !== null && f.till < `${y}-12-31` ? f.till : `${y}-12-31`;
    ar.push({ fran, till });
  }
  return ar;
}

type Bas = Pick<MalResultat, "taljare" | "namnare" | "saknarData" | "period">;

/**
 * per AR: each calendar year overlapping the window is judged on its own, with
 * antalStatus over that year's part of the window. A year the window only partly
 * covers (Vägknuten runs 1 Feb 2017 – 31 Jan 2020) must reach minAntal pro rata —
 * ceil(minAntal × covered days / days in the year) — so a one-month stub is not
 * asked for a whole year's intake. A year not yet begun (today < its first day)
 * is listed but cannot fail the goal; the overall status is the worst among the
 * begun years (EJ_UPPNATT > RISK > PA_VAG > UPPNATT).
 */
export function arsMal(minAntal: number, ar: Fonster): number {
  const y = ar.fran.slice(0, 4);
  const helt = daysInclusive(`${y}-01-01`, `${y}-12-31`);
  const tackt = daysInclusive(ar.fran, ar.till ?? `${y}-12-31`);
  return tackt >= helt ? minAntal : Math.max(1, Math.ceil((minAntal * tackt) / helt - 1e-9));
}

export function perAr(def: AntalDefinition, bas: Bas, arsAntal: { ar: Fonster; antal: number }[], today: string): MalResultat {
  const perUndergrupp: Undergrupp[] = arsAntal.map(({ ar, antal }) => {
    const malAntal = arsMal(def.minAntal, ar);
    const ejPaborjad = today < ar.fran;
    const status = ejPaborjad ? undefined : antalStatus(antal / malAntal, ar, today);
    const nyckel = ar.fran.slice(0, 4);
    return { nyckel, namn: nyckel, antal, malAntal, uppnatt: antal >= malAntal, status, ejPaborjad };
  });
  const begun = perUndergrupp.filter((u) => !u.ejPaborjad).map((u) => u.status as MalStatus);
  return {
    typ: "ANTAL",
    per: "AR",
    ...bas,
    status: samstaStatus(begun) ?? "PA_VAG",
    varde: perUndergrupp.filter((u) => u.uppnatt).length,
    mal: { minAntal: def.minAntal },
    perUndergrupp,
  };
}

/**
 * per GRUPP: a group reaches the goal with ≥ minAntal counted members. The goal
 * needs minGrupper such groups, or — when minGrupper is absent — every group.
 * Progress while running: the best `needed` groups' counts, each capped at minAntal,
 * over needed × minAntal, judged against elapsed time like any count.
 */
export function perGrupp(
  def: AntalDefinition,
  bas: Bas,
  grupper: { id: string; namn: string; antal: number }[],
  f: Fonster,
  today: string,
): MalResultat {
  const perUndergrupp: Undergrupp[] = grupper.map((g) => ({ nyckel: g.id, namn: g.namn, antal: g.antal, uppnatt: g.antal >= def.minAntal }));
  const needed = Math.max(1, def.minGrupper ?? grupper.length);
  const reached = perUndergrupp.filter((u) => u.uppnatt).length;
  const best = grupper.map((g) => Math.min(g.antal, def.minAntal)).sort((a, b) => b - a).slice(0, needed);
  const progress = reached >= needed ? 1 : best.reduce((s, x) => s + x, 0) / (needed * def.minAntal);
  return {
    typ: "ANTAL",
    per: "GRUPP",
    ...bas,
    // Capped counts sum to needed × minAntal only when `needed` groups reached minAntal.
    status: antalStatus(progress, f, today),
    varde: reached,
    mal: { minAntal: def.minAntal, ...(def.minGrupper !== undefined ? { minGrupper: def.minGrupper } : {}) },
    perUndergrupp,
    ...(grupper.length === 0 ? { forklaring: "Insatsen har inga grupper registrerade" } : {}),
  };
}
