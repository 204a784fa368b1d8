// Review (helper 9): a SECURITY DEFINER function runs as the owner, so it must
// not resolve its tables through a schema the caller can write. PostgreSQL
// searches the session's temporary schema first unless the function's
// search_path names pg_temp (last): insats_app may create temporary tables, so
// a tenant session could put its own "Membership" in front of the real one and
// make insats_memberships_elsewhere answer 0 for an account that belongs to
// another förbund (which would then be deactivated from this one).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { createForbund, createMember } from "../factories";

let a: Awaited<ReturnType<typeof createForbund>>;
let b: Awaited<ReturnType<typeof createForbund>>;
let iBada: string;

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  iBada = (await createMember(a, "VAGLEDARE")).user.id;
  await db.membership.create({ data: { forbundId: b.id, userId: iBada, role: "VAGLEDARE" } });
});

describe("insats_memberships_elsewhere", () => {
  it("counts the real memberships even when the tenant session shadows the table with a temporary one", async () => {
    const n = await withTenantTx(a.id, async (tx) => {
      await tx.$executeRawUnsafe(`CREATE TEMP TABLE "Membership" ("userId" text, "forbundId" text) ON COMMIT DROP`);
      const rows = await tx.$queryRaw<{ n: number }[]>`SELECT "insats_memberships_elsewhere"(${iBada}, ${a.id}) AS n`;
      return rows[0]!.n;
    });
    expect(n).toBe(1);
  });

  it("names pg_temp last in its fixed search_path", async () => {
    const rows = await db.$queryRaw<{ config: string[] | null; definer: boolean }[]>`
      SELECT p.proconfig AS config, p.prosecdef AS definer FROM pg_proc p WHERE p.proname = 'insats_memberships_elsewhere'`;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.definer).toBe(true);
    expect(rows[0]!.config?.find((c) => c.startsWith("search_path="))).toMatch(/pg_temp$/);
  });
});
