import { describe, expect, it } from "vitest";
import type { MalResultat } from "@/lib/domain/goals/evaluate";
import { suppressDeltagare, suppressMal } from "./styrelse-vy";
import { formatStyrelseResultat } from "./format-styrelse-mal";
import type { OversiktMal } from "./types";

const mal = (resultat: Partial<MalResultat>, typ: OversiktMal["typ"] = "ANDEL"): OversiktMal => ({
  id: "m1",
  kategori: "RESULTATMAL",
  typ,
  text: "",
  mening: "Minst 7 av 10",
  kvalitativStatus: null,
  resultat: { typ, status: "PA_VAG", taljare: 0, namnare: 0, varde: null, mal: { minAndel: 0.7 }, saknarData: 0, ...resultat },
});

describe("suppressMal", () => {
  it("shows a share whose numerator and complement are both 5 or more, with its interval", () => {
    const m = suppressMal(mal({ taljare: 12, namnare: 20, varde: 0.6, intervall: { low: 0.39, high: 0.78 }, saknarData: 7 }), 5);
    expect(m).toMatchObject({ taljare: 12, namnare: 20, varde: 0.6, intervall: { low: 0.39, high: 0.78 }, saknarData: 7 });
    expect(formatStyrelseResultat(m, 5, "sv")).toBe("12 av 20 (60\u00a0%) — mål minst 7 av 10");
  });

  it("hides 48 of 50: the 2 who did not improve are a small cell, and the interval would give it away", () => {
    const m = suppressMal(mal({ status: "UPPNATT", taljare: 48, namnare: 50, varde: 0.96, intervall: { low: 0.87, high: 0.99 }, saknarData: 2 }), 5);
    expect(m).toMatchObject({ status: "UPPNATT", taljare: { dold: "SKYDD" }, namnare: 50, varde: null, intervall: null, saknarData: { dold: "LITEN" } });
    expect(formatStyrelseResultat(m, 5, "sv")).toBe("– av 50 — mål minst 7 av 10");
  });

  it("hides small yearly counts of an ANTAL per year target but keeps the years reached", () => {
    const m = suppressMal(
      mal(
        {
          per: "AR",
          taljare: 34,
          namnare: 34,
          varde: 1,
          mal: { minAntal: 30 },
          perUndergrupp: [
            { nyckel: "2020", namn: "2020", antal: 31, uppnatt: true },
            { nyckel: "2021", namn: "2021", antal: 3, uppnatt: false },
          ],
        },
        "ANTAL",
      ),
      5,
    );
    expect(m.perUndergrupp.map((u) => u.antal)).toEqual([31, { dold: "LITEN" }]);
    expect(m.varde).toBe(1);
    expect(formatStyrelseResultat(m, 5, "sv")).toBe("2020: 31, 2021: <5 — mål minst 30 per kalenderår");
  });

  it("shows a count target without condition (418 inskrivna) — there is no complement to protect", () => {
    const m = suppressMal(mal({ status: "UPPNATT", taljare: 418, namnare: 418, varde: 418, mal: { minAntal: 400 } }, "ANTAL"), 5);
    expect(m).toMatchObject({ taljare: 418, namnare: 418, varde: 418 });
    expect(formatStyrelseResultat(m, 5, "sv")).toBe("418 — mål minst 400");
  });

  it("hides an ANTAL target's population when it reveals that few did not meet the condition", () => {
    const m = suppressMal(mal({ status: "RISK", taljare: 10, namnare: 12, varde: 10, mal: { minAntal: 12 } }, "ANTAL"), 5);
    expect(m).toMatchObject({ taljare: 10, namnare: { dold: "SKYDD" }, varde: 10 });
    expect(suppressMal(mal({ taljare: 3, namnare: 20, varde: 3, mal: { minAntal: 6 } }, "ANTAL"), 5)).toMatchObject({ taljare: { dold: "LITEN" }, namnare: 20, varde: null });
  });

  it("says a qualitative target is assessed by hand and carries no counts", () => {
    const m = suppressMal({ ...mal({ status: "MANUELL" }, "KVALITATIV"), kvalitativStatus: "PAGAR" }, 5);
    expect(formatStyrelseResultat(m, 5, "sv")).toBe("Bedöms manuellt");
  });
});

describe("suppressDeltagare", () => {
  it("keeps a table without small cells and its shares", () => {
    const d = suppressDeltagare(
      { kalla: "INSKRIVNINGAR", K: { aktiva: 10, avslutade: 8, totalt: 18 }, M: { aktiva: 12, avslutade: 6, totalt: 18 }, totalt: { aktiva: 22, avslutade: 14, totalt: 36 }, andelKvinnor: 0.5, andelMan: 0.5, jamstalld: true },
      5,
    );
    expect(d).toMatchObject({ K: { totalt: 18 }, andelKvinnor: 0.5, jamstalld: true });
  });

  it("hides 3 women among 20 and the men's count that would reveal it", () => {
    const d = suppressDeltagare({ kalla: "VOLYM", K: { aktiva: null, avslutade: null, totalt: 3 }, M: { aktiva: null, avslutade: null, totalt: 17 }, totalt: { aktiva: null, avslutade: null, totalt: 20 }, andelKvinnor: 0.15, andelMan: 0.85, jamstalld: false }, 5);
    expect(d).toEqual({
      kalla: "VOLYM",
      K: { aktiva: null, avslutade: null, totalt: { dold: "LITEN" } },
      M: { aktiva: null, avslutade: null, totalt: { dold: "SKYDD" } },
      totalt: { aktiva: null, avslutade: null, totalt: 20 },
      andelKvinnor: null,
      andelMan: null,
      jamstalld: null,
    });
  });
});
