import { beforeAll, describe, expect, it } from "vitest";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { db } from "@/lib/db";
import { wilson } from "@/lib/domain/goals/wilson";
import * as mal from "@/app/api/f/[forbund]/insatser/[insatsId]/malsattningar/route";
import { createDeltagareMedInskrivning, createForbund, createInsats, createMember } from "../factories";

type Who = "processledare" | "vagledare" | "styrelse" | "annanForbund";
let a: Awaited<ReturnType<typeof createForbund>>;
let users: Record<Who, string>;
let insatsId: string;
let volymInsatsId: string;
const koder: string[] = [];

const vasAndel = {
  kategori: "RESULTATMAL",
  text: "Minst 7 av 10 deltagare skall vid avslutad aktivitet uppleva ökad livskvalitet",
  definition: { typ: "ANDEL", population: "AVSLUTADE", villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "VAS", fran: "START", till: "AVSLUT" }], minAndel: 0.7 },
};

/**
 * Hand-computed fixture: 7 avslutade in an insats that has ended.
 * 5 improve VAS 3 → 6, 1 goes 5 → 4, 1 lacks a VAS at avslut.
 * Denominator 6 (the one lacking a measurement is reported, not counted), numerator 5,
 * share 5/6 ≥ 0.7 → UPPNATT; 1 missing.
 */
beforeAll(async () => {
  a = await createForbund();
  const b = await createForbund();
  insatsId = (await createInsats(a.id, { startdatum: new Date("2025-01-01"), slutdatum: new Date("2025-12-31") })).id;
  volymInsatsId = (await createInsats(a.id, { matningsmetod: "VOLYM" })).id;
  users = {
    processledare: (await createMember(a, "PROCESSLEDARE")).user.id,
    vagledare: (await createMember(a, "VAGLEDARE", [insatsId])).user.id,
    styrelse: (await createMember(a, "STYRELSE")).user.id,
    annanForbund: (await createMember(b, "PROCESSLEDARE")).user.id,
  };
  const vas = await db.matvariabel.findFirstOrThrow({ where: { forbundId: a.id, kod: "VAS" } });
  const vasAt = [[3, 6], [3, 6], [3, 6], [3, 6], [3, 6], [5, 4], [5, null]] as const;
  for (const [start, slut] of vasAt) {
    const { deltagare, inskrivning } = await createDeltagareMedInskrivning(a.id, insatsId, { avslutsdatum: new Date("2025-06-01"), avslutsorsak: "ARBETE" });
    koder.push(deltagare.kod);
    const m = (tidpunkt: "START" | "AVSLUT", varde: number, datum: string) => ({ forbundId: a.id, inskrivningId: inskrivning.id, matvariabelId: vas.id, tidpunkt, varde, datum: new Date(datum) });
    await db.matning.createMany({ data: [m("START", start, "2025-02-01"), ...(slut === null ? [] : [m("AVSLUT", slut, "2025-06-01")])] });
  }
});

const p = (id = insatsId) => ({ forbund: a.slug, insatsId: id });
const count = () => db.malsattning.count({ where: { forbundId: a.id } });

describe("POST /api/f/[forbund]/insatser/[insatsId]/malsattningar", () => {
  it("adds a target for a processledare and answers 201 with its result", async () => {
    actAs(users.processledare);
    const res = await call(mal.POST, p(), { body: vasAndel });
    expect(res.status).toBe(201);
    const w = wilson(5, 6)!;
    expect(res.json).toMatchObject({
      kind: "ANDEL",
      category: "RESULTATMAL",
      sentence: expect.stringMatching(/^Minst 7 av 10/),
      numerator: 5,
      denominator: 6,
      value: 5 / 6,
      low: w.low,
      high: w.high,
      target: { minAndel: 0.7 },
      status: "UPPNATT",
      missingData: 1,
    });
    expect(res.json.low).toBeLessThan(5 / 6);
    expect(res.json.high).toBeGreaterThan(5 / 6);
    expect(await db.auditEvent.count({ where: { forbundId: a.id, action: "malsattning.create", entityId: res.json.id } })).toBe(1);
  });

  it("adds an ANTAL target: 7 avslutade to work, at least 6 → UPPNATT", async () => {
    actAs(users.processledare);
    const res = await call(mal.POST, p(), {
      body: { kategori: "RESULTATMAL", text: "", definition: { typ: "ANTAL", population: "AVSLUTADE", villkor: [{ typ: "AVSLUTSORSAK", koder: ["ARBETE"] }], minAntal: 6, per: "PERIOD" } },
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ kind: "ANTAL", numerator: 7, value: 7, low: null, high: null, target: { minAntal: 6 }, status: "UPPNATT", missingData: 0 });
  });

  it.each([
    ["a logged-out request", null, 401],
    ["another förbund's user", "annanForbund", 404],
    ["a styrelse member", "styrelse", 403],
    ["a vägledare assigned to the insats", "vagledare", 403],
  ] as const)("refuses %s, nothing saved", async (_l, who, status) => {
    actAs(who ? users[who] : null);
    const before = await count();
    const res = await call(mal.POST, p(), { body: vasAndel });
    expect(res.status).toBe(status);
    expect(res.json.error.code).toBeTypeOf("string");
    expect(await count()).toBe(before);
  });

  it("answers malformed JSON with 400", async () => {
    actAs(users.processledare);
    const res = await call(mal.POST, p(), { rawBody: '{"kategori": "RESULTATMAL",' });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toBe("Förfrågan är inte giltig JSON.");
  });

  it.each([
    ["min > max", p, { ...vasAndel.definition, minAndel: 0.8, maxAndel: 0.5 }, { "definition.maxAndel": ["Minsta andel kan inte vara större än högsta andel"] }],
    [
      "an unknown matvariabel",
      p,
      { ...vasAndel.definition, villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "HITTEPA", fran: "START", till: "AVSLUT" }] },
      { "definition.villkor.0.variabel": ["Förbundet har ingen mätvariabel med koden HITTEPA"] },
    ],
    [
      "an ANDEL of measurements on a VOLYM insats",
      () => p(volymInsatsId),
      vasAndel.definition,
      { "definition.population": ["Mätningsmetod VOLYM ger bara antal inskrivna deltagare per kön: målet kan inte följas upp för den här insatsen."] },
    ],
    ["a share above 100 %", p, { ...vasAndel.definition, minAndel: 1.5 }, { "definition.minAndel": ["Ange en andel mellan 0 och 100 %"] }],
  ] as const)("refuses %s with 400 and field errors, nothing saved", async (_l, params, definition, fieldErrors) => {
    actAs(users.processledare);
    const before = await count();
    const res = await call(mal.POST, params(), { body: { ...vasAndel, definition } });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors).toEqual(fieldErrors);
    expect(await count()).toBe(before);
  });

  it("accepts a count of enrolled women on a VOLYM insats (what counts can answer)", async () => {
    actAs(users.processledare);
    const res = await call(mal.POST, p(volymInsatsId), {
      body: { kategori: "VERKSAMHETSMAL", text: "", definition: { typ: "ANTAL", population: "INSKRIVNA", villkor: [{ typ: "KON", kon: "K" }], minAntal: 10, per: "PERIOD" } },
    });
    expect(res.status).toBe(201);
  });
});

describe("GET /api/f/[forbund]/insatser/[insatsId]/malsattningar", () => {
  it.each(["processledare", "vagledare", "styrelse"] as const)("lists targets with results for a %s, never identities", async (who) => {
    actAs(users[who]);
    const res = await call(mal.GET, p());
    expect(res.status).toBe(200);
    const [andel] = res.json.malsattningar;
    expect(andel).toMatchObject({ kind: "ANDEL", numerator: 5, denominator: 6, value: 5 / 6, status: "UPPNATT", missingData: 1, target: { minAndel: 0.7 } });
    expect(andel.low).toBeTypeOf("number");
    expect(andel.high).toBeTypeOf("number");
    const body = JSON.stringify(res.json);
    for (const kod of koder) expect(body).not.toContain(kod);
    expect(body).not.toMatch(/inskrivningId|deltagareId|personnummer|fornamn/i);
  });

  it.each([
    ["a logged-out request", null, 401],
    ["another förbund's user", "annanForbund", 404],
  ] as const)("refuses %s", async (_l, who, status) => {
    actAs(who ? users[who] : null);
    expect((await call(mal.GET, p())).status).toBe(status);
  });

  it("answers 404 for an insats id that does not exist", async () => {
    actAs(users.processledare);
    expect((await call(mal.GET, p("finns-inte"))).status).toBe(404);
  });
});
