import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { db } from "@/lib/db";
import * as list from "@/app/api/f/[forbund]/insatser/route";
import { createApiNyckelAction } from "@/lib/actions/apinycklar/create-api-nyckel";
import { revokeApiNyckelAction } from "@/lib/actions/apinycklar/revoke-api-nyckel";
import { hashApiToken } from "@/lib/server/apinycklar/token";
import { nextIsoDay, stockholmMidnight } from "@/lib/server/stockholm-midnight";
import { createForbund, createInsats, createMember } from "../factories";

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

let a: Awaited<ReturnType<typeof createForbund>>;
let b: Awaited<ReturnType<typeof createForbund>>;
let users: Record<"admin" | "processledare" | "vagledare" | "styrelse" | "adminB", string>;

async function newKey(roll: "ADMIN" | "PROCESSLEDARE" | "STYRELSE" = "PROCESSLEDARE", forbund = a, admin = users.admin) {
  actAs(admin);
  const res = await createApiNyckelAction(forbund.slug, { namn: `Nyckel ${roll}`, roll, expiresAt: inDays(30) });
  if (!res.ok) throw new Error(res.message);
  actAs(null);
  return res.data;
}

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  await createInsats(a.id, { namn: "Insats i A" });
  await createInsats(b.id, { namn: "Insats i B" });
  users = {
    admin: (await createMember(a, "ADMIN")).user.id,
    processledare: (await createMember(a, "PROCESSLEDARE")).user.id,
    vagledare: (await createMember(a, "VAGLEDARE")).user.id,
    styrelse: (await createMember(a, "STYRELSE")).user.id,
    adminB: (await createMember(b, "ADMIN")).user.id,
  };
});

describe("creating an API key", () => {
  it("returns the token once, stores only its SHA-256 and prefix, and audits it", async () => {
    const { id, token, prefix } = await newKey();
    expect(token).toMatch(/^ipk_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(prefix)).toBe(true);
    const stored = await db.apiNyckel.findFirstOrThrow({ where: { id, forbundId: a.id } });
    expect(stored.tokenHash).toBe(hashApiToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored).toMatchObject({ roll: "PROCESSLEDARE", createdById: users.admin, revokedAt: null, lastUsedAt: null });
    // Valid through the whole chosen day in Swedish time.
    expect(stored.expiresAt).toEqual(stockholmMidnight(nextIsoDay(inDays(30))));
    const audit = await db.auditEvent.findFirstOrThrow({ where: { forbundId: a.id, action: "apinyckel.create", entityId: id } });
    expect(JSON.stringify(audit.details)).not.toContain(token);
  });

  it("refuses an expiry in the past, beyond two years, and a vägledare role", async () => {
    actAs(users.admin);
    const past = await createApiNyckelAction(a.slug, { namn: "Gammal", roll: "STYRELSE", expiresAt: inDays(-1) });
    expect(past).toMatchObject({ ok: false, code: "validation", fieldErrors: { expiresAt: ["Sista giltighetsdag måste vara i dag eller senare"] } });
    const far = await createApiNyckelAction(a.slug, { namn: "Evig", roll: "STYRELSE", expiresAt: inDays(800) });
    expect(far).toMatchObject({ ok: false, fieldErrors: { expiresAt: ["En nyckel kan gälla högst 730 dagar"] } });
    const vag = await createApiNyckelAction(a.slug, { namn: "Vägledare", roll: "VAGLEDARE", expiresAt: inDays(5) });
    expect(vag).toMatchObject({ ok: false, code: "validation" });
    expect(await db.apiNyckel.count({ where: { forbundId: a.id, namn: { in: ["Gammal", "Evig", "Vägledare"] } } })).toBe(0);
  });

  it.each([
    ["a logged-out caller", null, "unauthorized"],
    ["another förbund's admin", "adminB", "not_found"],
    ["a processledare", "processledare", "forbidden"],
    ["a vägledare", "vagledare", "forbidden"],
    ["a styrelse member", "styrelse", "forbidden"],
  ] as const)("refuses %s", async (_l, who, code) => {
    actAs(who ? users[who] : null);
    const before = await db.apiNyckel.count();
    const res = await createApiNyckelAction(a.slug, { namn: "Intrång", roll: "ADMIN", expiresAt: inDays(5) });
    expect(res).toMatchObject({ ok: false, code });
    expect(await db.apiNyckel.count()).toBe(before);
  });
});

describe("calling the API with a key", () => {
  it("answers 200 with the key's förbund's data and records last use", async () => {
    const { id, token } = await newKey("STYRELSE");
    const res = await call(list.GET, { forbund: a.slug }, bearer(token));
    expect(res.status).toBe(200);
    const names = res.json.insatser.map((i: { namn: string }) => i.namn);
    expect(names).toContain("Insats i A");
    expect(names).not.toContain("Insats i B");
    expect((await db.apiNyckel.findFirstOrThrow({ where: { id, forbundId: a.id } })).lastUsedAt).toBeInstanceOf(Date);
  });

  it("answers 404 when a key of förbund A is used on förbund B", async () => {
    const { token } = await newKey();
    const res = await call(list.GET, { forbund: b.slug }, bearer(token));
    expect(res.status).toBe(404);
  });

  it("acts with the key's role: a styrelse key cannot write (403), a processledare key can, audited as the key", async () => {
    const styrelse = await newKey("STYRELSE");
    const body = { namn: "Via nyckel", insatstyp: "INDIVIDINRIKTAD", status: "PAGAENDE", startdatum: "2025-01-01" };
    expect((await call(list.POST, { forbund: a.slug }, { body, ...bearer(styrelse.token) })).status).toBe(403);
    const pl = await newKey("PROCESSLEDARE");
    const res = await call(list.POST, { forbund: a.slug }, { body, ...bearer(pl.token) });
    expect(res.status).toBe(201);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { forbundId: a.id, action: "insats.create", entityId: res.json.id } });
    expect(audit.userId).toBe(`apinyckel:${pl.id}`);
  });

  it("answers 401 once the key is revoked, and records who revoked it", async () => {
    const { id, token } = await newKey();
    expect((await call(list.GET, { forbund: a.slug }, bearer(token))).status).toBe(200);
    actAs(users.admin);
    expect(await revokeApiNyckelAction(a.slug, id)).toEqual({ ok: true, data: { id } });
    actAs(null);
    const res = await call(list.GET, { forbund: a.slug }, bearer(token));
    expect(res.status).toBe(401);
    expect(res.json.error.message).toBe("API-nyckeln är ogiltig, återkallad eller har gått ut");
    expect(await db.auditEvent.count({ where: { forbundId: a.id, action: "apinyckel.revoke", entityId: id, userId: users.admin } })).toBe(1);
  });

  it("answers 401 for an expired key", async () => {
    const { id, token } = await newKey();
    await db.apiNyckel.updateMany({ where: { id, forbundId: a.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await call(list.GET, { forbund: a.slug }, bearer(token))).status).toBe(401);
  });

  it("answers 401 for an unknown token and for a malformed Authorization header, even with a valid session", async () => {
    actAs(users.processledare);
    expect((await call(list.GET, { forbund: a.slug }, bearer("ipk_" + "x".repeat(43)))).status).toBe(401);
    expect((await call(list.GET, { forbund: a.slug }, { headers: { authorization: "Basic dXNlcjpwYXNz" } })).status).toBe(401);
    expect((await call(list.GET, { forbund: a.slug }, { headers: { authorization: "Bearer ' OR 1=1 --" } })).status).toBe(401);
    expect((await call(list.GET, { forbund: a.slug })).status).toBe(200);
    actAs(null);
  });
});

describe("revoking an API key", () => {
  it.each([
    ["a logged-out caller", null, "unauthorized"],
    ["another förbund's admin", "adminB", "not_found"],
    ["a processledare", "processledare", "forbidden"],
    ["a styrelse member", "styrelse", "forbidden"],
  ] as const)("refuses %s and the key keeps working", async (_l, who, code) => {
    const { id, token } = await newKey();
    actAs(who ? users[who] : null);
    expect(await revokeApiNyckelAction(a.slug, id)).toMatchObject({ ok: false, code });
    actAs(null);
    expect((await call(list.GET, { forbund: a.slug }, bearer(token))).status).toBe(200);
  });

  it("answers not found when an admin of B names a key of A under B's own slug", async () => {
    const { id } = await newKey();
    actAs(users.adminB);
    expect(await revokeApiNyckelAction(b.slug, id)).toMatchObject({ ok: false, code: "not_found" });
    expect((await db.apiNyckel.findFirstOrThrow({ where: { id, forbundId: a.id } })).revokedAt).toBeNull();
  });
});
