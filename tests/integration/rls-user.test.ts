// Review (helper 9): accounts have no forbundId, so row-level security left
// "User" open: a tenant transaction of one förbund could overwrite the
// password hash of an account in another förbund. Migration
// 20261124210902_rls_user_login_attempt.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { createForbund, createMember } from "../factories";

let a: Awaited<ReturnType<typeof createForbund>>;
let b: Awaited<ReturnType<typeof createForbund>>;
let iA: string;
let iB: string;

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  iA = (await createMember(a, "VAGLEDARE")).user.id;
  iB = (await createMember(b, "ADMIN")).user.id;
});

describe("row-level security on User", () => {
  it("cannot change an account of another förbund", async () => {
    const fore = await db.user.findUniqueOrThrow({ where: { id: iB }, select: { passwordHash: true, email: true, aktiv: true } });
    const n = await withTenantTx(a.id, (tx) => tx.user.updateMany({ where: { id: iB }, data: { passwordHash: "övertaget", email: `x-${iB}@example.org`, aktiv: false } }));
    expect(n.count).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: iB }, select: { passwordHash: true, email: true, aktiv: true } })).toEqual(fore);
  });

  it("cannot delete an account", async () => {
    const n = await withTenantTx(a.id, (tx) => tx.user.deleteMany({ where: { id: { in: [iA, iB] } } }));
    expect(n.count).toBe(0);
    expect(await db.user.count({ where: { id: { in: [iA, iB] } } })).toBe(2);
  });

  it("still changes its own members, reads names and creates an invited account", async () => {
    expect((await withTenantTx(a.id, (tx) => tx.user.updateMany({ where: { id: iA }, data: { sessionVersion: { increment: 1 } } }))).count).toBe(1);
    expect(await withTenantTx(a.id, (tx) => tx.user.findUnique({ where: { id: iB }, select: { namn: true } }))).not.toBeNull();
    const ny = await withTenantTx(a.id, (tx) => tx.user.create({ data: { email: `ny-${Date.now()}@example.org`, namn: "Ny" }, select: { id: true } }));
    expect(ny.id).toBeTruthy();
  });

  it("gives a tenant transaction no access to login attempts", async () => {
    await expect(withTenantTx(a.id, (tx) => tx.loginAttempt.count())).rejects.toThrow(/permission denied/);
  });

  it("gives a tenant transaction no access to refused enkät tokens (throttled before any förbund is known)", async () => {
    await expect(withTenantTx(a.id, (tx) => tx.enkatTokenForsok.count())).rejects.toThrow(/permission denied/);
    await expect(withTenantTx(a.id, (tx) => tx.enkatTokenForsok.deleteMany({}))).rejects.toThrow(/permission denied/);
  });
});
