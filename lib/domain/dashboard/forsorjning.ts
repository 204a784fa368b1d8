import { forsorjningGrupp, forsorjningGruppFor, type ForsorjningGrupp } from "@/lib/domain/kodlistor";

/**
 * Försörjning at start vs at avslut as a cross-table over SCB's grouping
 * (DESIGN.md §4). A person may have several sources; one whose sources fall in
 * more than one group is "FLERA", one with none recorded "SAKNAS", so each
 * person is in exactly one cell.
 */
export type Forsorjningskategori = ForsorjningGrupp | "FLERA" | "SAKNAS";

export const FORSORJNINGSKATEGORIER: readonly Forsorjningskategori[] = [...forsorjningGrupp.koder, "FLERA", "SAKNAS"];

/** NULL (a row written without the array, e.g. by an import or an older version) is missing, like an empty array. */
export function forsorjningskategori(koder: readonly string[] | null): Forsorjningskategori {
  if (koder === null || koder.length === 0) return "SAKNAS";
  const grupper = new Set(koder.map((k) => forsorjningGruppFor(k) ?? "OVRIG"));
  return grupper.size === 1 ? [...grupper][0]! : "FLERA";
}

export type Korstabell = {
  /** celler[start][avslut] = people. */
  celler: Record<Forsorjningskategori, Record<Forsorjningskategori, number>>;
  radsummor: Record<Forsorjningskategori, number>;
  kolumnsummor: Record<Forsorjningskategori, number>;
  totalt: number;
  /** Categories with at least one person on either side, in the fixed order. */
  anvanda: Forsorjningskategori[];
};

const nollrad = () => Object.fromEntries(FORSORJNINGSKATEGORIER.map((k) => [k, 0])) as Record<Forsorjningskategori, number>;

export function forsorjningKorstabell(rader: readonly { start: readonly string[] | null; avslut: readonly string[] | null; antal: number }[]): Korstabell {
  const celler = Object.fromEntries(FORSORJNINGSKATEGORIER.map((k) => [k, nollrad()])) as Korstabell["celler"];
  const radsummor = nollrad();
  const kolumnsummor = nollrad();
  let totalt = 0;
  for (const r of rader) {
    const s = forsorjningskategori(r.start);
    const a = forsorjningskategori(r.avslut);
    celler[s][a] += r.antal;
    radsummor[s] += r.antal;
    kolumnsummor[a] += r.antal;
    totalt += r.antal;
  }
  const anvanda = FORSORJNINGSKATEGORIER.filter((k) => radsummor[k] > 0 || kolumnsummor[k] > 0);
  return { celler, radsummor, kolumnsummor, totalt, anvanda };
}
