import { suppressTable, type Cell, type Linje } from "@/lib/domain/suppression";

/** A cross-table: celler[rad][kolumn] with its row sums, column sums and grand total. */
export type Korstabell<C> = {
  rader: string[];
  kolumner: string[];
  celler: C[][];
  radsummor: C[];
  kolumnsummor: C[];
  totalt: C;
};

export function korstabell(rader: readonly string[], kolumner: readonly string[], antal: (rad: string, kolumn: string) => number): Korstabell<number> {
  const celler = rader.map((r) => kolumner.map((k) => antal(r, k)));
  const radsummor = celler.map((rad) => rad.reduce((s, v) => s + v, 0));
  const kolumnsummor = kolumner.map((_, j) => celler.reduce((s, rad) => s + rad[j]!, 0));
  return { rader: [...rader], kolumner: [...kolumner], celler, radsummor, kolumnsummor, totalt: radsummor.reduce((s, v) => s + v, 0) };
}

/**
 * Suppresses several cross-tables together. Tables given the same `grupp`
 * count the same people (the grand totals are equal), so they share one total
 * cell: hiding it in one table hides it in all — otherwise the other table
 * would hand a reader the total that protects this one's small cells.
 * Every row, every column and both margins are lines (lib/domain/suppression.ts).
 */
/** Where each number of a cross-table sits in the joint value array of suppressKorstabeller. */
export type KorstabellIndex = { celler: number[][]; radsummor: number[]; kolumnsummor: number[]; totalt: number };

/**
 * Ties the tables to numbers another view publishes: `lagg` adds a value and
 * returns its index; the answer's lines join them to the tables' indices, and
 * `givna` gives the states the other view already shows (suppressTable).
 */
export type Koppling = (index: readonly KorstabellIndex[], lagg: (v: number) => number) => { linjer: Linje[]; givna: Map<number, Cell> };

export function suppressKorstabeller(tabeller: readonly { tabell: Korstabell<number>; grupp: string }[], min: number, koppling?: Koppling): Korstabell<Cell>[] {
  const varden: number[] = [];
  const linjer: Linje[] = [];
  const totalIndex = new Map<string, number>();
  const lagg = (v: number) => varden.push(v) - 1;
  const index = tabeller.map(({ tabell: t, grupp }) => {
    const celler = t.celler.map((rad) => rad.map(lagg));
    const radsummor = t.radsummor.map(lagg);
    const kolumnsummor = t.kolumnsummor.map(lagg);
    let totalt = totalIndex.get(grupp);
    if (totalt === undefined) totalIndex.set(grupp, (totalt = lagg(t.totalt)));
    else if (varden[totalt] !== t.totalt) throw new Error(`suppressKorstabeller: olika totaler i gruppen ${grupp}`);
    celler.forEach((rad, i) => linjer.push({ delar: rad, total: radsummor[i]! }));
    kolumnsummor.forEach((k, j) => linjer.push({ delar: celler.map((rad) => rad[j]!), total: k }));
    linjer.push({ delar: radsummor, total: totalt }, { delar: kolumnsummor, total: totalt });
    return { celler, radsummor, kolumnsummor, totalt };
  });
  const extra = koppling?.(index, lagg);
  const c = suppressTable(varden, [...linjer, ...(extra?.linjer ?? [])], min, extra?.givna);
  return tabeller.map(({ tabell: t }, n) => {
    const ix = index[n]!;
    return {
      rader: t.rader,
      kolumner: t.kolumner,
      celler: ix.celler.map((rad) => rad.map((i) => c[i]!)),
      radsummor: ix.radsummor.map((i) => c[i]!),
      kolumnsummor: ix.kolumnsummor.map((i) => c[i]!),
      totalt: c[ix.totalt]!,
    };
  });
}
