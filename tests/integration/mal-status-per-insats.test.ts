import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listMalStatusPerInsats } from "@/lib/server/malsattning/list-mal-status-per-insats";
import { listMalsattningarMedResultat } from "@/lib/server/malsattning/list-malsattningar-med-resultat";
import { loadEvalData, loadEvalDataMany } from "@/lib/server/malsattning/load-eval-data";
import { createDeltagareMedInskrivning, createForbund, createInsats, createMember } from "../factories";

let ctx: Awaited<ReturnType<typeof createMember>>["ctx"];
let annanCtx: Awaited<ReturnType<typeof createMember>>["ctx"];
let insatsA: string;
let insatsB: string;
let tom: string;

const antal = (minAntal: number) => ({ typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal, per: "PERIOD" });
const andel = { typ: "ANDEL", population: "AVSLUTADE", villkor: [{ typ: "AVSLUTSORSAK", koder: ["ARBETE"] }], minAndel: 0.5 };

beforeAll(async () => {
  const a = await createForbund();
  const b = await createForbund();
  ctx = (await createMember(a, "PROCESSLEDARE")).ctx;
  annanCtx = (await createMember(b, "PROCESSLEDARE")).ctx;
  // Ended insats: 3 enrolled, 2 avslutade (1 to work).
  insatsA = (await createInsats(a.id, { startdatum: new Date("2024-01-01"), slutdatum: new Date("2024-12-31") })).id;
  for (const orsak of ["ARBETE", "STUDIER", null]) {
    await createDeltagareMedInskrivning(a.id, insatsA, { startdatum: new Date("2024-02-01"), avslutsdatum: orsak ? new Date("2024-06-01") : null, avslutsorsak: orsak });
  }
  insatsB = (await createInsats(a.id, { startdatum: new Date("2024-01-01"), slutdatum: new Date("2024-12-31") })).id;
  await createDeltagareMedInskrivning(a.id, insatsB, { startdatum: new Date("2024-03-01") });
  tom = (await createInsats(a.id)).id;
  const mal = (insatsId: string, typ: "ANTAL" | "ANDEL" | "KVALITATIV", definition: object, kvalitativStatus: string | null = null) =>
    db.malsattning.create({ data: { forbundId: a.id, insatsId, typ, kategori: "RESULTATMAL", text: "", definition, kvalitativStatus: kvalitativStatus as never } });
  await mal(insatsA, "ANTAL", antal(3)); // 3 ≥ 3, ended → UPPNATT
  await mal(insatsA, "ANTAL", antal(10)); // 3 < 10, ended → EJ_UPPNATT
  await mal(insatsA, "ANDEL", andel); // 2 in the denominator < 5 → UNDERLAG_SAKNAS
  await mal(insatsA, "KVALITATIV", { typ: "KVALITATIV" }, "UPPNATT"); // a person judged it reached
  await mal(insatsB, "ANTAL", antal(1));
  await mal(insatsB, "KVALITATIV", { typ: "KVALITATIV" }, "PAGAR");
  // Another förbund's target must not be counted.
  const annan = await createInsats(b.id);
  await db.malsattning.create({ data: { forbundId: b.id, insatsId: annan.id, typ: "ANTAL", kategori: "RESULTATMAL", text: "", definition: antal(1) } });
});

describe("listMalStatusPerInsats", () => {
  it("counts each status per insats of the förbund, with the manual status of qualitative targets", async () => {
    const summary = await listMalStatusPerInsats(ctx, "2025-06-01");
    expect(summary).toEqual({
      [insatsA]: { total: 4, perStatus: { UPPNATT: 2, EJ_UPPNATT: 1, UNDERLAG_SAKNAS: 1 } },
      [insatsB]: { total: 2, perStatus: { UPPNATT: 1, MANUELL: 1 } },
      [tom]: { total: 0, perStatus: {} },
    });
  });

  it("agrees with the insats page's function for every target", async () => {
    const summary = await listMalStatusPerInsats(ctx, "2025-06-01");
    for (const insatsId of [insatsA, insatsB]) {
      const perStatus: Record<string, number> = {};
      for (const m of await listMalsattningarMedResultat(ctx, insatsId, "sv", "2025-06-01")) perStatus[m.resultat.status] = (perStatus[m.resultat.status] ?? 0) + 1;
      expect(summary[insatsId]!.perStatus).toEqual(perStatus);
    }
  });

  it("sees only the caller's förbund", async () => {
    const summary = await listMalStatusPerInsats(annanCtx, "2025-06-01");
    expect(Object.keys(summary)).not.toContain(insatsA);
    expect(Object.values(summary).map((s) => s.total)).toEqual([1]);
  });
});

describe("loadEvalDataMany", () => {
  it("gives each insats exactly the rows loadEvalData gives it", async () => {
    const many = await loadEvalDataMany(ctx);
    expect(many.get(insatsA)).toEqual(await loadEvalData(ctx, insatsA));
    expect(many.get(insatsB)).toEqual(await loadEvalData(ctx, insatsB));
    expect(many.get(insatsA)!.inskrivningar).toHaveLength(3);
  });

  it("never loads another förbund's insats, even by id", async () => {
    expect((await loadEvalDataMany(annanCtx, [insatsA])).size).toBe(0);
    await expect(loadEvalData(annanCtx, insatsA)).rejects.toThrow(/finns inte/);
  });
});
