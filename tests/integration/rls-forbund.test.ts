// Review (helper 9): the Forbund row holds the settings that protect a
// förbund's people — minCellStorlek (the board's suppression threshold) and
// gallringManader (retention). Row-level security covered every table with a
// forbundId column but not Forbund itself, so a tenant transaction could read
// every förbund and lower another förbund's threshold.
// Migration 20261124210900_rls_forbund.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { createForbund } from "../factories";

let a: { id: string };
let b: { id: string };

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
});

describe("row-level security on Forbund", () => {
  it("shows a tenant transaction only its own förbund", async () => {
    const ids = await withTenantTx(a.id, async (tx) => (await tx.forbund.findMany({ select: { id: true } })).map((f) => f.id));
    expect(ids).toEqual([a.id]);
    expect(await withTenantTx(a.id, (tx) => tx.forbund.findUnique({ where: { id: b.id }, select: { id: true } }))).toBeNull();
  });

  it("cannot change another förbund's suppression threshold or retention period", async () => {
    const fore = await db.forbund.findUniqueOrThrow({ where: { id: b.id }, select: { minCellStorlek: true, gallringManader: true } });
    const n = await withTenantTx(a.id, (tx) => tx.forbund.updateMany({ where: { id: b.id }, data: { minCellStorlek: 1, gallringManader: 120 } }));
    expect(n.count).toBe(0);
    expect(await db.forbund.findUniqueOrThrow({ where: { id: b.id }, select: { minCellStorlek: true, gallringManader: true } })).toEqual(fore);
  });

  it("still reads and changes its own row", async () => {
    const n = await withTenantTx(a.id, (tx) => tx.forbund.updateMany({ where: { id: a.id }, data: { gallringManader: 36 } }));
    expect(n.count).toBe(1);
    expect(await withTenantTx(a.id, (tx) => tx.forbund.findUniqueOrThrow({ where: { id: a.id }, select: { gallringManader: true } }))).toEqual({ gallringManader: 36 });
  });

  it("cannot create a förbund from a tenant transaction", async () => {
    await expect(withTenantTx(a.id, (tx) => tx.forbund.create({ data: { slug: `intrang-${Date.now()}`, namn: "Intrång" } }))).rejects.toThrow(/row-level security/);
  });
});
