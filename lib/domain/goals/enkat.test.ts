import { describe, expect, it } from "vitest";
import { malDefinitionSchema, malTyp, type EnkatDefinition } from "./definition";
import { describeMalsattning } from "./describe";
import { evaluateAll, evaluateMalsattning, type EvalData } from "./evaluate";
import type { EnkatMalData } from "./enkat";

const enkat: EnkatMalData = {
  fragor: [
    { id: "jn", enkatId: "e1", enkatNamn: "Deltagarenkät vid avslut", versionId: "v1", typ: "JA_NEJ", text: "Har du kommit närmare arbete?", alternativ: [] },
    { id: "vas", enkatId: "e1", enkatNamn: "Deltagarenkät vid avslut", versionId: "v1", typ: "SKALA", text: "Hur mår du?", alternativ: [] },
    { id: "val", enkatId: "e1", enkatNamn: "Deltagarenkät vid avslut", versionId: "v1", typ: "ETT_AV_FLERA", text: "Bäst?", alternativ: ["Samtal", "Grupp"] },
  ],
  svar: [],
};

function data(svar: EnkatMalData["svar"], matningsmetod: EvalData["matningsmetod"] = "ANONYM"): EvalData {
  return { matningsmetod, insatsPeriod: { start: "2025-01-01", slut: "2026-12-31" }, grupper: [], inskrivningar: [], volym: [], matvariabler: [], enkat: { ...enkat, svar } };
}
const ja = (manad = "2025-05") => ({ versionId: "v1", manad, varden: [{ fragaId: "jn", tal: 1, text: null }, { fragaId: "vas", tal: 8, text: null }, { fragaId: "val", tal: 1, text: null }] });
const nej = (manad = "2025-05") => ({ versionId: "v1", manad, varden: [{ fragaId: "jn", tal: 0, text: null }, { fragaId: "vas", tal: 3, text: null }, { fragaId: "val", tal: 0, text: null }] });
const tomt = (manad = "2025-05") => ({ versionId: "v1", manad, varden: [] });

const def = (over: Partial<EnkatDefinition> = {}): EnkatDefinition =>
  malDefinitionSchema.parse({ typ: "ENKAT", enkatId: "e1", fragaId: "jn", varden: ["JA"], minAndel: 0.5, ...over }) as EnkatDefinition;

describe("ENKAT targets in the goal engine", () => {
  it("counts the share answering ja, with the missing answers beside it", () => {
    const r = evaluateMalsattning(def(), data([ja(), ja(), ja(), nej(), nej(), tomt()]), { today: "2025-06-01" });
    expect(r).toMatchObject({ typ: "ANDEL", status: "PA_VAG", taljare: 3, namnare: 5, varde: 0.6, saknarData: 1, mal: { minAndel: 0.5 } });
    expect(r.intervall).toBeDefined();
  });

  it("uses the minimum base of 5 like every share", () => {
    const r = evaluateMalsattning(def(), data([ja(), ja(), nej()]), { today: "2025-06-01" });
    expect(r.status).toBe("UNDERLAG_SAKNAS");
    expect([r.taljare, r.namnare]).toEqual([2, 3]);
  });

  it("reads a scale value ≥ x, and an option by its text", () => {
    const rows = [ja(), ja(), nej(), nej(), nej()];
    expect(evaluateMalsattning(def({ fragaId: "vas", varden: undefined, minVarde: 7 }), data(rows), { today: "2027-01-01" })).toMatchObject({ taljare: 2, namnare: 5, status: "EJ_UPPNATT" });
    expect(evaluateMalsattning(def({ fragaId: "val", varden: ["Grupp"], minAndel: 0.4 }), data(rows), { today: "2027-01-01" })).toMatchObject({ taljare: 2, namnare: 5, status: "UPPNATT" });
  });

  it("counts only answers within the goal's period and never another version", () => {
    const other = { ...ja(), versionId: "v2" };
    const r = evaluateMalsattning(def({ period: { fran: "2026-01-01", till: "2026-12-31" } }), data([ja("2025-12"), ja("2026-01"), nej("2026-12"), other]), { today: "2027-01-01" });
    expect([r.taljare, r.namnare]).toEqual([1, 2]);
  });

  it("works whatever the insats's mätningsmetod, VOLYM included", () => {
    const r = evaluateMalsattning(def(), data([ja(), ja(), ja(), nej(), nej()], "VOLYM"), { today: "2025-06-01" });
    expect([r.taljare, r.namnare, r.status]).toEqual([3, 5, "PA_VAG"]);
  });

  it("is EJ_MATBART when the question is unknown", () => {
    const r = evaluateAll([{ id: "m", definition: def({ fragaId: "finns-inte" }) }], data([]), { today: "2025-06-01" })[0]!.resultat;
    expect(r.status).toBe("EJ_MATBART");
  });

  it("is stored as a share and described in words", () => {
    expect(malTyp(def())).toBe("ANDEL");
    const text = describeMalsattning(def(), { locale: "sv", matvariabelNamn: (k) => k, enkatFraga: (id) => enkat.fragor.find((f) => f.id === id) });
    expect(text).toBe("Minst 5 av 10 bland dem som svarar på Deltagarenkät vid avslut svarar ja på frågan ”Har du kommit närmare arbete?”");
  });

  it("refuses a definition with both or neither of answers and minimum value", () => {
    expect(malDefinitionSchema.safeParse({ typ: "ENKAT", enkatId: "e1", fragaId: "jn", minAndel: 0.5 }).success).toBe(false);
    expect(malDefinitionSchema.safeParse({ typ: "ENKAT", enkatId: "e1", fragaId: "jn", varden: ["JA"], minVarde: 3, minAndel: 0.5 }).success).toBe(false);
    expect(malDefinitionSchema.safeParse({ typ: "ENKAT", enkatId: "e1", fragaId: "jn", varden: ["JA"] }).success).toBe(false);
  });
});
