import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { beraknaEnkatResultat, type EnkatResultatInput } from "./berakna-resultat";
import { undertryckEnkatResultat } from "./undertryck-resultat";
import type { EnkatVersionInfo, SvarRad } from "./resultat-typer";
import { isDold, type Cell } from "@/lib/domain/suppression";

const V1: EnkatVersionInfo = {
  id: "v1",
  nummer: 1,
  fragor: [
    { id: "vas", ordning: 1, text: "Hur mår du?", typ: "SKALA", min: 0, max: 10, minEtikett: "Mycket dåligt", maxEtikett: "Mycket bra", alternativ: [] },
    { id: "jn", ordning: 2, text: "Närmare arbete?", typ: "JA_NEJ", min: null, max: null, minEtikett: null, maxEtikett: null, alternativ: [] },
    { id: "val", ordning: 3, text: "Bästa delen?", typ: "ETT_AV_FLERA", min: null, max: null, minEtikett: null, maxEtikett: null, alternativ: ["Samtal", "Grupp", "Praktik"] },
    { id: "fri", ordning: 4, text: "Övrigt", typ: "FRITEXT", min: null, max: null, minEtikett: null, maxEtikett: null, alternativ: [] },
  ],
};
const V2: EnkatVersionInfo = { id: "v2", nummer: 2, fragor: [{ ...V1.fragor[0]!, id: "vas2", text: "Hur mår du i dag?" }] };

function svar(versionId: string, ar: number, varden: SvarRad["varden"], insatsId: string | null = "i1"): SvarRad {
  return { versionId, ar, insatsId, varden };
}
const vas = (x: number) => ({ fragaId: "vas", tal: x, text: null });
const jn = (ja: boolean) => ({ fragaId: "jn", tal: null, text: ja ? "JA" : "NEJ" });

function input(rader: SvarRad[], extra: Partial<EnkatResultatInput> = {}): EnkatResultatInput {
  return {
    enkat: { id: "e1", namn: "Deltagarenkät", respondentgrupp: "DELTAGARE_AVSLUT" },
    versioner: [V1, V2],
    svar: rader,
    lankar: [
      { ar: 2025, insatsId: "i1", antal: 20 },
      { ar: 2026, insatsId: "i1", antal: 10 },
      { ar: 2026, insatsId: "i2", antal: 5 },
    ],
    filter: { ar: null, insatsId: null },
    minCell: 5,
    ...extra,
  };
}

describe("beraknaEnkatResultat", () => {
  const rader = [
    ...[2, 4, 6, 8, 10, 10].map((x, i) => svar("v1", 2025, [vas(x), jn(i % 2 === 0), { fragaId: "val", tal: null, text: "Grupp" }])),
    svar("v1", 2025, [{ fragaId: "fri", tal: null, text: "Bra stöd" }]),
    ...[5, 7, 9].map((x) => svar("v1", 2026, [vas(x), jn(true)])),
    ...[1, 2, 3, 4, 5].map((x) => svar("v2", 2026, [{ fragaId: "vas2", tal: x, text: null }], "i2")),
  ];
  const r = beraknaEnkatResultat(input(rader));

  it("counts answers and links per year for the response rate", () => {
    expect(r.svarsfrekvens).toEqual([
      { ar: 2025, lankar: 20, svar: 7, andel: 7 / 20 },
      { ar: 2026, lankar: 15, svar: 8, andel: 8 / 15 },
    ]);
  });

  it("never mixes versions: each version has its own years and questions", () => {
    expect(r.versioner.map((v) => [v.nummer, v.antalSvar, v.perAr.map((p) => p.ar)])).toEqual([
      [1, 10, [2025, 2026]],
      [2, 5, [2026]],
    ]);
    expect(r.versioner[1]!.perAr[0]!.fragor.map((f) => f.fragaId)).toEqual(["vas2"]);
  });

  it("gives distribution, mean, ja-share and the skipped count per question", () => {
    const f2025 = r.versioner[0]!.perAr[0]!.fragor;
    const skala = f2025.find((f) => f.fragaId === "vas")!;
    expect(skala.besvarat).toBe(6);
    expect(skala.ejBesvarat).toBe(1);
    expect(skala.medel).toBeCloseTo(40 / 6);
    expect(skala.fordelning).toHaveLength(11);
    expect(skala.fordelning[0]).toEqual({ varde: "0", etikett: "0 (Mycket dåligt)", antal: 0 });
    expect(skala.fordelning.find((d) => d.varde === "10")!.antal).toBe(2);
    const janej = f2025.find((f) => f.fragaId === "jn")!;
    expect(janej.fordelning.map((d) => d.antal)).toEqual([3, 3]);
    expect(janej.andelJa).toBe(0.5);
    const val = f2025.find((f) => f.fragaId === "val")!;
    expect(val.fordelning.map((d) => [d.varde, d.antal])).toEqual([["Samtal", 0], ["Grupp", 6], ["Praktik", 0]]);
    expect(f2025.find((f) => f.fragaId === "fri")!.fritext).toEqual(["Bra stöd"]);
  });

  it("compares years within a version", () => {
    const j = r.versioner[0]!.jamforelse.find((x) => x.fragaId === "vas")!;
    expect(j.perAr.map((p) => [p.ar, p.besvarat, p.medel])).toEqual([
      [2025, 6, 40 / 6],
      [2026, 3, 7],
    ]);
  });

  it("filters by insats and year", () => {
    const i2 = beraknaEnkatResultat(input(rader, { filter: { ar: 2026, insatsId: "i2" } }));
    expect(i2.svarsfrekvens).toEqual([{ ar: 2026, lankar: 5, svar: 5, andel: 1 }]);
    expect(i2.versioner.map((v) => v.nummer)).toEqual([2]);
  });

  describe("undertryckEnkatResultat", () => {
    const u = undertryckEnkatResultat(r, 5);

    it("hides a version-year of fewer than five answers and everything inside it", () => {
      const v1 = u.versioner[0]!;
      const ar2026 = v1.perAr.find((p) => p.ar === 2026)!;
      expect(ar2026.antalSvar).toEqual({ dold: "LITEN" });
      for (const f of ar2026.fragor) {
        expect(isDold(f.besvarat)).toBe(true);
        expect(f.fordelning.every((d) => isDold(d.antal))).toBe(true);
        expect(f.medel).toBeNull();
      }
      const j = v1.jamforelse.find((x) => x.fragaId === "vas")!.perAr.find((p) => p.ar === 2026)!;
      expect(j.medel).toBeNull();
    });

    it("protects the small cell so the year's total cannot back it out", () => {
      // 2026: v1 has 3 answers (hidden), v2 has 5, the year has 8: v2 or the year must be hidden too.
      const y2026 = u.svarsfrekvens.find((s) => s.ar === 2026)!;
      const v2 = u.versioner[1]!.perAr[0]!.antalSvar;
      expect(isDold(y2026.svar) || isDold(v2)).toBe(true);
    });

    it("does not treat a version that was not in use a year as a small cell", () => {
      const rader2 = [
        ...[1, 2, 3].map((x) => svar("v1", 2025, [vas(x)])),
        ...[1, 2, 3, 4, 5, 6].map((x) => svar("v2", 2026, [{ fragaId: "vas2", tal: x, text: null }])),
      ];
      const u2 = undertryckEnkatResultat(beraknaEnkatResultat(input(rader2)), 5);
      expect(u2.versioner[1]!.perAr[0]!.antalSvar).toBe(6);
      expect(u2.versioner[1]!.antalSvar).toBe(6);
      expect(u2.svarsfrekvens.find((x) => x.ar === 2026)!.svar).toBe(6);
      expect(u2.versioner[0]!.antalSvar).toEqual({ dold: "LITEN" });
    });

    it("never ships free text and hides small answer counts inside a shown year", () => {
      const f2025 = u.versioner[0]!.perAr.find((p) => p.ar === 2025)!.fragor;
      expect(f2025.some((f) => "fritext" in f)).toBe(false);
      const skala = f2025.find((f) => f.fragaId === "vas")!;
      expect(skala.fordelning.filter((d) => typeof d.antal === "number" && d.antal > 0 && d.antal < 5)).toEqual([]);
      expect(JSON.stringify(u)).not.toContain("Bra stöd");
    });

    it("shows a share only when at least five answered", () => {
      const jn2025 = u.versioner[0]!.perAr.find((p) => p.ar === 2025)!.fragor.find((f) => f.fragaId === "jn")!;
      // 3 ja and 3 nej: both small, so the share cannot be shown.
      expect(jn2025.andelJa).toBeNull();
    });
  });
});

describe("undertryckEnkatResultat (property)", () => {
  it("never shows an answer count or respondent count of 0–4", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.integer({ min: 0, max: 10 }), ar: fc.constantFrom(2025, 2026), v: fc.constantFrom("v1", "v2"), skip: fc.boolean() }), { maxLength: 40 }), (xs) => {
        const rader = xs.map((s) => (s.v === "v1" ? svar("v1", s.ar, s.skip ? [] : [vas(s.x)]) : svar("v2", s.ar, s.skip ? [] : [{ fragaId: "vas2", tal: s.x, text: null }])));
        const u = undertryckEnkatResultat(beraknaEnkatResultat(input(rader)), 5);
        const shown: Cell[] = [
          ...u.svarsfrekvens.map((s) => s.svar),
          ...u.versioner.flatMap((v) => [v.antalSvar, ...v.perAr.flatMap((p) => [p.antalSvar, ...p.fragor.flatMap((f) => [f.besvarat, ...f.fordelning.map((d) => d.antal)])])]),
        ];
        for (const c of shown) if (typeof c === "number") expect(c === 0 || c >= 5).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
