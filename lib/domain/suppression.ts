/**
 * Small-cell suppression for aggregates shown to styrelse and in exports
 * (DESIGN.md §5). Pure: the server applies it before anything leaves it, so a
 * suppressed number never reaches a browser, a JSON answer or a PDF.
 *
 * - Primary: a count of fewer than `min` people (0 included) becomes LITEN,
 *   shown as "<5".
 * - Zero is deliberately small, not "safe": a 0 can say as much about people
 *   as a 1. "0 of the 3 women got work" tells a reader what happened to each
 *   of the three; "0 men in the group" next to a shown total says every
 *   participant is a woman. So 0 is hidden like 1–4, and because LITEN means
 *   "0 to min−1", a reader cannot tell a hidden 0 from a hidden 4. The cost:
 *   a table of a small insats is mostly "<5", which is the honest answer.
 * - Secondary: in every line (parts that add up to a shown total) the shown
 *   cells must not pin down any suppressed cell. A reader knows a LITEN cell
 *   lies in 0..min−1 and a SKYDD cell (suppressed to protect another) in
 *   min..∞, and can subtract the shown cells from the total; while that
 *   lowers a LITEN cell's upper bound (e.g. to "0 or 1"), or leaves a
 *   suppressed cell one possible value, one more cell of the line is suppressed —
 *   the smallest shown part, else the total.
 * - A share is shown only when its numerator and denominator both are.
 *
 * Lines are checked one at a time (rows and columns), which is what a reader
 * of a printed table does; combinations across several lines are not solved.
 */

export const DEFAULT_MIN_CELL = 5;

/** LITEN: fewer than min people. SKYDD: hidden so that a LITEN cell cannot be worked out. */
export type Dold = { dold: "LITEN" | "SKYDD" };
export type Cell = number | Dold;

export const isDold = (c: Cell): c is Dold => typeof c !== "number";
export const visad = (c: Cell): number | null => (typeof c === "number" ? c : null);

/** Indices into the value array: parts that add up to `total`. */
export type Linje = { delar: readonly number[]; total: number };

type Bounds = { lo: number; hi: number };

function bounds(c: Cell, value: number, min: number): Bounds {
  if (typeof c === "number") return { lo: value, hi: value };
  return c.dold === "LITEN" ? { lo: 0, hi: min - 1 } : { lo: min, hi: Number.POSITIVE_INFINITY };
}

/**
 * Whether a reader of this line alone learns more about a suppressed cell than
 * its label says — lowers a small cell's upper bound below min−1, or works out
 * any suppressed cell exactly — from the shown cells and the hidden cells' labels.
 */
export function linjeAvslojar(cells: readonly Cell[], linje: Linje, min: number): boolean {
  const total = cells[linje.total]!;
  if (isDold(total)) {
    // Without the total, the parts only bound it: all shown parts plus LITEN parts pin nothing
    // unless every part is shown, which reveals the total.
    return linje.delar.every((i) => !isDold(cells[i]!));
  }
  const hidden = linje.delar.filter((i) => isDold(cells[i]!));
  if (hidden.length === 0) return false;
  const rest = total - linje.delar.filter((i) => !isDold(cells[i]!)).reduce((s, i) => s + (cells[i] as number), 0);
  const b = hidden.map((i) => bounds(cells[i]!, 0, min));
  return b.some((x, k) => {
    const others = b.filter((_, j) => j !== k);
    const lo = Math.max(x.lo, rest - others.reduce((s, o) => s + o.hi, 0));
    const hi = Math.min(x.hi, rest - others.reduce((s, o) => s + o.lo, 0));
    // A small cell must keep its upper bound: a reader may learn that a "<5"
    // holds somebody (its lower bound), but never that it is "0 or 1". A
    // protecting cell only must not become exact.
    return lo === hi || (x.hi === min - 1 && hi < min - 1);
  });
}

/**
 * Suppresses a table given as a flat array of counts and the lines (rows,
 * columns) that add up. Cells in no line are suppressed on their own.
 *
 * `givna`: cells whose state another published view already decided (shown,
 * or hidden with its label). They start in that state, and a line hides one of
 * them only when no other cell of the line can be hidden — hiding a number the
 * reader has from the other view protects nothing.
 */
export function suppressTable(values: readonly number[], linjer: readonly Linje[], min = DEFAULT_MIN_CELL, givna?: ReadonlyMap<number, Cell>): Cell[] {
  const cells: Cell[] = values.map((v, i) => givna?.get(i) ?? (v < min ? { dold: "LITEN" } : v));
  const fri = (i: number) => !givna?.has(i);
  for (let changed = true; changed; ) {
    changed = false;
    for (const linje of linjer) {
      if (!linjeAvslojar(cells, linje, min)) continue;
      const shownParts = linje.delar.filter((i) => !isDold(cells[i]!)).sort((a, b) => values[a]! - values[b]!);
      const totalShown = !isDold(cells[linje.total]!);
      const next =
        shownParts.find(fri) ?? (totalShown && fri(linje.total) ? linje.total : undefined) ?? shownParts[0] ?? (totalShown ? linje.total : undefined);
      if (next === undefined) continue;
      cells[next] = { dold: "SKYDD" };
      changed = true;
    }
  }
  return cells;
}

/** One line: parts and their total. Returns the suppressed parts and total. */
export function suppressLinje(delar: readonly number[], total: number, min = DEFAULT_MIN_CELL): { delar: Cell[]; total: Cell } {
  const cells = suppressTable([...delar, total], [{ delar: delar.map((_, i) => i), total: delar.length }], min);
  return { delar: cells.slice(0, delar.length), total: cells[delar.length]! };
}

/** A lone count that is part of no shown line. */
export function suppressCount(n: number, min = DEFAULT_MIN_CELL): Cell {
  return n < min ? { dold: "LITEN" } : n;
}

/** A share is shown only when both its numerator and its denominator are. */
export function suppressAndel(taljare: Cell, namnare: Cell): number | null {
  return typeof taljare === "number" && typeof namnare === "number" && namnare > 0 ? taljare / namnare : null;
}

/**
 * A share's numerator k of n: k, its complement n − k and n form one line, so
 * k is hidden when it or its complement is small, and n when it is small.
 */
export function suppressAndelsunderlag(taljare: number, namnare: number, min = DEFAULT_MIN_CELL): { taljare: Cell; namnare: Cell; andel: number | null } {
  const { delar, total } = suppressLinje([taljare, namnare - taljare], namnare, min);
  const t = delar[0]!;
  return { taljare: t, namnare: total, andel: suppressAndel(t, total) };
}
