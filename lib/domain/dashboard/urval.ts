import type { EvalData, InskrivningRad } from "@/lib/domain/goals/evaluate";

/**
 * The dashboard's selection: a cohort by startdatum (fran/till, inclusive) and
 * optionally one grupp. The same rule filters the goal engine's rows and the
 * aggregate queries (lib/server/dashboard), so every figure on the page is
 * about the same people.
 */
export type Urval = { fran?: string; till?: string; gruppId?: string };

export function iUrval(r: Pick<InskrivningRad, "startdatum" | "gruppId">, u: Urval): boolean {
  if (u.fran !== undefined && r.startdatum < u.fran) return false;
  if (u.till !== undefined && r.startdatum > u.till) return false;
  return u.gruppId === undefined || r.gruppId === u.gruppId;
}

export function arFiltrerat(u: Urval): boolean {
  return u.fran !== undefined || u.till !== undefined || u.gruppId !== undefined;
}

/** The goal engine's input restricted to the selection (VOLYM counts have no cohort and stay whole). */
export function filtreraUrval(data: EvalData, u: Urval): EvalData {
  if (!arFiltrerat(u)) return data;
  return { ...data, inskrivningar: data.inskrivningar.filter((r) => iUrval(r, u)) };
}
