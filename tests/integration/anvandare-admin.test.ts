import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { db } from "@/lib/db";
import * as list from "@/app/api/f/[forbund]/insatser/route";
import { inviteAnvandareAction } from "@/lib/actions/anvandare/invite-anvandare";
import { setAnvandareRollAction } from "@/lib/actions/anvandare/set-anvandare-roll";
import { setAnvandareAktivAction } from "@/lib/actions/anvandare/set-anvandare-aktiv";
import { authenticate } from "@/lib/auth/authenticate";
import { resolveTenant } from "@/lib/auth/resolve-tenant";
import { createForbund, createMember } from "../factories";

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const email = () => `ny-${randomUUID().slice(0, 8)}@test.example`;

let a: Awaited<ReturnType<typeof createForbund>>;
let b: Awaited<ReturnType<typeof createForbund>>;
let users: Record<"admin" | "processledare" | "vagledare" | "styrelse" | "adminB" | "memberB", string>;

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  users = {
    admin: (await createMember(a, "ADMIN")).user.id,
    processledare: (await createMember(a, "PROCESSLEDARE")).user.id,
    vagledare: (await createMember(a, "VAGLEDARE")).user.id,
    styrelse: (await createMember(a, "STYRELSE")).user.id,
    adminB: (await createMember(b, "ADMIN")).user.id,
    memberB: (await createMember(b, "PROCESSLEDARE")).user.id,
  };
});

const refusals = [
  ["a logged-out caller", null, "unauthorized"],
  ["another förbund's admin", "adminB", "not_found"],
  ["a processledare", "processledare", "forbidden"],
  ["a vägledare", "vagledare", "forbidden"],
  ["a styrelse member", "styrelse", "forbidden"],
] as const;

describe("inviting a user", () => {
  it("creates the account with a one-time password that works once handed over, and audits it", async () => {
    actAs(users.admin);
    const address = email();
    const res = await inviteAnvandareAction(a.slug, { email: address.toUpperCase(), namn: "Nina Ny", roll: "VAGLEDARE" });
    if (!res.ok) throw new Error(res.message);
    const password = res.data.temporaryPassword!;
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const stored = await db.user.findUniqueOrThrow({ where: { email: address }, include: { memberships: true } });
    expect(stored.passwordHash).not.toContain(password);
    expect(stored.memberships).toEqual([expect.objectContaining({ forbundId: a.id, role: "VAGLEDARE" })]);
    expect(await authenticate({ email: address, password }, "192.0.2.50")).toMatchObject({ id: stored.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { forbundId: a.id, action: "anvandare.invite", entityId: stored.id } });
    expect(audit.userId).toBe(users.admin);
    expect(JSON.stringify(audit.details)).not.toContain(password);
  });

  it("adds an existing account of another förbund without a new password", async () => {
    const memberB = await db.user.findUniqueOrThrow({ where: { id: users.memberB } });
    actAs(users.admin);
    const res = await inviteAnvandareAction(a.slug, { email: memberB.email, namn: "Annat namn", roll: "STYRELSE" });
    expect(res).toEqual({ ok: true, data: { userId: memberB.id, temporaryPassword: null } });
    expect((await db.user.findUniqueOrThrow({ where: { id: memberB.id } })).passwordHash).toBe(memberB.passwordHash);
  });

  it("refuses an address that is already a member, beside the field", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { id: users.processledare } });
    actAs(users.admin);
    const res = await inviteAnvandareAction(a.slug, { email: admin.email, namn: "Dubblett", roll: "ADMIN" });
    expect(res).toMatchObject({ ok: false, code: "conflict", fieldErrors: { email: ["Det finns redan en användare med den e-postadressen i förbundet"] } });
  });

  it("refuses malformed input with Swedish field errors", async () => {
    actAs(users.admin);
    const res = await inviteAnvandareAction(a.slug, { email: "inte-en-adress", namn: "", roll: "KUNG" });
    expect(res).toMatchObject({ ok: false, code: "validation" });
    if (res.ok) return;
    expect(Object.keys(res.fieldErrors ?? {}).sort()).toEqual(["email", "namn", "roll"]);
  });

  it.each(refusals)("refuses %s", async (_l, who, code) => {
    actAs(who ? users[who] : null);
    const address = email();
    expect(await inviteAnvandareAction(a.slug, { email: address, namn: "Intrång", roll: "ADMIN" })).toMatchObject({ ok: false, code });
    expect(await db.user.count({ where: { email: address } })).toBe(0);
  });
});

describe("changing a role", () => {
  it("changes the role within the förbund, ends the user's open sessions, and audits from → to", async () => {
    const { user } = await createMember(a, "STYRELSE");
    actAs(user.id);
    expect((await call(list.POST, { forbund: a.slug }, { body: {} })).status).toBe(403);
    actAs(users.admin);
    expect(await setAnvandareRollAction(a.slug, { userId: user.id, roll: "PROCESSLEDARE" })).toEqual({ ok: true, data: { userId: user.id } });
    // The session from before the change is refused; a new login (the bumped version) gets the new role.
    expect(await resolveTenant({ userId: user.id, sessionVersion: 0 }, a.slug)).toEqual({ ok: false, reason: "unauthenticated", revoked: true });
    actAs(user.id, 0);
    expect((await call(list.GET, { forbund: a.slug })).status).toBe(401);
    const resolved = await resolveTenant({ userId: user.id, sessionVersion: 1 }, a.slug);
    expect(resolved).toMatchObject({ ok: true, ctx: { roll: "PROCESSLEDARE" } });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { forbundId: a.id, action: "anvandare.roll", entityId: user.id } });
    expect(audit.details).toEqual({ fran: "STYRELSE", till: "PROCESSLEDARE" });
  });

  it("refuses an admin changing their own role", async () => {
    actAs(users.admin);
    expect(await setAnvandareRollAction(a.slug, { userId: users.admin, roll: "STYRELSE" })).toMatchObject({ ok: false, code: "conflict" });
  });

  it("answers not found for a user of another förbund, even through the admin's own slug", async () => {
    actAs(users.admin);
    expect(await setAnvandareRollAction(a.slug, { userId: users.adminB, roll: "STYRELSE" })).toMatchObject({ ok: false, code: "not_found" });
    expect((await db.membership.findFirstOrThrow({ where: { userId: users.adminB, forbundId: b.id } })).role).toBe("ADMIN");
  });

  it.each(refusals)("refuses %s", async (_l, who, code) => {
    const { user } = await createMember(a, "STYRELSE");
    actAs(who ? users[who] : null);
    expect(await setAnvandareRollAction(a.slug, { userId: user.id, roll: "ADMIN" })).toMatchObject({ ok: false, code });
    expect((await db.membership.findFirstOrThrow({ where: { userId: user.id, forbundId: a.id } })).role).toBe("STYRELSE");
  });
});

describe("deactivating a user", () => {
  it("stops login and refuses the open session on its next request; reactivating does not revive that session", async () => {
    const address = email();
    actAs(users.admin);
    const invited = await inviteAnvandareAction(a.slug, { email: address, namn: "Ska bort", roll: "PROCESSLEDARE" });
    if (!invited.ok) throw new Error(invited.message);
    const { userId, temporaryPassword } = invited.data;
    expect(await authenticate({ email: address, password: temporaryPassword! }, "192.0.2.60")).not.toBeNull();
    // As if they had chosen their own password (tests/integration/konto.test.ts covers that step).
    await db.user.update({ where: { id: userId }, data: { losenordMasteBytas: false } });
    actAs(userId, 0);
    expect((await call(list.GET, { forbund: a.slug })).status).toBe(200);

    actAs(users.admin);
    expect(await setAnvandareAktivAction(a.slug, { userId, aktiv: false })).toEqual({ ok: true, data: { userId, aktiv: false } });
    expect(await authenticate({ email: address, password: temporaryPassword! }, "192.0.2.60")).toBeNull();
    actAs(userId, 0);
    expect((await call(list.GET, { forbund: a.slug })).status).toBe(401);

    actAs(users.admin);
    expect(await setAnvandareAktivAction(a.slug, { userId, aktiv: true })).toMatchObject({ ok: true });
    actAs(userId, 0);
    expect((await call(list.GET, { forbund: a.slug })).status).toBe(401);
    expect(await authenticate({ email: address, password: temporaryPassword! }, "192.0.2.60")).not.toBeNull();
    expect(await db.auditEvent.count({ where: { forbundId: a.id, entityId: userId, action: { in: ["anvandare.inaktivera", "anvandare.aktivera"] } } })).toBe(2);
  });

  it("refuses to deactivate an account that also belongs to another förbund", async () => {
    // memberB was added to A above; switching the account off would lock them out of B too.
    actAs(users.admin);
    expect(await setAnvandareAktivAction(a.slug, { userId: users.memberB, aktiv: false })).toMatchObject({ ok: false, code: "conflict" });
    expect((await db.user.findUniqueOrThrow({ where: { id: users.memberB } })).aktiv).toBe(true);
  });

  it("refuses an admin deactivating themself, and a user of another förbund", async () => {
    actAs(users.admin);
    expect(await setAnvandareAktivAction(a.slug, { userId: users.admin, aktiv: false })).toMatchObject({ ok: false, code: "conflict" });
    expect(await setAnvandareAktivAction(a.slug, { userId: users.adminB, aktiv: false })).toMatchObject({ ok: false, code: "not_found" });
    expect((await db.user.findUniqueOrThrow({ where: { id: users.adminB } })).aktiv).toBe(true);
  });

  it.each(refusals)("refuses %s", async (_l, who, code) => {
    const { user } = await createMember(a, "STYRELSE");
    actAs(who ? users[who] : null);
    expect(await setAnvandareAktivAction(a.slug, { userId: user.id, aktiv: false })).toMatchObject({ ok: false, code });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).aktiv).toBe(true);
  });
});
