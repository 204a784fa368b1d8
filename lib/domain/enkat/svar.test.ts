import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseSvar, type FragaForSvar } from "./svar";
import { fragorAndrade, type FragaInnehall } from "./fragor-andrade";

const fragor: FragaForSvar[] = [
  { id: "skala", typ: "SKALA", obligatorisk: true, skalaMin: 0, skalaMax: 10, alternativ: [] },
  { id: "janej", typ: "JA_NEJ", obligatorisk: false, skalaMin: null, skalaMax: null, alternativ: [] },
  { id: "val", typ: "ETT_AV_FLERA", obligatorisk: false, skalaMin: null, skalaMax: null, alternativ: ["A", "B", "C"] },
  { id: "fri", typ: "FRITEXT", obligatorisk: false, skalaMin: null, skalaMax: null, alternativ: [] },
];

describe("parseSvar", () => {
  it("turns values into rows: scale value, 1/0, option index, trimmed text", () => {
    expect(parseSvar(fragor, { skala: 7, janej: "0", val: "2", fri: "  Bra  " })).toEqual({
      ok: true,
      rader: [
        { fragaId: "skala", varde: 7, text: null },
        { fragaId: "janej", varde: 0, text: null },
        { fragaId: "val", varde: 2, text: null },
        { fragaId: "fri", varde: null, text: "Bra" },
      ],
    });
  });

  it("leaves out unanswered optional questions and requires the required ones", () => {
    expect(parseSvar(fragor, { skala: 0, janej: null, val: "", fri: "" })).toEqual({ ok: true, rader: [{ fragaId: "skala", varde: 0, text: null }] });
    expect(parseSvar(fragor, {})).toEqual({ ok: false, fel: { skala: ["Svara på frågan"] } });
    // All optional and none answered: refused, so an empty answer never uses a link up.
    expect(parseSvar(fragor.slice(1), { janej: null })).toEqual({ ok: false, fel: { _form: ["Svara på minst en fråga innan du skickar"] } });
  });

  it.each([
    [{ skala: 11 }, "skala"],
    [{ skala: -1 }, "skala"],
    [{ skala: 2.5 }, "skala"],
    [{ skala: 5, janej: 2 }, "janej"],
    [{ skala: 5, val: 3 }, "val"],
    [{ skala: 5, fri: 42 }, "fri"],
    [{ skala: 5, fri: "x".repeat(2001) }, "fri"],
    [{ skala: 5, okand: 1 }, "_form"],
  ])("refuses %j (error on %s)", (svar, falt) => {
    const r = parseSvar(fragor, svar);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fel[falt]).toBeDefined();
  });

  it("never throws and never accepts a value outside a question's range, whatever arrives", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("skala", "janej", "val", "fri", "x"), fc.anything()), (svar) => {
        const r = parseSvar(fragor, svar);
        if (r.ok) {
          for (const rad of r.rader) {
            if (rad.fragaId === "skala") expect(rad.varde).toBeGreaterThanOrEqual(0);
            if (rad.fragaId === "skala") expect(rad.varde).toBeLessThanOrEqual(10);
            if (rad.fragaId === "val") expect([0, 1, 2]).toContain(rad.varde);
          }
        }
      }),
    );
  });
});

describe("fragorAndrade", () => {
  const f: FragaInnehall = { text: "Hur mår du?", hjalptext: "", typ: "SKALA", obligatorisk: true, skalaMin: 0, skalaMax: 10, etikettMin: null, etikettMax: null, alternativ: [], matvariabelId: null };
  it("sees no change in identical wording, and a change in any field, order or count", () => {
    expect(fragorAndrade([f], [{ ...f }])).toBe(false);
    expect(fragorAndrade([f], [{ ...f, etikettMin: "" }])).toBe(false);
    expect(fragorAndrade([f], [{ ...f, text: "Hur mår du nu?" }])).toBe(true);
    expect(fragorAndrade([f], [{ ...f, skalaMax: 5 }])).toBe(true);
    expect(fragorAndrade([f, { ...f, text: "B" }], [{ ...f, text: "B" }, f])).toBe(true);
    expect(fragorAndrade([f], [f, f])).toBe(true);
  });
});
