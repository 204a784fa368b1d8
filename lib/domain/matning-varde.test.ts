import { describe, expect, it } from "vitest";
import { matningVardeFel } from "./matning-varde";

const VAS = { kod: "VAS", namn: "Livskvalitet (VAS)", typ: "SKALA", min: 0, max: 10 } as const;
const STEG = { kod: "STEG", namn: "Steg mot arbete", typ: "SKALA", min: 1, max: 7 } as const;
const JANEJ = { kod: "NARMARE", namn: "Närmare arbetsmarknaden", typ: "JANEJ", min: 0, max: 1 } as const;

describe("matningVardeFel", () => {
  it.each([0, 5, 10])("accepts VAS %s", (v) => expect(matningVardeFel(VAS, v)).toBeNull());
  it.each([-1, 11, 6.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses VAS %s with a Swedish message", (v) => {
    expect(matningVardeFel(VAS, v)).toMatch(/Livskvalitet \(VAS\)/);
  });
  it("names the förbund's own scale in the message", () => {
    expect(matningVardeFel(STEG, 0)).toBe("Steg mot arbete ska vara ett heltal mellan 1 och 7");
    expect(matningVardeFel(STEG, 8)).toBe("Steg mot arbete ska vara ett heltal mellan 1 och 7");
    expect(matningVardeFel(STEG, 7)).toBeNull();
  });
  it("takes only ja (1) or nej (0) for a ja/nej question", () => {
    expect(matningVardeFel(JANEJ, 1)).toBeNull();
    expect(matningVardeFel(JANEJ, 0)).toBeNull();
    expect(matningVardeFel(JANEJ, 2)).toBe("Svara ja eller nej för Närmare arbetsmarknaden");
  });
  it("handles a scale open at one end", () => {
    const open = { kod: "X", namn: "Timmar", typ: "SKALA", min: 0, max: null } as const;
    expect(matningVardeFel(open, 40)).toBeNull();
    expect(matningVardeFel(open, -1)).toBe("Timmar ska vara ett heltal från 0");
  });
});
