import { describe, expect, it } from "vitest";
import { forsorjningKorstabell, forsorjningskategori } from "./forsorjning";

describe("forsorjningskategori", () => {
  it("maps sources to SCB's group, several groups to FLERA and none to SAKNAS", () => {
    expect(forsorjningskategori(["LON"])).toBe("EGEN_FORSORJNING");
    expect(forsorjningskategori(["LON", "STUDIEMEDEL"])).toBe("EGEN_FORSORJNING");
    expect(forsorjningskategori(["SJUKPENNING", "FORSORJNINGSSTOD"])).toBe("FLERA");
    expect(forsorjningskategori([])).toBe("SAKNAS");
    expect(forsorjningskategori(["PÅHITTAD"])).toBe("OVRIG");
  });
});

describe("forsorjningKorstabell", () => {
  it("puts each person in exactly one cell, with sums that add up (hand-computed)", () => {
    const k = forsorjningKorstabell([
      { start: ["SJUKPENNING"], avslut: ["LON"], antal: 3 },
      { start: ["SJUKPENNING"], avslut: ["SJUKERSATTNING"], antal: 2 },
      { start: ["A_KASSA"], avslut: [], antal: 1 },
      // the same combination in another order is the same cell
      { start: ["FORSORJNINGSSTOD", "LON"], avslut: ["LON"], antal: 1 },
      { start: ["LON", "FORSORJNINGSSTOD"], avslut: ["LON"], antal: 1 },
    ]);
    expect(k.celler.OHALSA.EGEN_FORSORJNING).toBe(3);
    expect(k.celler.OHALSA.OHALSA).toBe(2);
    expect(k.celler.ARBETSMARKNADSSTOD.SAKNAS).toBe(1);
    expect(k.celler.FLERA.EGEN_FORSORJNING).toBe(2);
    expect(k.radsummor.OHALSA).toBe(5);
    expect(k.kolumnsummor.EGEN_FORSORJNING).toBe(5);
    expect(k.totalt).toBe(8);
    expect(k.anvanda).toEqual(["OHALSA", "ARBETSMARKNADSSTOD", "EGEN_FORSORJNING", "FLERA", "SAKNAS"]);
    const summa = Object.values(k.radsummor).reduce((a, b) => a + b, 0);
    expect(summa).toBe(k.totalt);
  });
  it("is empty for an empty insats, and all SAKNAS when nothing was recorded", () => {
    expect(forsorjningKorstabell([])).toMatchObject({ totalt: 0, anvanda: [] });
    expect(forsorjningKorstabell([{ start: [], avslut: [], antal: 4 }])).toMatchObject({ totalt: 4, anvanda: ["SAKNAS"] });
  });
});

describe("missing försörjning stored as NULL", () => {
  it("counts a NULL array as Uppgift saknas instead of failing", () => {
    const t = forsorjningKorstabell([{ start: null, avslut: ["LON"], antal: 2 }]);
    expect(t.celler.SAKNAS.EGEN_FORSORJNING).toBe(2);
  });
});
