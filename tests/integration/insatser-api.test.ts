import { beforeAll, describe, expect, it } from "vitest";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { db } from "@/lib/db";
import * as list from "@/app/api/f/[forbund]/insatser/route";
import * as one from "@/app/api/f/[forbund]/insatser/[insatsId]/route";
import { createForbund, createInsats, createMember } from "../factories";

const newInsats = { namn: "Friska Vindar 2.0", insatstyp: "INDIVIDINRIKTAD", status: "PAGAENDE", startdatum: "2020-01-01", slutdatum: "2021-12-31" };

let a: Awaited<ReturnType<typeof createForbund>>;
let b: Awaited<ReturnType<typeof createForbund>>;
let users: Record<"admin" | "processledare" | "vagledare" | "styrelse" | "annanForbund", string>;

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  users = {
    admin: (await createMember(a, "ADMIN")).user.id,
    processledare: (await createMember(a, "PROCESSLEDARE")).user.id,
    vagledare: (await createMember(a, "VAGLEDARE")).user.id,
    styrelse: (await createMember(a, "STYRELSE")).user.id,
    annanForbund: (await createMember(b, "PROCESSLEDARE")).user.id,
  };
});

describe("POST /api/f/[forbund]/insatser", () => {
  it("creates an insats for a processledare and audits it", async () => {
    actAs(users.processledare);
    const res = await call(list.POST, { forbund: a.slug }, { body: { ...newInsats, namn: "Skapad via API" } });
    expect(res.status).toBe(201);
    const stored = await db.insats.findFirstOrThrow({ where: { id: res.json.id, forbundId: a.id } });
    expect(stored).toMatchObject({ namn: "Skapad via API", matningsmetod: "ANONYM", version: 1 });
    const audit = await db.auditEvent.findFirst({ where: { forbundId: a.id, action: "insats.create", entityId: stored.id } });
    expect(audit?.userId).toBe(users.processledare);
  });

  it.each([
    ["a logged-out request", null, 401],
    ["another förbund's user", "annanForbund", 404],
    ["a styrelse member", "styrelse", 403],
    ["a vägledare", "vagledare", 403],
  ] as const)("refuses %s", async (_label, who, status) => {
    actAs(who ? users[who] : null);
    const before = await db.insats.count({ where: { forbundId: a.id } });
    const res = await call(list.POST, { forbund: a.slug }, { body: { ...newInsats, namn: `Otillåten ${status}` } });
    expect(res.status).toBe(status);
    expect(res.json.error.code).toBeTypeOf("string");
    expect(await db.insats.count({ where: { forbundId: a.id } })).toBe(before);
  });

  it("answers bad JSON with 400, not 500", async () => {
    actAs(users.processledare);
    const res = await call(list.POST, { forbund: a.slug }, { rawBody: "{ namn: " });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toBe("Förfrågan är inte giltig JSON.");
  });

  it("answers invalid fields with 400 and Swedish field errors", async () => {
    actAs(users.processledare);
    const res = await call(list.POST, { forbund: a.slug }, { body: { ...newInsats, slutdatum: "2019-01-01", insatstyp: "X" } });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors).toEqual({ slutdatum: ["Slutdatum kan inte vara före startdatum"], insatstyp: ["Ogiltigt värde"] });
  });

  it("refuses a duplicate name in the same förbund with 409 beside the name", async () => {
    actAs(users.processledare);
    await call(list.POST, { forbund: a.slug }, { body: { ...newInsats, namn: "Dubblett" } });
    const res = await call(list.POST, { forbund: a.slug }, { body: { ...newInsats, namn: "Dubblett" } });
    expect(res.status).toBe(409);
    expect(res.json.error.fieldErrors.namn[0]).toMatch(/finns redan/);
  });

  it("allows the same name in another förbund", async () => {
    actAs(users.annanForbund);
    const res = await call(list.POST, { forbund: b.slug }, { body: { ...newInsats, namn: "Dubblett" } });
    expect(res.status).toBe(201);
  });

  it("refuses a personuppgiftsansvarig member of another förbund", async () => {
    const medlemB = await db.medlem.create({ data: { forbundId: b.id, namn: "Kommun B", typ: "KOMMUN" } });
    actAs(users.processledare);
    const res = await call(list.POST, { forbund: a.slug }, {
      body: { ...newInsats, namn: "Med PUA", matningsmetod: "PERSONUPPGIFTER", puaMedlemId: medlemB.id, bitradesavtalDatum: "2020-01-01" },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors.puaMedlemId).toEqual(["Välj en medlem i förbundet"]);
  });
});

describe("GET /api/f/[forbund]/insatser", () => {
  it("lists only the caller's förbund, for every role including styrelse", async () => {
    await createInsats(b.id, { namn: "Bara i B" });
    actAs(users.styrelse);
    const res = await call(list.GET, { forbund: a.slug });
    expect(res.status).toBe(200);
    const names = res.json.insatser.map((i: { namn: string }) => i.namn);
    expect(names).not.toContain("Bara i B");
    expect(res.json.insatser[0]).toEqual(expect.objectContaining({ id: expect.any(String), status: expect.any(String), matningsmetod: expect.any(String), startdatum: expect.any(String) }));
  });
});

describe("PATCH /api/f/[forbund]/insatser/[insatsId]", () => {
  it("changes only the fields sent and bumps the version", async () => {
    const insats = await createInsats(a.id, { namn: "Att ändra" });
    await db.insats.update({ where: { forbundId_id: { forbundId: a.id, id: insats.id } }, data: { planeradeDeltagarePer: "AR", malgrupp: "Unga vuxna" } });
    actAs(users.processledare);
    const res = await call(one.PATCH, { forbund: a.slug, insatsId: insats.id }, { method: "PATCH", body: { syfte: "Nytt syfte", version: 1 } });
    expect(res.status).toBe(200);
    const stored = await db.insats.findFirstOrThrow({ where: { id: insats.id, forbundId: a.id } });
    expect(stored).toMatchObject({ syfte: "Nytt syfte", malgrupp: "Unga vuxna", planeradeDeltagarePer: "AR", version: 2 });
  });

  it("refuses a stale version with 409 instead of overwriting", async () => {
    const insats = await createInsats(a.id);
    actAs(users.processledare);
    expect((await call(one.PATCH, { forbund: a.slug, insatsId: insats.id }, { method: "PATCH", body: { syfte: "Först", version: 1 } })).status).toBe(200);
    const second = await call(one.PATCH, { forbund: a.slug, insatsId: insats.id }, { method: "PATCH", body: { syfte: "Sen", version: 1 } });
    expect(second.status).toBe(409);
    expect((await db.insats.findFirstOrThrow({ where: { id: insats.id, forbundId: a.id } })).syfte).toBe("Först");
  });

  it("lets exactly one of two concurrent edits of the same version win", async () => {
    const insats = await createInsats(a.id);
    actAs(users.processledare);
    const results = await Promise.all(
      ["A", "B"].map((s) => call(one.PATCH, { forbund: a.slug, insatsId: insats.id }, { method: "PATCH", body: { syfte: s, version: 1 } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await db.insats.findFirstOrThrow({ where: { id: insats.id, forbundId: a.id } })).version).toBe(2);
  });

  it("refuses an end date before the stored start date", async () => {
    const insats = await createInsats(a.id, { startdatum: new Date("2025-01-01") });
    actAs(users.processledare);
    const res = await call(one.PATCH, { forbund: a.slug, insatsId: insats.id }, { method: "PATCH", body: { slutdatum: "2024-12-31" } });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors.slutdatum).toEqual(["Slutdatum kan inte vara före startdatum"]);
  });

  it("refuses changing the mätningsmetod after creation", async () => {
    const insats = await createInsats(a.id);
    actAs(users.processledare);
    const res = await call(one.PATCH, { forbund: a.slug, insatsId: insats.id }, { method: "PATCH", body: { matningsmetod: "VOLYM" } });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors.matningsmetod[0]).toMatch(/Kan inte ändras/);
  });

  it.each([
    ["another förbund's user", "annanForbund", 404],
    ["a styrelse member", "styrelse", 403],
    ["a vägledare", "vagledare", 403],
    ["a logged-out request", null, 401],
  ] as const)("refuses %s", async (_l, who, status) => {
    const insats = await createInsats(a.id);
    actAs(who ? users[who] : null);
    const res = await call(one.PATCH, { forbund: a.slug, insatsId: insats.id }, { method: "PATCH", body: { syfte: "Intrång" } });
    expect(res.status).toBe(status);
    expect((await db.insats.findFirstOrThrow({ where: { id: insats.id, forbundId: a.id } })).syfte).toBe("");
  });

  it("answers 404 for another förbund's insats id, even to its own förbund's URL", async () => {
    const foreign = await createInsats(b.id);
    actAs(users.processledare);
    const res = await call(one.PATCH, { forbund: a.slug, insatsId: foreign.id }, { method: "PATCH", body: { syfte: "Intrång" } });
    expect(res.status).toBe(404);
    expect((await call(one.GET, { forbund: a.slug, insatsId: foreign.id })).status).toBe(404);
  });
});
