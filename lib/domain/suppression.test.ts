import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDold, linjeAvslojar, suppressAndelsunderlag, suppressCount, suppressLinje, suppressTable, type Cell, type Linje } from "./suppression";

const L = { dold: "LITEN" } as const;
const S = { dold: "SKYDD" } as const;

describe("suppressLinje (kvinnor, män → totalt)", () => {
  it.each([
    ["nothing small: everything shown", 5, [12, 30], 42, [12, 30], 42],
    ["3 women of 20: women <5, men hidden too, total shown", 5, [3, 17], 20, [L, S], 20],
    ["both small: both <5, total shown (5 = 1..4 + 1..4)", 5, [2, 3], 5, [L, L], 5],
    ["total small: everything <5", 5, [1, 2], 3, [L, L], L],
    ["0 is a small cell", 5, [0, 40], 40, [L, S], 40],
    ["exactly 5 is shown", 5, [5, 5], 10, [5, 5], 10],
    ["a custom minimum of 3 shows 3", 3, [3, 17], 20, [3, 17], 20],
    ["a custom minimum of 10 hides 7", 10, [7, 17], 24, [L, S], 24],
  ] as const)("%s", (_label, min, delar, total, expDelar, expTotal) => {
    const r = suppressLinje(delar, total, min);
    expect(r.delar).toEqual(expDelar);
    expect(r.total).toEqual(expTotal);
  });

  it("with three parts hides the smallest other part, not the total", () => {
    expect(suppressLinje([2, 10, 30], 42)).toEqual({ delar: [L, S, 30], total: 42 });
  });

  it("adds a third cell when two small cells are pinned by their sum (0 + 0 or 4 + 4)", () => {
    expect(suppressLinje([0, 0, 20], 20)).toEqual({ delar: [L, L, S], total: 20 });
    expect(suppressLinje([4, 4, 20], 28)).toEqual({ delar: [L, L, S], total: 28 });
  });
});

describe("suppressAndelsunderlag (k of n)", () => {
  it.each([
    ["12 of 20: shown", 12, 20, 12, 20, 0.6],
    ["7 of 10: the 3 who did not reach it are a small cell → numerator hidden", 7, 10, S, 10, null],
    ["3 of 10: numerator small → hidden, share hidden", 3, 10, L, 10, null],
    ["48 of 50: complement 2 reveals it → numerator hidden", 48, 50, S, 50, null],
    ["2 of 4: denominator small → all hidden", 2, 4, L, L, null],
    ["0 of 12: a zero numerator is small", 0, 12, L, 12, null],
  ] as const)("%s", (_l, k, n, expK, expN, andel) => {
    const r = suppressAndelsunderlag(k, n);
    expect(r.taljare).toEqual(expK);
    expect(r.namnare).toEqual(expN);
    expect(r.andel).toEqual(andel);
  });
});

describe("suppressTable (kön × aktiva/avslutade with margins)", () => {
  // [K aktiva, K avslutade, K totalt, M aktiva, M avslutade, M totalt, aktiva, avslutade, totalt]
  const linjer: Linje[] = [
    { delar: [0, 1], total: 2 },
    { delar: [3, 4], total: 5 },
    { delar: [6, 7], total: 8 },
    { delar: [0, 3], total: 6 },
    { delar: [1, 4], total: 7 },
    { delar: [2, 5], total: 8 },
  ];

  it("spreads the suppression to every line the small cell touches", () => {
    const cells = suppressTable([3, 10, 13, 20, 30, 50, 23, 40, 63], linjer);
    expect(cells[0]).toEqual(L);
    for (const l of linjer) expect(linjeAvslojar(cells, l, 5)).toBe(false);
    expect(cells[8]).toBe(63);
  });

  it("shows a table without small cells unchanged", () => {
    expect(suppressTable([6, 10, 16, 20, 30, 50, 26, 40, 66], linjer)).toEqual([6, 10, 16, 20, 30, 50, 26, 40, 66]);
  });

  it("suppresses a lone count under the minimum", () => {
    expect(suppressCount(4)).toEqual(L);
    expect(suppressCount(5)).toBe(5);
    expect(suppressCount(2, 2)).toBe(2);
  });
});

/** Every value a suppressed cell could have, given the shown cells of one line and the labels. */
function recoverable(values: number[], cells: Cell[], linje: Linje, min: number): boolean {
  const total = cells[linje.total]!;
  const hidden = linje.delar.filter((i) => isDold(cells[i]!));
  if (isDold(total)) return linje.delar.every((i) => !isDold(cells[i]!));
  if (hidden.length === 0) return false;
  // Brute force: enumerate hidden values in their label ranges (SKYDD capped at the total).
  const rest = (total as number) - linje.delar.filter((i) => !isDold(cells[i]!)).reduce((s, i) => s + values[i]!, 0);
  const ranges = hidden.map((i) => ((cells[i] as { dold: string }).dold === "LITEN" ? [0, min - 1] : [min, total as number]) as [number, number]);
  const possible = hidden.map(() => new Set<number>());
  const walk = (k: number, acc: number[]) => {
    if (k === hidden.length) {
      if (acc.reduce((s, x) => s + x, 0) === rest) acc.forEach((v, j) => possible[j]!.add(v));
      return;
    }
    for (let v = ranges[k]![0]; v <= ranges[k]![1]; v++) walk(k + 1, [...acc, v]);
  };
  walk(0, []);
  return possible.some((s) => s.size === 1);
}

describe("property: no suppressed cell can be recovered from its line", () => {
  it("holds for any line of parts and their total", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(30), { minLength: 1, maxLength: 4 }), fc.integer({ min: 2, max: 6 }), (delar, min) => {
        const total = delar.reduce((s, x) => s + x, 0);
        const values = [...delar, total];
        const linje: Linje = { delar: delar.map((_, i) => i), total: delar.length };
        const cells = suppressTable(values, [linje], min);
        expect(recoverable(values, cells, linje, min)).toBe(false);
        // Nothing small is ever shown, and shown cells keep their true value.
        cells.forEach((c, i) => (isDold(c) ? undefined : expect(c).toBe(values[i])));
        values.forEach((v, i) => v < min && expect(isDold(cells[i]!)).toBe(true));
      }),
      { numRuns: 400 },
    );
  });

  it("holds for every row and column of a 2 × 2 table with margins", () => {
    const linjer: Linje[] = [
      { delar: [0, 1], total: 2 },
      { delar: [3, 4], total: 5 },
      { delar: [6, 7], total: 8 },
      { delar: [0, 3], total: 6 },
      { delar: [1, 4], total: 7 },
      { delar: [2, 5], total: 8 },
    ];
    fc.assert(
      fc.property(fc.tuple(fc.nat(25), fc.nat(25), fc.nat(25), fc.nat(25)), ([a, b, c, d]) => {
        const values = [a, b, a + b, c, d, c + d, a + c, b + d, a + b + c + d];
        const cells = suppressTable(values, linjer, 5);
        for (const l of linjer) expect(recoverable(values, cells, l, 5)).toBe(false);
        values.forEach((v, i) => v < 5 && expect(isDold(cells[i]!)).toBe(true));
      }),
      { numRuns: 400 },
    );
  });
});

describe("zero is a small cell (0 reveals people too)", () => {
  it("hides '0 of 3 women improved': the 0, the 3 and what would back them out", () => {
    // rows: kvinnor, män; columns: förbättrad, ej förbättrad; with margins.
    // [K+, K−, K, M+, M−, M, +, −, totalt]
    const linjer = [
      { delar: [0, 1], total: 2 },
      { delar: [3, 4], total: 5 },
      { delar: [6, 7], total: 8 },
      { delar: [0, 3], total: 6 },
      { delar: [1, 4], total: 7 },
      { delar: [2, 5], total: 8 },
    ];
    const cells = suppressTable([0, 3, 3, 20, 17, 37, 20, 20, 40], linjer);
    expect(cells[0]).toEqual(L);
    expect(cells[1]).toEqual(L);
    expect(cells[2]).toEqual(L);
    // Whatever else is shown, no line lets a reader pin a hidden cell down.
    for (const l of linjer) expect(linjeAvslojar(cells, l, 5)).toBe(false);
  });

  it("a hidden 0 and a hidden 4 look the same", () => {
    expect(suppressCount(0)).toEqual(suppressCount(4));
  });
});

describe("a small cell keeps its upper bound", () => {
  it("hides more when the total would tell the board two small cells hold at most 1 together", () => {
    // 30 shown + two small cells with 1 person between them, total 31: a reader would learn "0 or 1" for each.
    const c = suppressLinje([30, 1, 0], 31);
    expect(c.delar[1]).toEqual(L);
    expect(c.delar[2]).toEqual(L);
    expect(isDold(c.delar[0]!) || isDold(c.total)).toBe(true);
  });
  it("still shows '5 = <5 + <5' (it says only that each holds somebody)", () => {
    expect(suppressLinje([2, 3], 5)).toEqual({ delar: [L, L], total: 5 });
  });
});
