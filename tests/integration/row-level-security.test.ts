import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { createForbund } from "../factories";

let a: { id: string };
let b: { id: string };

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  await db.medlem.create({ data: { forbundId: a.id, namn: "Kommun A", typ: "KOMMUN" } });
  await db.medlem.create({ data: { forbundId: b.id, namn: "Kommun B", typ: "KOMMUN" } });
});

describe("row-level security (the database's own tenant wall)", () => {
  it("shows a tenant transaction only its own förbund's rows, even with no where clause", async () => {
    const namn = await withTenantTx(a.id, async (tx) => (await tx.medlem.findMany({ select: { namn: true, forbundId: true } })));
    expect(namn).toEqual([{ namn: "Kommun A", forbundId: a.id }]);
    const matvariabler = await withTenantTx(b.id, (tx) => tx.matvariabel.findMany({ select: { forbundId: true } }));
    expect(matvariabler.length).toBeGreaterThan(0);
    expect(new Set(matvariabler.map((m) => m.forbundId))).toEqual(new Set([b.id]));
  });

  it("returns nothing when the application role runs without a förbund set", async () => {
    const rows = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('role', 'insats_app', true)`;
      return tx.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Medlem"`;
    });
    expect(Number(rows[0]?.n)).toBe(0);
    // The rows exist: the owner sees both förbund's members.
    expect(await db.medlem.count({ where: { forbundId: { in: [a.id, b.id] } } })).toBe(2);
  });

  it("refuses a write into another förbund and leaves nothing behind", async () => {
    await expect(
      withTenantTx(a.id, (tx) => tx.medlem.create({ data: { forbundId: b.id, namn: "Intrång", typ: "KOMMUN" } })),
    ).rejects.toThrow(/row-level security/);
    expect(await db.medlem.count({ where: { namn: "Intrång" } })).toBe(0);
  });

  it("cannot update or delete another förbund's rows", async () => {
    const updated = await withTenantTx(a.id, (tx) => tx.medlem.updateMany({ where: { forbundId: b.id }, data: { namn: "Ändrad" } }));
    expect(updated.count).toBe(0);
    const deleted = await withTenantTx(a.id, (tx) => tx.medlem.deleteMany({ where: { forbundId: b.id } }));
    expect(deleted.count).toBe(0);
    expect(await db.medlem.findFirst({ where: { forbundId: b.id }, select: { namn: true } })).toEqual({ namn: "Kommun B" });
  });

  it("does not leak the role or förbund to the next query on the pooled connection", async () => {
    await withTenantTx(a.id, (tx) => tx.medlem.count());
    const after = await db.$queryRaw<{ u: string; f: string | null }[]>`SELECT current_user AS u, current_setting('app.forbund_id', true) AS f`;
    expect(after[0]?.u).not.toBe("insats_app");
    expect(after[0]?.f ?? "").toBe("");
  });

  it("has row-level security switched on for every table with a forbundId column", async () => {
    const tables = await db.$queryRaw<{ table_name: string; rls: boolean; policies: bigint }[]>`
      SELECT c.table_name, cl.relrowsecurity AS rls,
             (SELECT count(*) FROM pg_policies p WHERE p.tablename = c.table_name AND p.schemaname = 'public') AS policies
      FROM information_schema.columns c
      JOIN pg_class cl ON cl.relname = c.table_name
      JOIN pg_namespace n ON n.oid = cl.relnamespace AND n.nspname = 'public'
      WHERE c.table_schema = 'public' AND c.column_name = 'forbundId'`;
    expect(tables.length).toBeGreaterThan(15);
    const missing = tables.filter((t) => !t.rls || Number(t.policies) === 0).map((t) => t.table_name);
    expect(missing).toEqual([]);
  });
});
