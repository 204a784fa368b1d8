import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wilson } from "./wilson";

describe("wilson", () => {
  it("has no interval without observations", () => {
    expect(wilson(0, 0)).toBeUndefined();
  });

  // Reference values computed outside this code base (closed form in Python with
  // z = 1.959964); 7 of 10 → [0.397, 0.892] is the textbook Wilson example.
  it.each([
    [7, 10, 0.3968, 0.8922],
    [5, 7, 0.3589, 0.9178],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
    [1, 2, 0.0945, 0.9055],
    [50, 100, 0.4038, 0.5962],
  ])("%i of %i → [%f, %f]", (k, n, low, high) => {
    const i = wilson(k, n);
    expect(i?.low).toBeCloseTo(low, 4);
    expect(i?.high).toBeCloseTo(high, 4);
  });

  it("narrows as n grows for the same share", () => {
    const a = wilson(7, 10)!;
    const b = wilson(70, 100)!;
    const c = wilson(700, 1000)!;
    expect(a.high - a.low).toBeGreaterThan(b.high - b.low);
    expect(b.high - b.low).toBeGreaterThan(c.high - c.low);
  });

  it("refuses impossible counts", () => {
    expect(() => wilson(3, 2)).toThrow(RangeError);
    expect(() => wilson(-1, 2)).toThrow(RangeError);
    expect(() => wilson(1.5, 2)).toThrow(RangeError);
  });

  it("property: for all 0 ≤ k ≤ n ≤ 10 000, 0 ≤ low ≤ k/n ≤ high ≤ 1", () => {
    const kn = fc.integer({ min: 1, max: 10_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(kn, ([k, n]) => {
        const i = wilson(k, n)!;
        const p = k / n;
        return 0 <= i.low && i.low <= p && p <= i.high && i.high <= 1;
      }),
      { numRuns: 2000 },
    );
  });

  it("property: symmetric — the interval for k of n mirrors the one for n − k", () => {
    const kn = fc.integer({ min: 1, max: 10_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(kn, ([k, n]) => {
        const a = wilson(k, n)!;
        const b = wilson(n - k, n)!;
        return Math.abs(a.low - (1 - b.high)) < 1e-9 && Math.abs(a.high - (1 - b.low)) < 1e-9;
      }),
    );
  });
});
