import { ALDERSBAND, aldersband, type Aldersband } from "./alder";

/**
 * The funnel and the breakdowns, folded from one aggregate query: one row per
 * (kön, age at start, grupp, avslutad, utfall) with its count. "Utfall" is
 * stated on the page: avslutad till arbete eller studier (avslutsorsak ARBETE
 * or STUDIER). FELREGISTRERING is excluded by the query, as by the goal engine.
 */
export const UTFALL_ORSAKER = ["ARBETE", "STUDIER"] as const;

export type Aggregatrad = { kon: "K" | "M"; alder: number; gruppId: string | null; avslutad: boolean; utfall: boolean; antal: number };

export type Steg = { inskrivna: number; avslutade: number; medUtfall: number };

export type Fordelningsrad<K extends string> = Steg & { nyckel: K; namn?: string };

export type Fordelningar = {
  tratt: Steg;
  perKon: Fordelningsrad<"K" | "M">[];
  perAlder: Fordelningsrad<Aldersband>[];
  /** One row per grupp of the insats (zeros included) and, when any, "utan grupp" (nyckel ""). */
  perGrupp: Fordelningsrad<string>[];
};

const noll = (): Steg => ({ inskrivna: 0, avslutade: 0, medUtfall: 0 });

function lagg(s: Steg, r: Aggregatrad): void {
  s.inskrivna += r.antal;
  if (r.avslutad) s.avslutade += r.antal;
  if (r.avslutad && r.utfall) s.medUtfall += r.antal;
}

export function fordelningar(rader: readonly Aggregatrad[], grupper: readonly { id: string; namn: string }[]): Fordelningar {
  const tratt = noll();
  const kon = new Map<"K" | "M", Steg>([["K", noll()], ["M", noll()]]);
  const alder = new Map<Aldersband, Steg>(ALDERSBAND.map((b) => [b.kod, noll()]));
  const grupp = new Map<string, Steg>(grupper.map((g) => [g.id, noll()]));
  for (const r of rader) {
    lagg(tratt, r);
    lagg(kon.get(r.kon)!, r);
    lagg(alder.get(aldersband(r.alder))!, r);
    const g = r.gruppId ?? "";
    if (!grupp.has(g)) grupp.set(g, noll());
    lagg(grupp.get(g)!, r);
  }
  const namn = new Map(grupper.map((g) => [g.id, g.namn]));
  return {
    tratt,
    perKon: [...kon].map(([nyckel, s]) => ({ nyckel, ...s })),
    perAlder: [...alder].map(([nyckel, s]) => ({ nyckel, ...s })),
    perGrupp: [...grupp]
      .filter(([id, s]) => namn.has(id) || s.inskrivna > 0)
      .map(([nyckel, s]) => ({ nyckel, ...(namn.has(nyckel) ? { namn: namn.get(nyckel) } : {}), ...s })),
  };
}
