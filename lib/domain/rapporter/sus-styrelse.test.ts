// Review (helper 9): the board downloads both the board view (per insats: K/M
// aktiva, avslutade and inskrivna in the period) and the SUS summary of the
// same insats and period. The SUS column sums are the same numbers: inskrivna
// per kön (ålder × kön) and avslutade per kön (kön × avslutsorsak). Suppressed
// apart, the SUS showed a number the board view hides, and the board's hidden
// "<5" came back out by subtraction.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDold, linjeAvslojar, type Cell } from "@/lib/domain/suppression";
// The lines of the board view's own table (K aktiva, avslutade, totalt; M …; totalt …).
import { suppressDeltagare, KON_STATUS_TABELL as TABELL } from "@/lib/domain/oversikt/styrelse-vy";
import { susSammanstallning, undertryckSus, type SusRad } from "./sus";

const rad = (kon: "K" | "M", avslutad: boolean, antal: number, avslutsorsak: string | null = "ARBETE"): SusRad => ({
  kon,
  alder: 40,
  avslutadIPerioden: avslutad,
  avslutsorsak: avslutad ? avslutsorsak : null,
  forsorjningStart: [],
  forsorjningAvslut: [],
  sysselsattningStart: [],
  sysselsattningAvslut: [],
  antal,
});

/** What a board member knows of the nine numbers after downloading both: a number shown in either, else the tighter label. */
function kunskap(rader: SusRad[]): Cell[] {
  const s = susSammanstallning(rader);
  const u = undertryckSus(s, 5);
  const ak = s["alder-kon"];
  const ko = s["kon-avslutsorsak"];
  const [iK, iM, iT] = [ak.kolumnsummor[0]!, ak.kolumnsummor[1]!, ak.totalt];
  const [vK, vM, vT] = [ko.kolumnsummor[0]!, ko.kolumnsummor[1]!, ko.totalt];
  const board = suppressDeltagare(
    {
      kalla: "INSKRIVNINGAR",
      K: { aktiva: iK - vK, avslutade: vK, totalt: iK },
      M: { aktiva: iM - vM, avslutade: vM, totalt: iM },
      totalt: { aktiva: iT - vT, avslutade: vT, totalt: iT },
      andelKvinnor: null,
      andelMan: null,
      jamstalld: null,
    },
    5,
  );
  const fran = [board.K, board.M, board.totalt].flatMap((r) => [r.aktiva!, r.avslutade!, r.totalt]);
  const sus: (Cell | null)[] = [
    null, u["kon-avslutsorsak"].kolumnsummor[0]!, u["alder-kon"].kolumnsummor[0]!,
    null, u["kon-avslutsorsak"].kolumnsummor[1]!, u["alder-kon"].kolumnsummor[1]!,
    null, u["kon-avslutsorsak"].totalt, u["alder-kon"].totalt,
  ];
  return fran.map((b, i) => {
    const o = sus[i];
    if (!isDold(b)) return b;
    if (o != null && !isDold(o)) return o;
    return o != null && isDold(o) && o.dold === "LITEN" ? o : b;
  });
}

describe("the SUS summary and the board view of one insats and period, downloaded together", () => {
  it("do not give back the board's hidden '<5' of women still active (20 inskrivna, 17 avslutade)", () => {
    const k = kunskap([rad("K", true, 17), rad("K", false, 3), rad("M", true, 20)]);
    expect(k[0]).toEqual({ dold: "LITEN" });
    for (const l of TABELL) expect(linjeAvslojar(k, l, 5), JSON.stringify(l)).toBe(false);
  });

  it("never pin a hidden board number, for any counts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ kon: fc.constantFrom("K" as const, "M" as const), avslutad: fc.boolean(), n: fc.integer({ min: 0, max: 25 }), orsak: fc.constantFrom("ARBETE", "STUDIER", null) }), { maxLength: 6 }),
        (xs) => {
          const k = kunskap(xs.map((x) => rad(x.kon, x.avslutad, x.n, x.orsak)));
          for (const l of TABELL) expect(linjeAvslojar(k, l, 5), JSON.stringify({ l, k })).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
