import { describe, expect, it } from "vitest";
import { sammanfattaPar, stegforflyttning } from "./parade";

describe("sammanfattaPar", () => {
  it("classifies aggregated pairs (hand-computed)", () => {
    const s = sammanfattaPar([
      { start: 4, avslut: 7, antal: 3 },
      { start: 5, avslut: 5, antal: 2 },
      { start: 8, avslut: 6, antal: 1 },
      { start: null, avslut: 6, antal: 4 },
      { start: 3, avslut: null, antal: 5 },
      { start: null, avslut: null, antal: 6 },
    ]);
    expect(s).toEqual({ forbattrad: 3, oforandrad: 2, forsamrad: 1, saknarStart: 4, saknarAvslut: 5, saknarBada: 6, parade: 6, totalt: 21 });
  });
  it("is all zeros for an empty insats", () => {
    expect(sammanfattaPar([])).toEqual({ forbattrad: 0, oforandrad: 0, forsamrad: 0, saknarStart: 0, saknarAvslut: 0, saknarBada: 0, parade: 0, totalt: 0 });
  });
  it("counts everyone as missing when nobody was measured", () => {
    expect(sammanfattaPar([{ start: null, avslut: null, antal: 9 }])).toMatchObject({ parade: 0, saknarBada: 9, totalt: 9 });
  });
  it("handles one person", () => {
    expect(sammanfattaPar([{ start: 2, avslut: 3, antal: 1 }])).toMatchObject({ forbattrad: 1, parade: 1, totalt: 1 });
  });
});

describe("stegforflyttning", () => {
  const skala = { min: 1, max: 7 };
  it("gives every possible move on a 1–7 scale, zeros included, and the mean", () => {
    const s = stegforflyttning(
      [
        { start: 2, avslut: 4, antal: 3 },
        { start: 3, avslut: 3, antal: 1 },
        { start: 5, avslut: 4, antal: 2 },
        { start: null, avslut: 4, antal: 7 },
      ],
      skala,
    );
    expect(s.fordelning.map((f) => f.steg)).toEqual([-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6]);
    expect(s.fordelning.filter((f) => f.antal > 0)).toEqual([
      { steg: -1, antal: 2 },
      { steg: 0, antal: 1 },
      { steg: 2, antal: 3 },
    ]);
    expect(s).toMatchObject({ saknas: 7, parade: 6 });
    expect(s.medel).toBeCloseTo((2 * 3 + 0 - 2) / 6, 10);
  });
  it("has no mean when nobody is paired, and an empty insats has only zeros", () => {
    expect(stegforflyttning([{ start: 1, avslut: null, antal: 2 }], skala)).toMatchObject({ saknas: 2, parade: 0, medel: null });
    const tom = stegforflyttning([], skala);
    expect(tom.fordelning.every((f) => f.antal === 0)).toBe(true);
    expect(tom.medel).toBeNull();
  });
  it("widens the range for a value outside the declared scale instead of dropping it", () => {
    const s = stegforflyttning([{ start: 1, avslut: 9, antal: 1 }], skala);
    expect(s.fordelning.at(-1)).toEqual({ steg: 8, antal: 1 });
  });
});
