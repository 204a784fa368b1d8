// Each write moves the data version of the insats it touches (a row lock on
// that Insats row until COMMIT, migration 20261124230000_insats_data_version):
// writes to different insatser of one förbund must not wait on each other,
// while two writes to the same insats are serialised and both counted. Needs
// two connections at once, so PostgreSQL only (PGlite has one).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { createForbund, createInsats } from "../factories";

const onServer = process.env.TEST_DB_ENGINE !== "pglite";

let forbundId: string;
let insatsA: string;
let insatsB: string;
const insatsVersion = async (id: string) => (await db.$queryRaw<{ v: number }[]>`SELECT "dataVersion" AS v FROM "Insats" WHERE "id" = ${id}`)[0]!.v;

async function skrivInskrivning(insatsId: string, tx: Parameters<Parameters<typeof withTenantTx>[1]>[0]) {
  const d = await tx.deltagare.create({ data: { forbundId, kod: `L${Math.random().toString(36).slice(2, 10)}`, kon: "K", fodelsear: 1980 } });
  await tx.inskrivning.create({ data: { forbundId, insatsId, deltagareId: d.id, startdatum: new Date("2025-02-01") } });
}

/** A tenant transaction that has written to `insatsId` and is held open (its Insats row locked) until `slapp()`. */
async function skrivOchHallOppen(insatsId: string): Promise<{ forsta: Promise<void>; slapp: () => void }> {
  let slapp!: () => void;
  const halls = new Promise<void>((r) => (slapp = r));
  let skrivit!: () => void;
  const harSkrivit = new Promise<void>((r) => (skrivit = r));
  const forsta = withTenantTx(forbundId, async (tx) => {
    await skrivInskrivning(insatsId, tx);
    skrivit();
    await halls;
  });
  await harSkrivit;
  return { forsta, slapp };
}

beforeAll(async () => {
  forbundId = (await createForbund()).id;
  insatsA = (await createInsats(forbundId)).id;
  insatsB = (await createInsats(forbundId)).id;
});

describe("data-version row locks", () => {
  it.skipIf(!onServer)("a write to another insats commits while a transaction that wrote to the first is still open", async () => {
    const { forsta, slapp } = await skrivOchHallOppen(insatsA);
    const t0 = performance.now();
    await withTenantTx(forbundId, (tx) => skrivInskrivning(insatsB, tx), { timeoutMs: 5_000 });
    const ms = performance.now() - t0;
    slapp();
    await forsta;
    expect(ms).toBeLessThan(2_000);
  });

  it.skipIf(!onServer)("two writes to the same insats wait for each other and both move its version", async () => {
    const v = await insatsVersion(insatsA);
    const { forsta, slapp } = await skrivOchHallOppen(insatsA);
    let klar = false;
    const andra = withTenantTx(forbundId, (tx) => skrivInskrivning(insatsA, tx)).then(() => (klar = true));
    await new Promise((r) => setTimeout(r, 300));
    expect(klar).toBe(false);
    slapp();
    await Promise.all([forsta, andra]);
    expect(await insatsVersion(insatsA)).toBe(v + 2);
  });
});
