import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { linjeAvslojar, isDold, type Cell } from "@/lib/domain/suppression";
import { susSammanstallning, undertryckSus, sysselsattningskategori, SUS_TABELLER, type SusRad } from "./sus";
import { susTabeller } from "@/lib/domain/export/sus-tabeller";

const rad = (o: Partial<SusRad>): SusRad => ({
  kon: "K",
  alder: 30,
  avslutadIPerioden: true,
  avslutsorsak: "ARBETE",
  forsorjningStart: ["FORSORJNINGSSTOD"],
  forsorjningAvslut: ["LON"],
  sysselsattningStart: ["ARBETSSOKANDE"],
  sysselsattningAvslut: ["FORVARVSARBETE"],
  antal: 1,
  ...o,
});

describe("susSammanstallning", () => {
  const s = susSammanstallning([
    rad({ antal: 6 }),
    rad({ kon: "M", alder: 22, antal: 4, avslutsorsak: null, forsorjningAvslut: [], sysselsattningAvslut: [] }),
    rad({ kon: "M", alder: 50, avslutadIPerioden: false, antal: 10 }),
    rad({ alder: 70, antal: 2, sysselsattningStart: ["STUDIER", "ARBETSSOKANDE"], forsorjningStart: ["LON", "SJUKPENNING"] }),
  ]);

  it("counts every inskrivning in the age table and only the avslutade in the outcome tables", () => {
    expect(s["alder-kon"].totalt).toBe(22);
    expect(s["kon-avslutsorsak"].totalt).toBe(12);
    expect(s.forsorjning.totalt).toBe(12);
    expect(s.sysselsattning.totalt).toBe(12);
  });

  it("puts a missing avslutsorsak, försörjning or sysselsättning in 'Uppgift saknas', never drops it", () => {
    const t = s["kon-avslutsorsak"];
    expect(t.celler[t.rader.indexOf("SAKNAS")]![t.kolumner.indexOf("M")]).toBe(4);
    const f = s.forsorjning;
    expect(f.celler[f.rader.indexOf("EKONOMISKT_BISTAND")]![f.kolumner.indexOf("SAKNAS")]).toBe(4);
    const y = s.sysselsattning;
    expect(y.kolumnsummor[y.kolumner.indexOf("SAKNAS")]).toBe(4);
  });

  it("counts several codes at once as FLERA", () => {
    expect(sysselsattningskategori(["STUDIER", "ARBETSSOKANDE"])).toBe("FLERA");
    expect(sysselsattningskategori(["STUDIER", "STUDIER"])).toBe("STUDIER");
    expect(sysselsattningskategori([])).toBe("SAKNAS");
    expect(s.forsorjning.radsummor[s.forsorjning.rader.indexOf("FLERA")]).toBe(2);
  });

  it("puts age bands by startår − födelseår, kön in columns", () => {
    const a = s["alder-kon"];
    expect(a.celler[a.rader.indexOf("UNDER_25")]![a.kolumner.indexOf("M")]).toBe(4);
    expect(a.celler[a.rader.indexOf("65_PLUS")]![a.kolumner.indexOf("K")]).toBe(2);
  });

  it("labels missing values 'Uppgift saknas' in the tables the page and the exports show", () => {
    const tabeller = susTabeller(s, "sv");
    expect(tabeller.map((t) => t.id)).toEqual([...SUS_TABELLER]);
    expect(tabeller.find((t) => t.id === "kon-avslutsorsak")!.rader.map((r) => r[0])).toContain("Uppgift saknas");
    expect(susTabeller(s, "en").find((t) => t.id === "forsorjning")!.rader.map((r) => r[0])).toContain("Not recorded");
  });
});

describe("undertryckSus", () => {
  it("hides a planted 3-person cell and everything that would back it out", () => {
    const s = susSammanstallning([rad({ antal: 3, avslutsorsak: "STUDIER" }), rad({ antal: 20 }), rad({ kon: "M", antal: 25 })]);
    const u = undertryckSus(s, 5);
    const t = u["kon-avslutsorsak"];
    const i = t.rader.indexOf("STUDIER");
    expect(t.celler[i]![0]).toEqual({ dold: "LITEN" });
    const alla = Object.values(u).flatMap((k) => [...k.celler.flat(), ...k.radsummor, ...k.kolumnsummor, k.totalt]);
    expect(alla.every((c) => isDold(c) || c >= 5)).toBe(true);
  });

  it("hides the avslutade total in every outcome table or in none", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ n: fc.integer({ min: 0, max: 9 }), orsak: fc.constantFrom("ARBETE", "STUDIER", null), kon: fc.constantFrom("K" as const, "M" as const), fs: fc.constantFrom([], ["LON"], ["A_KASSA"]) }), { maxLength: 8 }), (xs) => {
        const s = susSammanstallning(xs.map((x) => rad({ antal: x.n, avslutsorsak: x.orsak, kon: x.kon, forsorjningStart: x.fs })));
        const u = undertryckSus(s, 5);
        const tot = [u["kon-avslutsorsak"].totalt, u.forsorjning.totalt, u.sysselsattning.totalt];
        expect(new Set(tot.map((c) => JSON.stringify(c))).size).toBe(1);
        for (const k of Object.values(u)) {
          // every count shown is ≥ 5, and no row or column pins a hidden one down
          const cells: Cell[] = [...k.celler.flat(), ...k.radsummor, ...k.kolumnsummor, k.totalt];
          expect(cells.every((c) => isDold(c) || c >= 5)).toBe(true);
          const c = k.kolumner.length;
          const r = k.rader.length;
          const rs = r * c;
          const cs = rs + r;
          const t = cs + c;
          for (let a = 0; a < r; a++) expect(linjeAvslojar(cells, { delar: Array.from({ length: c }, (_, j) => a * c + j), total: rs + a }, 5)).toBe(false);
          for (let j = 0; j < c; j++) expect(linjeAvslojar(cells, { delar: Array.from({ length: r }, (_, a) => a * c + j), total: cs + j }, 5)).toBe(false);
          expect(linjeAvslojar(cells, { delar: Array.from({ length: r }, (_, a) => rs + a), total: t }, 5)).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});
