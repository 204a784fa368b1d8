// Backup and restore as a round trip: the demo data dumped with
// `npm run db:backup` and restored with `npm run db:restore` into an empty
// database is identical, table by table. pg_dump 15 cannot read PGlite's
// PostgreSQL 17, so this runs against a server (CI's `.ci/run` always does).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "@/scripts/lib/prepare-db.mjs";
import { mustRun } from "@/scripts/lib/run.mjs";

const onServer = process.env.TEST_DB_ENGINE === "postgres";
const created: string[] = [];

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function newDatabase(label: string): Promise<string> {
  const name = `insatsportalen_${label}_${randomBytes(4).toString("hex")}`;
  await withClient(process.env.DATABASE_URL!, (c) => c.query(`CREATE DATABASE "${name}"`));
  created.push(name);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Row count and a checksum of every row of every table, in a stable order. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  return withClient(url, async (c) => {
    const tables = (await c.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows;
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const { t } of tables) {
      const r = await c.query<{ rows: string; md5: string }>(
        `SELECT count(*) AS rows, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS md5 FROM "${t}" x`,
      );
      out[t] = { rows: Number(r.rows[0]!.rows), md5: r.rows[0]!.md5 };
    }
    return out;
  });
}

afterAll(async () => {
  for (const name of created) {
    await withClient(process.env.DATABASE_URL!, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).catch(() => {});
  }
});

describe("backup and restore", () => {
  it.skipIf(!onServer)("restores every row of every table from a dump of the demo data", async () => {
    const source = await newDatabase("backup_src");
    await prepareDatabase({ ...process.env, DATABASE_URL: source }, { seed: "force" });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "backup-")), "insatsportalen.dump");
    await mustRun("node", ["scripts/backup.mjs", "backup", file], { env: { ...process.env, DATABASE_URL: source }, quiet: true });

    const target = await newDatabase("backup_dst");
    await mustRun("node", ["scripts/backup.mjs", "restore", file], { env: { ...process.env, DATABASE_URL: target }, quiet: true });

    const before = await fingerprint(source);
    const after = await fingerprint(target);
    expect(before.Inskrivning!.rows).toBeGreaterThan(100);
    expect(before.Matning!.rows).toBeGreaterThan(100);
    expect(after).toEqual(before);
  }, 180_000);

  it.skipIf(!onServer)("refuses to restore into a database that already has the tables, and changes nothing there", async () => {
    const source = await newDatabase("backup_src2");
    await prepareDatabase({ ...process.env, DATABASE_URL: source }, { seed: "none" });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "backup-")), "empty.dump");
    await mustRun("node", ["scripts/backup.mjs", "backup", file], { env: { ...process.env, DATABASE_URL: source }, quiet: true });
    const before = await fingerprint(source);
    await expect(
      mustRun("node", ["scripts/backup.mjs", "restore", file], { env: { ...process.env, DATABASE_URL: source }, quiet: true }),
    ).rejects.toThrow(/avslutades med kod/);
    expect(await fingerprint(source)).toEqual(before);
  }, 120_000);
});
