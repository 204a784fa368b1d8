import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DELTAGARE_KOD_ALFABET as A,
  checkDeltagareKod,
  generateDeltagareKod,
  isValidDeltagareKod,
  normalizeDeltagareKod,
} from "@/lib/domain/deltagare-kod";

const FORMAT = /^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{4}$/;

/** A random source that replays the given indices. */
const replay = (indices: number[]) => {
  let i = 0;
  return () => indices[i++ % indices.length] ?? 0;
};
const arbKod = fc
  .array(fc.integer({ min: 0, max: A.length - 1 }), { minLength: 6, maxLength: 6 })
  .map((idx) => generateDeltagareKod(replay(idx)));

describe("alphabet", () => {
  it("has 31 symbols and none of the ambiguous 0 O 1 I L", () => {
    expect(A).toHaveLength(31);
    expect(new Set(A).size).toBe(31);
    for (const c of "0O1IL") expect(A).not.toContain(c);
  });
});

describe("generateDeltagareKod", () => {
  it("produces XXX-XXXX from the alphabet, valid", () => {
    for (let i = 0; i < 200; i++) {
      const kod = generateDeltagareKod();
      expect(kod).toMatch(FORMAT);
      expect(isValidDeltagareKod(kod)).toBe(true);
    }
  });

  it("is deterministic with an injected source", () => {
    expect(generateDeltagareKod(replay([0, 0, 0, 0, 0, 0]))).toBe("222-2222");
    // values 1..6 → "345678"; Σ i·i (i=1..6) = 91 ≡ 29; check c: 29 + 7c ≡ 0 (mod 31) → c = 2·7⁻¹ = 2·9 = 18 → "M"
    expect(generateDeltagareKod(replay([1, 2, 3, 4, 5, 6]))).toBe("345-678M");
  });

  it("refuses a random source outside [0, 31)", () => {
    expect(() => generateDeltagareKod(() => 31)).toThrow(RangeError);
    expect(() => generateDeltagareKod(() => -1)).toThrow(RangeError);
    expect(() => generateDeltagareKod(() => 0.5)).toThrow(RangeError);
  });

  it("spreads evenly over the alphabet in every position (chi-square)", () => {
    const samples = 31 * 400;
    const counts = Array.from({ length: 7 }, () => new Array<number>(31).fill(0));
    for (let n = 0; n < samples; n++) {
      const s = generateDeltagareKod().replace("-", "");
      for (let p = 0; p < 7; p++) counts[p]![A.indexOf(s[p]!)]!++;
    }
    const expected = samples / 31;
    for (const row of counts) {
      const chi2 = row.reduce((acc, c) => acc + (c - expected) ** 2 / expected, 0);
      // 30 degrees of freedom: P(χ² > 80) ≈ 2·10⁻⁶, so a failure means real bias.
      expect(chi2).toBeLessThan(80);
    }
  });

  it("rarely repeats: 1000 codes are (almost surely) all distinct", () => {
    // Birthday bound with 31⁶ ≈ 8.9·10⁸ codes: P(any collision) ≈ 0.06 %; allow one.
    const codes = new Set(Array.from({ length: 1000 }, () => generateDeltagareKod()));
    expect(codes.size).toBeGreaterThanOrEqual(999);
  });
});

describe("normalizeDeltagareKod", () => {
  it.each([
    ["k7p-3mx9", "K7P-3MX9"],
    ["K7P3MX9", "K7P-3MX9"],
    ["  k7p 3mx9 ", "K7P-3MX9"],
    ["K-7-P-3MX9", "K7P-3MX9"],
  ])("%j → %s", (input, out) => expect(normalizeDeltagareKod(input)).toBe(out));

  it.each(["", "K7P-3MX", "K7P-3MX99", "K0P-3MX9", "KOP-3MX9", "K1P-3MX9", "KIP-3MX9", "KLP-3MX9", "K7P_3MX9"])(
    "%j → null",
    (input) => expect(normalizeDeltagareKod(input)).toBeNull(),
  );
});

describe("checkDeltagareKod", () => {
  it("accepts a valid code in any spelling and returns it normalised", () => {
    expect(checkDeltagareKod(" 345678m ")).toEqual({ ok: true, kod: "345-678M" });
  });
  it.each([
    ["", "Ange en deltagarkod"],
    ["K0P-3MO9", "Koden innehåller 0, O – koder består av siffrorna 2–9 och bokstäverna A–Z utom I, L och O"],
    ["345-678", "Koden ska ha 7 tecken (nu 6)"],
    ["345-678S", "Koden stämmer inte – kontrollera att den är rätt avskriven"],
  ])("%j → %s", (input, error) => expect(checkDeltagareKod(input)).toEqual({ ok: false, error }));
});

describe("check character — properties", () => {
  const chars = (kod: string) => [...kod.replace("-", "")];
  const join = (cs: string[]) => `${cs.slice(0, 3).join("")}-${cs.slice(3).join("")}`;

  it("every generated code is valid and normalises to itself", () => {
    fc.assert(
      fc.property(arbKod, (kod) => {
        expect(isValidDeltagareKod(kod)).toBe(true);
        expect(normalizeDeltagareKod(kod.toLowerCase())).toBe(kod);
      }),
    );
  });

  it("detects every single-character typo", () => {
    fc.assert(
      fc.property(arbKod, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 30 }), (kod, pos, shift) => {
        const cs = chars(kod);
        cs[pos] = A[(A.indexOf(cs[pos]!) + shift) % 31]!;
        expect(isValidDeltagareKod(join(cs))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("detects every swap of two adjacent different characters (check character included)", () => {
    fc.assert(
      fc.property(arbKod, fc.integer({ min: 0, max: 5 }), (kod, pos) => {
        const cs = chars(kod);
        fc.pre(cs[pos] !== cs[pos + 1]);
        [cs[pos], cs[pos + 1]] = [cs[pos + 1]!, cs[pos]!];
        expect(isValidDeltagareKod(join(cs))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
