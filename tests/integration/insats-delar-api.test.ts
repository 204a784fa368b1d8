import { beforeAll, describe, expect, it } from "vitest";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { db } from "@/lib/db";
import * as one from "@/app/api/f/[forbund]/insatser/[insatsId]/route";
import * as grupper from "@/app/api/f/[forbund]/insatser/[insatsId]/grupper/route";
import * as grupp from "@/app/api/f/[forbund]/insatser/[insatsId]/grupper/[gruppId]/route";
import * as budget from "@/app/api/f/[forbund]/insatser/[insatsId]/budget/route";
import * as budgetPost from "@/app/api/f/[forbund]/insatser/[insatsId]/budget/[postId]/route";
import * as finansiering from "@/app/api/f/[forbund]/insatser/[insatsId]/finansiering/route";
import * as finansieringPost from "@/app/api/f/[forbund]/insatser/[insatsId]/finansiering/[postId]/route";
import * as utfall from "@/app/api/f/[forbund]/insatser/[insatsId]/utfall/route";
import * as utfallPost from "@/app/api/f/[forbund]/insatser/[insatsId]/utfall/[postId]/route";
import * as vagledare from "@/app/api/f/[forbund]/insatser/[insatsId]/vagledare/route";
import * as avsluta from "@/app/api/f/[forbund]/insatser/[insatsId]/avsluta/route";
import { createDeltagareMedInskrivning, createForbund, createInsats, createMember } from "../factories";

type Who = "admin" | "processledare" | "vagledare" | "styrelse" | "annanForbund";
let a: Awaited<ReturnType<typeof createForbund>>;
let b: Awaited<ReturnType<typeof createForbund>>;
let users: Record<Who, string>;
let insatsId: string;
let annanInsatsId: string;

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  // Insats period 2025-01-01 – 2026-12-31 (factories.createInsats).
  insatsId = (await createInsats(a.id)).id;
  annanInsatsId = (await createInsats(b.id)).id;
  users = {
    admin: (await createMember(a, "ADMIN")).user.id,
    processledare: (await createMember(a, "PROCESSLEDARE")).user.id,
    vagledare: (await createMember(a, "VAGLEDARE", [insatsId])).user.id,
    styrelse: (await createMember(a, "STYRELSE")).user.id,
    annanForbund: (await createMember(b, "PROCESSLEDARE")).user.id,
  };
});

function p(): { forbund: string; insatsId: string };
function p<E extends Record<string, string>>(extra: E): { forbund: string; insatsId: string } & E;
function p(extra: Record<string, string> = {}) {
  return { forbund: a.slug, insatsId, ...extra };
}
const refusals = [
  ["a logged-out request", null, 401],
  ["another förbund's user", "annanForbund", 404],
  ["a styrelse member", "styrelse", 403],
  ["a vägledare, even one assigned to the insats", "vagledare", 403],
] as const;
const auditCount = (action: string) => db.auditEvent.count({ where: { forbundId: a.id, action } });

describe("groups", () => {
  const ok = { namn: "Grupp A", startdatum: "2025-02-03", veckor: 12, planeradStorlek: 10 };

  it("adds a group for a processledare, audited, shown by GET", async () => {
    actAs(users.processledare);
    const res = await call(grupper.POST, p(), { body: ok });
    expect(res.status).toBe(201);
    expect(await db.grupp.findFirst({ where: { forbundId: a.id, id: res.json.id } })).toMatchObject({ namn: "Grupp A", veckor: 12, planeradStorlek: 10 });
    expect(await auditCount("grupp.create")).toBe(1);
    const detail = await call(one.GET, p());
    expect(detail.json.grupper).toEqual([{ id: res.json.id, namn: "Grupp A", startdatum: "2025-02-03", veckor: 12, planeradStorlek: 10 }]);
  });

  it("allows an admin and a group exactly on the insats's last day", async () => {
    actAs(users.admin);
    const res = await call(grupper.POST, p(), { body: { namn: "Sista", startdatum: "2026-12-25", veckor: 1 } });
    expect(res.status).toBe(201);
  });

  it("refuses a group starting before the insats, beside startdatum, nothing saved", async () => {
    actAs(users.processledare);
    const before = await db.grupp.count({ where: { forbundId: a.id } });
    const res = await call(grupper.POST, p(), { body: { ...ok, namn: "Tidig", startdatum: "2024-12-30" } });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors.startdatum[0]).toMatch(/^Gruppen ligger utanför insatsens period \(2025-01-01 – 2026-12-31\)/);
    expect(await db.grupp.count({ where: { forbundId: a.id } })).toBe(before);
  });

  it("refuses a group ending after the slutdatum, beside veckor", async () => {
    actAs(users.processledare);
    const res = await call(grupper.POST, p(), { body: { ...ok, namn: "Sen", startdatum: "2026-12-26", veckor: 1 } });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors.veckor[0]).toMatch(/utanför insatsens period.*sluta 2027-01-01/);
  });

  it("answers invalid fields with Swedish messages", async () => {
    actAs(users.processledare);
    const res = await call(grupper.POST, p(), { body: { namn: "", startdatum: "2025-02-30", veckor: 0, planeradStorlek: -1 } });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors).toEqual({
      namn: ["Ange gruppens namn"],
      startdatum: ["Datumet finns inte"],
      veckor: ["Gruppen måste vara minst 1 vecka"],
      planeradStorlek: ["Ange minst 1 deltagare"],
    });
  });

  it("refuses a duplicate group name in the insats with 409", async () => {
    actAs(users.processledare);
    const res = await call(grupper.POST, p(), { body: ok });
    expect(res.status).toBe(409);
    expect(res.json.error.fieldErrors.namn[0]).toMatch(/redan en grupp/);
  });

  it.each(refusals)("refuses %s", async (_l, who, status) => {
    actAs(who ? users[who] : null);
    const before = await db.grupp.count();
    const res = await call(grupper.POST, p(), { body: { ...ok, namn: `Otillåten ${status}` } });
    expect(res.status).toBe(status);
    expect(await db.grupp.count()).toBe(before);
  });

  it("does not reach another förbund's insats through one's own slug", async () => {
    actAs(users.processledare);
    const res = await call(grupper.POST, { forbund: a.slug, insatsId: annanInsatsId }, { body: ok });
    expect(res.status).toBe(404);
  });

  it("deletes an empty group but keeps one with enrolled participants", async () => {
    actAs(users.processledare);
    const tom = await call(grupper.POST, p(), { body: { ...ok, namn: "Tom" } });
    expect((await call(grupp.DELETE, p({ gruppId: tom.json.id }), { method: "DELETE" })).status).toBe(200);
    expect(await db.grupp.count({ where: { forbundId: a.id, id: tom.json.id } })).toBe(0);
    expect(await auditCount("grupp.delete")).toBe(1);

    const full = await call(grupper.POST, p(), { body: { ...ok, namn: "Full" } });
    const { inskrivning } = await createDeltagareMedInskrivning(a.id, insatsId);
    await db.inskrivning.update({ where: { forbundId_id: { forbundId: a.id, id: inskrivning.id } }, data: { gruppId: full.json.id } });
    const res = await call(grupp.DELETE, p({ gruppId: full.json.id }), { method: "DELETE" });
    expect(res.status).toBe(409);
    expect(res.json.error.message).toMatch(/inskrivna deltagare/);
  });

  it("changes a group, within the period only, audited", async () => {
    actAs(users.processledare);
    const g = await call(grupper.POST, p(), { body: { ...ok, namn: "Ändras" } });
    const res = await call(grupp.PATCH, p({ gruppId: g.json.id }), { method: "PATCH", body: { veckor: 20, planeradStorlek: null } });
    expect(res.status).toBe(200);
    expect(await db.grupp.findFirst({ where: { id: g.json.id } })).toMatchObject({ veckor: 20, planeradStorlek: null, namn: "Ändras" });
    expect(await auditCount("grupp.update")).toBe(1);
    // Moving it so it would end after the insats: refused beside veckor, nothing changed.
    const fel = await call(grupp.PATCH, p({ gruppId: g.json.id }), { method: "PATCH", body: { startdatum: "2026-12-01", veckor: 8 } });
    expect(fel.status).toBe(400);
    expect(fel.json.error.fieldErrors.veckor[0]).toMatch(/utanför insatsens period/);
    expect((await db.grupp.findFirstOrThrow({ where: { id: g.json.id } })).veckor).toBe(20);
    // Renaming to another group's name: 409.
    expect((await call(grupp.PATCH, p({ gruppId: g.json.id }), { method: "PATCH", body: { namn: "Grupp A" } })).status).toBe(409);
    // Unknown fields and an unknown group.
    expect((await call(grupp.PATCH, p({ gruppId: g.json.id }), { method: "PATCH", body: { insatsId: "x" } })).status).toBe(400);
    expect((await call(grupp.PATCH, p({ gruppId: "finns-inte" }), { method: "PATCH", body: { veckor: 2 } })).status).toBe(404);
  });

  it.each(refusals)("refuses changing a group for %s", async (_l, who, status) => {
    actAs(users.processledare);
    const g = await call(grupper.POST, p(), { body: { ...ok, namn: `Ändra ${who}` } });
    actAs(who ? users[who] : null);
    expect((await call(grupp.PATCH, p({ gruppId: g.json.id }), { method: "PATCH", body: { veckor: 3 } })).status).toBe(status);
    expect((await db.grupp.findFirstOrThrow({ where: { id: g.json.id } })).veckor).toBe(12);
  });

  it.each(refusals)("refuses deleting for %s", async (_l, who, status) => {
    actAs(users.processledare);
    const g = await call(grupper.POST, p(), { body: { ...ok, namn: `Radera ${who}` } });
    actAs(who ? users[who] : null);
    expect((await call(grupp.DELETE, p({ gruppId: g.json.id }), { method: "DELETE" })).status).toBe(status);
    expect(await db.grupp.count({ where: { id: g.json.id } })).toBe(1);
  });
});

describe("budget, financing and spending", () => {
  it("adds budget lines, financing and spending; GET shows them", async () => {
    actAs(users.processledare);
    const bRes = await call(budget.POST, p(), { body: { ar: 2025, kategori: "LONEKOSTNADER", belopp: 100000.5, beskrivning: "Vägledare" } });
    expect(bRes.status).toBe(201);
    const fRes = await call(finansiering.POST, p(), { body: { ar: 2025, kalla: "ESF", belopp: 40000 } });
    expect(fRes.status).toBe(201);
    const uRes = await call(utfall.POST, p(), { body: { ar: 2025, manad: 3, kategori: "LONEKOSTNADER", belopp: 25000.25 } });
    expect(uRes.status).toBe(201);
    const detail = await call(one.GET, p());
    expect(detail.json.budgetposter).toEqual([{ id: bRes.json.id, ar: 2025, kategori: "LONEKOSTNADER", belopp: 100000.5, beskrivning: "Vägledare" }]);
    expect(detail.json.finansieringar).toEqual([{ id: fRes.json.id, ar: 2025, kalla: "ESF", medlemNamn: null, belopp: 40000 }]);
    expect(detail.json.utfall).toEqual([{ id: uRes.json.id, ar: 2025, manad: 3, kategori: "LONEKOSTNADER", belopp: 25000.25, beskrivning: "" }]);
    expect(await auditCount("budget.create")).toBe(1);
    expect(await auditCount("finansiering.create")).toBe(1);
    expect(await auditCount("utfall.create")).toBe(1);
  });

  it.each([
    ["budget", budget.POST, { ar: 2025, kategori: "LOKALER", belopp: -1 }],
    ["finansiering", finansiering.POST, { ar: 2025, kalla: "FORBUNDET", belopp: -0.01 }],
    ["utfall", utfall.POST, { ar: 2025, manad: null, kategori: "LOKALER", belopp: -100 }],
  ] as const)("refuses a negative %s amount beside belopp, nothing saved", async (_l, handler, body) => {
    actAs(users.processledare);
    const before = [await db.budgetPost.count(), await db.finansiering.count(), await db.utfall.count()];
    const res = await call(handler, p(), { body });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors).toEqual({ belopp: ["Beloppet kan inte vara negativt"] });
    expect([await db.budgetPost.count(), await db.finansiering.count(), await db.utfall.count()]).toEqual(before);
  });

  it("refuses an unknown cost category, a month 13 and a year out of range", async () => {
    actAs(users.processledare);
    const res = await call(utfall.POST, p(), { body: { ar: 1999, manad: 13, kategori: "GLASS", belopp: 1 } });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.error.fieldErrors).sort()).toEqual(["ar", "kategori", "manad"]);
  });

  it("needs a member of the same förbund for financing by a member", async () => {
    actAs(users.processledare);
    const utan = await call(finansiering.POST, p(), { body: { ar: 2025, kalla: "MEDLEM", belopp: 1000 } });
    expect(utan.json.error.fieldErrors).toEqual({ medlemId: ["Välj vilken medlem som finansierar"] });
    const annan = await db.medlem.create({ data: { forbundId: b.id, namn: "Annan kommun", typ: "KOMMUN" } });
    const fel = await call(finansiering.POST, p(), { body: { ar: 2025, kalla: "MEDLEM", medlemId: annan.id, belopp: 1000 } });
    expect(fel.status).toBe(400);
    expect(fel.json.error.fieldErrors).toEqual({ medlemId: ["Välj en medlem i förbundet"] });
    const egen = await db.medlem.create({ data: { forbundId: a.id, namn: "Egen kommun", typ: "KOMMUN" } });
    const ok = await call(finansiering.POST, p(), { body: { ar: 2025, kalla: "MEDLEM", medlemId: egen.id, belopp: 1000 } });
    expect(ok.status).toBe(201);
    expect((await call(one.GET, p())).json.finansieringar.find((f: { id: string }) => f.id === ok.json.id).medlemNamn).toBe("Egen kommun");
  });

  it.each(refusals)("refuses %s adding or deleting", async (_l, who, status) => {
    actAs(users.processledare);
    const post = await call(budget.POST, p(), { body: { ar: 2026, kategori: "OVRIGT", belopp: 1 } });
    actAs(who ? users[who] : null);
    const before = await db.budgetPost.count();
    expect((await call(budget.POST, p(), { body: { ar: 2026, kategori: "OVRIGT", belopp: 1 } })).status).toBe(status);
    expect((await call(budgetPost.DELETE, p({ postId: post.json.id }), { method: "DELETE" })).status).toBe(status);
    expect(await db.budgetPost.count()).toBe(before);
  });

  it("deletes one row of each kind, scoped to the insats", async () => {
    actAs(users.processledare);
    const f = await call(finansiering.POST, p(), { body: { ar: 2026, kalla: "ANNAN", belopp: 5 } });
    const u = await call(utfall.POST, p(), { body: { ar: 2026, kategori: "OVRIGT", belopp: 5 } });
    const bb = await call(budget.POST, p(), { body: { ar: 2026, kategori: "RESOR", belopp: 5 } });
    // Another insats's id in the path: not found, nothing removed.
    const other = await createInsats(a.id);
    expect((await call(finansieringPost.DELETE, { forbund: a.slug, insatsId: other.id, postId: f.json.id }, { method: "DELETE" })).status).toBe(404);
    expect((await call(finansieringPost.DELETE, p({ postId: f.json.id }), { method: "DELETE" })).status).toBe(200);
    expect((await call(utfallPost.DELETE, p({ postId: u.json.id }), { method: "DELETE" })).status).toBe(200);
    expect((await call(budgetPost.DELETE, p({ postId: bb.json.id }), { method: "DELETE" })).status).toBe(200);
    expect((await call(budgetPost.DELETE, p({ postId: bb.json.id }), { method: "DELETE" })).status).toBe(404);
    expect(await auditCount("utfall.delete")).toBe(1);
  });
});

describe("assigned vägledare", () => {
  let vagledare2: string;
  beforeAll(async () => {
    vagledare2 = (await createMember(a, "VAGLEDARE")).user.id;
  });

  it("replaces the list, bumps the version and gives the vägledare access", async () => {
    actAs(users.processledare);
    const { version } = (await call(one.GET, p())).json;
    const res = await call(vagledare.PUT, p(), { method: "PUT", body: { userIds: [vagledare2], version } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ id: insatsId, version: version + 1 });
    const assigned = await db.insatsTilldelning.findMany({ where: { forbundId: a.id, insatsId } });
    expect(assigned.map((t) => t.userId)).toEqual([vagledare2]);
    expect(await auditCount("insats.vagledare")).toBe(1);
  });

  it("refuses a stale version (someone else changed the insats first) with 409", async () => {
    actAs(users.processledare);
    const { version } = (await call(one.GET, p())).json;
    await call(vagledare.PUT, p(), { method: "PUT", body: { userIds: [vagledare2, users.vagledare], version } });
    const res = await call(vagledare.PUT, p(), { method: "PUT", body: { userIds: [], version } });
    expect(res.status).toBe(409);
    expect(await db.insatsTilldelning.count({ where: { forbundId: a.id, insatsId } })).toBe(2);
  });

  it.each([
    ["a processledare (not a vägledare)", () => users.processledare],
    ["a vägledare of another förbund", () => users.annanForbund],
    ["an unknown id", () => "finns-inte"],
  ])("refuses %s", async (_l, userId) => {
    actAs(users.processledare);
    const res = await call(vagledare.PUT, p(), { method: "PUT", body: { userIds: [userId()] } });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors).toEqual({ userIds: ["Välj bland förbundets vägledare"] });
    expect(await db.insatsTilldelning.count({ where: { forbundId: a.id, insatsId } })).toBe(2);
  });

  it.each(refusals)("refuses %s", async (_l, who, status) => {
    actAs(who ? users[who] : null);
    expect((await call(vagledare.PUT, p(), { method: "PUT", body: { userIds: [] } })).status).toBe(status);
    expect(await db.insatsTilldelning.count({ where: { forbundId: a.id, insatsId } })).toBe(2);
  });
});

describe("closing an insats", () => {
  it("needs a slutdatum", async () => {
    actAs(users.processledare);
    const { version } = (await call(one.GET, p())).json;
    const res = await call(avsluta.POST, p(), { body: { slutdatum: "", version } });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors).toEqual({ slutdatum: ["Ange slutdatum för att avsluta insatsen"] });
  });

  it("refuses a slutdatum before the start", async () => {
    actAs(users.processledare);
    const { version } = (await call(one.GET, p())).json;
    const res = await call(avsluta.POST, p(), { body: { slutdatum: "2024-01-01", version } });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors.slutdatum).toEqual(["Slutdatum kan inte vara före startdatum"]);
  });

  it.each(refusals)("refuses %s", async (_l, who, status) => {
    actAs(who ? users[who] : null);
    expect((await call(avsluta.POST, p(), { body: { slutdatum: "2026-06-30", version: 1 } })).status).toBe(status);
  });

  it("refuses a stale version, then closes with the current one", async () => {
    actAs(users.processledare);
    const { version } = (await call(one.GET, p())).json;
    const stale = await call(avsluta.POST, p(), { body: { slutdatum: "2026-06-30", version: version - 1 } });
    expect(stale.status).toBe(409);
    const res = await call(avsluta.POST, p(), { body: { slutdatum: "2026-06-30", version } });
    expect(res.status).toBe(200);
    const stored = await db.insats.findFirstOrThrow({ where: { forbundId: a.id, id: insatsId } });
    expect(stored.status).toBe("AVSLUTAD");
    expect(stored.slutdatum?.toISOString().slice(0, 10)).toBe("2026-06-30");
  });
});
