import { describe, expect, it, beforeAll } from "vitest";
import { db } from "@/lib/db";
import { resolveTenant } from "@/lib/auth/resolve-tenant";
import { getDeltagare } from "@/lib/server/deltagare/get-deltagare";
import { listInsatser } from "@/lib/server/insats/list-insatser";
import { NotFoundError } from "@/lib/errors";
import { createDeltagareMedInskrivning, createForbund, createInsats, createMember, createUser } from "../factories";

describe("resolveTenant", () => {
  let a: Awaited<ReturnType<typeof createForbund>>;
  let b: Awaited<ReturnType<typeof createForbund>>;

  beforeAll(async () => {
    a = await createForbund();
    b = await createForbund();
  });

  it("builds the context of a member, with the insatser they are assigned to", async () => {
    const insats = await createInsats(a.id);
    const { user } = await createMember(a, "VAGLEDARE", [insats.id]);
    const result = await resolveTenant({ userId: user.id, sessionVersion: 0 }, a.slug);
    expect(result).toEqual({
      ok: true,
      ctx: { userId: user.id, forbundId: a.id, forbundSlug: a.slug, forbundNamn: a.namn, roll: "VAGLEDARE", insatsIds: [insats.id] },
    });
  });

  it("refuses another förbund's user exactly like a förbund that does not exist", async () => {
    const { user } = await createMember(b, "ADMIN");
    expect(await resolveTenant({ userId: user.id, sessionVersion: 0 }, a.slug)).toEqual({ ok: false, reason: "not_member" });
    expect(await resolveTenant({ userId: user.id, sessionVersion: 0 }, "finns-inte")).toEqual({ ok: false, reason: "not_member" });
  });

  it("treats a logged-out request as unauthenticated", async () => {
    expect(await resolveTenant(null, a.slug)).toEqual({ ok: false, reason: "unauthenticated" });
  });

  it("stops a deactivated user at once, even with a valid session", async () => {
    const { user } = await createMember(a, "PROCESSLEDARE");
    await db.user.update({ where: { id: user.id }, data: { aktiv: false } });
    expect(await resolveTenant({ userId: user.id, sessionVersion: 0 }, a.slug)).toEqual({ ok: false, reason: "unauthenticated", revoked: true });
  });

  it("stops sessions issued before a sign-out-everywhere (sessionVersion bumped)", async () => {
    const { user } = await createMember(a, "PROCESSLEDARE");
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await resolveTenant({ userId: user.id, sessionVersion: 0 }, a.slug)).toEqual({ ok: false, reason: "unauthenticated", revoked: true });
    expect((await resolveTenant({ userId: user.id, sessionVersion: 1 }, a.slug)).ok).toBe(true);
  });

  it("does not let a user without any membership in", async () => {
    const user = await createUser();
    expect(await resolveTenant({ userId: user.id, sessionVersion: 0 }, a.slug)).toEqual({ ok: false, reason: "not_member" });
  });
});

describe("tenant-scoped reads", () => {
  it("lists only the caller's förbund's insatser", async () => {
    const a = await createForbund();
    const b = await createForbund();
    const own = await createInsats(a.id, { namn: "Egen insats" });
    await createInsats(b.id, { namn: "Annans insats" });
    const { ctx } = await createMember(a, "PROCESSLEDARE");
    const list = await listInsatser(ctx);
    expect(list.map((i) => i.id)).toEqual([own.id]);
  });

  it("refuses a deltagare of another förbund with not found", async () => {
    const a = await createForbund();
    const b = await createForbund();
    const insatsB = await createInsats(b.id);
    const { deltagare } = await createDeltagareMedInskrivning(b.id, insatsB.id);
    const { ctx } = await createMember(a, "PROCESSLEDARE");
    await expect(getDeltagare(ctx, deltagare.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows a vägledare only deltagare of insatser they are assigned to", async () => {
    const a = await createForbund();
    const assigned = await createInsats(a.id);
    const other = await createInsats(a.id);
    const { deltagare: mine } = await createDeltagareMedInskrivning(a.id, assigned.id);
    const { deltagare: notMine } = await createDeltagareMedInskrivning(a.id, other.id);
    const { ctx } = await createMember(a, "VAGLEDARE", [assigned.id]);
    expect((await getDeltagare(ctx, mine.id)).kod).toBe(mine.kod);
    await expect(getDeltagare(ctx, notMine.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("never shows a styrelse member a deltagare", async () => {
    const a = await createForbund();
    const insats = await createInsats(a.id);
    const { deltagare } = await createDeltagareMedInskrivning(a.id, insats.id);
    const { ctx } = await createMember(a, "STYRELSE");
    await expect(getDeltagare(ctx, deltagare.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses, in the database itself, an inskrivning that points at another förbund's insats", async () => {
    const a = await createForbund();
    const b = await createForbund();
    const insatsB = await createInsats(b.id);
    const deltagareA = await db.deltagare.create({ data: { forbundId: a.id, kod: `X-${Date.now()}`, kon: "M", fodelsear: 1990 } });
    await expect(
      db.inskrivning.create({ data: { forbundId: a.id, insatsId: insatsB.id, deltagareId: deltagareA.id, startdatum: new Date("2025-01-01") } }),
    ).rejects.toThrow();
  });
});
