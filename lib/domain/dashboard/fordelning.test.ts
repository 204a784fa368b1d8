import { describe, expect, it } from "vitest";
import { aldersband } from "./alder";
import { fordelningar, type Aggregatrad } from "./fordelning";

const r = (over: Partial<Aggregatrad>): Aggregatrad => ({ kon: "K", alder: 30, gruppId: null, avslutad: false, utfall: false, antal: 1, ...over });

describe("aldersband", () => {
  it("puts band edges in the right band", () => {
    expect([18, 24, 25, 34, 35, 44, 45, 54, 55, 64, 65, 80].map(aldersband)).toEqual([
      "UNDER_25", "UNDER_25", "25_34", "25_34", "35_44", "35_44", "45_54", "45_54", "55_64", "55_64", "65_PLUS", "65_PLUS",
    ]);
  });
});

describe("fordelningar", () => {
  const grupper = [
    { id: "g1", namn: "Grupp 1" },
    { id: "g2", namn: "Grupp 2" },
  ];

  it("folds the aggregate rows into the funnel and each breakdown (hand-computed)", () => {
    const f = fordelningar(
      [
        r({ kon: "K", alder: 23, gruppId: "g1", avslutad: true, utfall: true, antal: 2 }),
        r({ kon: "K", alder: 40, gruppId: "g1", avslutad: true, utfall: false, antal: 3 }),
        r({ kon: "M", alder: 40, gruppId: null, avslutad: false, antal: 4 }),
        // utfall without avslut cannot happen in data; it must not count as an outcome anyway
        r({ kon: "M", alder: 58, gruppId: "g1", avslutad: false, utfall: true, antal: 1 }),
      ],
      grupper,
    );
    expect(f.tratt).toEqual({ inskrivna: 10, avslutade: 5, medUtfall: 2 });
    expect(f.perKon).toEqual([
      { nyckel: "K", inskrivna: 5, avslutade: 5, medUtfall: 2 },
      { nyckel: "M", inskrivna: 5, avslutade: 0, medUtfall: 0 },
    ]);
    expect(f.perAlder.find((a) => a.nyckel === "UNDER_25")).toEqual({ nyckel: "UNDER_25", inskrivna: 2, avslutade: 2, medUtfall: 2 });
    expect(f.perAlder.find((a) => a.nyckel === "35_44")).toEqual({ nyckel: "35_44", inskrivna: 7, avslutade: 3, medUtfall: 0 });
    expect(f.perGrupp).toEqual([
      { nyckel: "g1", namn: "Grupp 1", inskrivna: 6, avslutade: 5, medUtfall: 2 },
      { nyckel: "g2", namn: "Grupp 2", inskrivna: 0, avslutade: 0, medUtfall: 0 },
      { nyckel: "", inskrivna: 4, avslutade: 0, medUtfall: 0 },
    ]);
  });

  it("gives an empty insats zero rows for kön and age and its groups, but no 'utan grupp' row", () => {
    const f = fordelningar([], grupper);
    expect(f.tratt).toEqual({ inskrivna: 0, avslutade: 0, medUtfall: 0 });
    expect(f.perKon.map((k) => k.inskrivna)).toEqual([0, 0]);
    expect(f.perAlder).toHaveLength(6);
    expect(f.perGrupp.map((g) => g.nyckel)).toEqual(["g1", "g2"]);
  });

  it("handles one person", () => {
    const f = fordelningar([r({ kon: "M", alder: 66, avslutad: true, utfall: true })], []);
    expect(f.tratt).toEqual({ inskrivna: 1, avslutade: 1, medUtfall: 1 });
    expect(f.perAlder.find((a) => a.nyckel === "65_PLUS")!.medUtfall).toBe(1);
    expect(f.perGrupp).toEqual([{ nyckel: "", inskrivna: 1, avslutade: 1, medUtfall: 1 }]);
  });
});
