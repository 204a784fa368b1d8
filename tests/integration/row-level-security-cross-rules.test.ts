// The two places where an application rule reaches across the förbund wall,
// and how row-level security keeps them (migration
// 20261124210100_rls_audit_logins_memberships): an admin's audit log shows the
// logins (forbundId NULL) of the förbund's own members, and deactivating an
// account needs to know whether the person belongs to another förbund.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { setAnvandareAktiv, OTHER_FORBUND } from "@/lib/server/anvandare/set-anvandare-aktiv";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { createForbund, createMember, createUser } from "../factories";

let a: Awaited<ReturnType<typeof createForbund>>;
let b: Awaited<ReturnType<typeof createForbund>>;
let admin: Awaited<ReturnType<typeof createMember>>;
let medlemA: string;
let medlemB: string;
let epostA: string;
let epostB: string;
let iBada: string;

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  admin = await createMember(a, "ADMIN");
  ({ id: medlemA, email: epostA } = (await createMember(a, "PROCESSLEDARE")).user);
  ({ id: medlemB, email: epostB } = (await createMember(b, "PROCESSLEDARE")).user);
  iBada = (await createMember(a, "VAGLEDARE")).user.id;
  await db.membership.create({ data: { forbundId: b.id, userId: iBada, role: "VAGLEDARE" } });
  // Login rows belong to no förbund.
  for (const userId of [medlemA, medlemB]) await recordAudit(db, { action: "login.success", userId, details: { email: `${userId}@test` } });
});

describe("audit log rows of logins (forbundId NULL)", () => {
  it("are visible to a tenant transaction for its own members only", async () => {
    const rows = await withTenantTx(a.id, (tx) => tx.auditEvent.findMany({ where: { action: "login.success", userId: { in: [medlemA, medlemB] } }, select: { userId: true } }));
    expect(rows.map((r) => r.userId)).toEqual([medlemA]);
  });

  it("show up in the admin's audit log, another förbund's member's do not", async () => {
    const { rows } = await listAuditEvents(admin.ctx, { sida: 1, handelse: "login.success" });
    const vem = rows.map((r) => r.vem).join("\n");
    expect(vem).toContain(epostA);
    expect(vem).not.toContain(epostB);
  });

  it("cannot be written from a tenant transaction (a change always names its förbund)", async () => {
    await expect(withTenantTx(a.id, (tx) => recordAudit(tx, { action: "login.success", userId: medlemA }))).rejects.toThrow(/row-level security/);
  });
});

describe("memberships in other förbund", () => {
  it("are invisible to a tenant transaction, but counted by insats_memberships_elsewhere", async () => {
    const [synliga, [{ n }]] = await withTenantTx(a.id, async (tx) => [
      await tx.membership.count({ where: { userId: iBada, forbundId: { not: a.id } } }),
      await tx.$queryRaw<[{ n: number }]>`SELECT "insats_memberships_elsewhere"(${iBada}, ${a.id}) AS n`,
    ] as const);
    expect(synliga).toBe(0);
    expect(n).toBe(1);
  });

  it("still stop an admin from deactivating a person who belongs to another förbund", async () => {
    await expect(setAnvandareAktiv(admin.ctx, { userId: iBada, aktiv: false })).rejects.toThrow(OTHER_FORBUND);
    expect((await db.user.findUniqueOrThrow({ where: { id: iBada } })).aktiv).toBe(true);
    const ensam = (await createMember(a, "PROCESSLEDARE")).user.id;
    await expect(setAnvandareAktiv(admin.ctx, { userId: ensam, aktiv: false })).resolves.toEqual({ userId: ensam, aktiv: false });
  });

  it("are not reachable through the function for a user the caller does not name", async () => {
    const annan = await createUser();
    const [{ n }] = await withTenantTx(a.id, (tx) => tx.$queryRaw<[{ n: number }]>`SELECT "insats_memberships_elsewhere"(${annan.id}, ${a.id}) AS n`);
    expect(n).toBe(0);
  });
});

describe("a tenant transaction inside another", () => {
  it("is refused (it would wait for the outer one on PGlite and run without the role on a server)", async () => {
    await expect(withTenantTx(a.id, () => withTenantTx(a.id, (tx) => tx.medlem.count()))).rejects.toThrow(/inuti en annan tenant-transaktion/);
    // Side by side and one after another are fine.
    const [x, y] = await Promise.all([withTenantTx(a.id, (tx) => tx.medlem.count()), withTenantTx(b.id, (tx) => tx.medlem.count())]);
    expect(x + y).toBeGreaterThanOrEqual(0);
    await expect(withTenantTx(a.id, (tx) => tx.medlem.count())).resolves.toBeGreaterThanOrEqual(0);
  });
});
