// loadEvalDataMany reads participations and measurements with plain SQL
// (issue 8: the ORM's nested selects were seconds at national scale). These
// pin the rows it hands the goal engine: every field, dates as "YYYY-MM-DD",
// re-measurements in date order, one förbund and the asked insatser only.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadEvalData, loadEvalDataMany } from "@/lib/server/malsattning/load-eval-data";
import { NotFoundError } from "@/lib/errors";
import { createDeltagareMedInskrivning, createForbund, createInsats, createMember } from "../factories";

let ctx: Awaited<ReturnType<typeof createMember>>["ctx"];
let annanCtx: Awaited<ReturnType<typeof createMember>>["ctx"];
let insats: string;
let andraInsatsen: string;
let full: string;
let tom: string;

beforeAll(async () => {
  const a = await createForbund();
  const b = await createForbund();
  ctx = (await createMember(a, "PROCESSLEDARE")).ctx;
  annanCtx = (await createMember(b, "PROCESSLEDARE")).ctx;
  insats = (await createInsats(a.id, { matningsmetod: "ANONYM", startdatum: new Date("2024-01-01"), slutdatum: new Date("2024-12-31") })).id;
  andraInsatsen = (await createInsats(a.id, { matningsmetod: "ANONYM" })).id;
  const vas = (await db.matvariabel.findFirst({ where: { forbundId: a.id, kod: "VAS" } })) ?? (await db.matvariabel.create({ data: { forbundId: a.id, kod: "VAS", namn: "VAS", typ: "SKALA", min: 0, max: 10 } }));
  const { inskrivning } = await createDeltagareMedInskrivning(a.id, insats, {
    kon: "M",
    fodelsear: 1990,
    startdatum: new Date("2024-02-01"),
    avslutsdatum: new Date("2024-06-01"),
    avslutsorsak: "ARBETE",
  });
  full = inskrivning.id;
  await db.inskrivning.update({ where: { forbundId_id: { forbundId: a.id, id: full } }, data: { forsorjningAvslut: ["LON"] } });
  // Inserted out of date order: the loader must hand them over oldest first (the engine lets the later date win).
  for (const [datum, varde] of [["2024-05-30", 7], ["2024-02-01", 3], ["2024-06-01", 8]] as const) {
    await db.matning.create({ data: { forbundId: a.id, inskrivningId: full, matvariabelId: vas.id, tidpunkt: datum === "2024-02-01" ? "START" : "AVSLUT", datum: new Date(datum), varde } });
  }
  await db.uppfoljning.create({ data: { forbundId: a.id, inskrivningId: full, datum: new Date("2024-09-01"), status: "ARBETE", forsorjning: [], sysselsattning: [] } });
  await db.plan.create({ data: { forbundId: a.id, inskrivningId: full, upprattadDatum: new Date("2024-02-10") } });
  tom = (await createDeltagareMedInskrivning(a.id, insats, { startdatum: new Date("2024-03-01") })).inskrivning.id;
  await createDeltagareMedInskrivning(a.id, andraInsatsen, { startdatum: new Date("2025-03-01") });
});

describe("loadEvalDataMany", () => {
  it("gives every field the goal engine reads, dates as YYYY-MM-DD and measurements in date order", async () => {
    const data = await loadEvalData(ctx, insats);
    expect(data.insatsPeriod).toEqual({ start: "2024-01-01", slut: "2024-12-31" });
    const rader = new Map(data.inskrivningar.map((r) => [r.id, r]));
    expect(rader.size).toBe(2);
    expect(rader.get(full)).toEqual({
      id: full,
      kon: "M",
      fodelsear: 1990,
      gruppId: null,
      startdatum: "2024-02-01",
      avslutsdatum: "2024-06-01",
      avslutsorsak: "ARBETE",
      forsorjningAvslut: ["LON"],
      forsorjningStart: [],
      matningar: [
        { variabel: "VAS", tidpunkt: "START", datum: "2024-02-01", varde: 3 },
        { variabel: "VAS", tidpunkt: "AVSLUT", datum: "2024-05-30", varde: 7 },
        { variabel: "VAS", tidpunkt: "AVSLUT", datum: "2024-06-01", varde: 8 },
      ],
      uppfoljning: { status: "ARBETE", datum: "2024-09-01" },
      harPlan: true,
    });
    expect(rader.get(tom)).toMatchObject({ avslutsdatum: null, avslutsorsak: null, forsorjningAvslut: [], matningar: [], uppfoljning: null, harPlan: false });
  });

  it("keeps each insats's rows apart and loads every insats of the förbund when none are named", async () => {
    const alla = await loadEvalDataMany(ctx);
    expect(alla.get(insats)!.inskrivningar).toHaveLength(2);
    expect(alla.get(andraInsatsen)!.inskrivningar).toHaveLength(1);
    const bara = await loadEvalDataMany(ctx, [andraInsatsen]);
    expect([...bara.keys()]).toEqual([andraInsatsen]);
    expect(bara.get(andraInsatsen)!.inskrivningar.map((r) => r.startdatum)).toEqual(["2025-03-01"]);
  });

  it("never reads another förbund's rows, even with that förbund's insats id", async () => {
    expect((await loadEvalDataMany(annanCtx, [insats])).size).toBe(0);
    expect((await loadEvalDataMany(annanCtx)).size).toBe(0);
    await expect(loadEvalData(annanCtx, insats)).rejects.toBeInstanceOf(NotFoundError);
  });
});
