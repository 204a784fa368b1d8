import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";

// DESIGN.md §7: `migrate dev` cannot run here, so migrations are authored with
// `migrate diff`. This proves they still describe schema.prisma: the test
// database (all migrations applied, schema "public") must have the same
// catalog as the SQL Prisma generates from schema.prisma today (applied into
// a scratch schema). Works on PostgreSQL and on the embedded PGlite alike.

const SCRATCH = "drift_from_schema";
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const sql = execFileSync(
    path.join(process.cwd(), "node_modules", ".bin", "prisma"),
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  ).replace(/^CREATE SCHEMA IF NOT EXISTS "public";$/m, "");
  await client.query(`DROP SCHEMA IF EXISTS ${SCRATCH} CASCADE; CREATE SCHEMA ${SCRATCH}; SET search_path TO ${SCRATCH};`);
  await client.query(sql);
  await client.query("SET search_path TO public");
});

afterAll(async () => {
  await client.query(`DROP SCHEMA IF EXISTS ${SCRATCH} CASCADE`);
  await client.end();
});

async function catalog(schema: string) {
  const q = async (sql: string) => (await client.query(sql, [schema])).rows.map((r) => JSON.stringify(r)).sort();
  return {
    columns: await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
                      FROM information_schema.columns WHERE table_schema = $1 AND table_name <> '_prisma_migrations'`),
    indexes: await q(`SELECT tablename, indexname, regexp_replace(indexdef, ' ON [a-z_]+\\.', ' ON ', 'g') AS def
                      FROM pg_indexes WHERE schemaname = $1 AND tablename <> '_prisma_migrations'`),
    constraints: await q(`SELECT conrelid::regclass::text AS tbl, conname, contype, pg_get_constraintdef(c.oid) AS def
                          FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                          WHERE n.nspname = $1 AND conrelid::regclass::text NOT LIKE '%_prisma_migrations'`),
    enums: await q(`SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
                    JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1`),
  };
}

it("the migrations and schema.prisma describe the same database", async () => {
  const fromMigrations = await catalog("public");
  const fromSchema = await catalog(SCRATCH);
  // Table names in constraint listings carry the schema when it is not on the search path.
  const strip = (rows: string[]) => rows.map((r) => r.replaceAll(`${SCRATCH}.`, "").replaceAll(`\\"${SCRATCH}\\".`, ""));
  expect(fromMigrations.columns.length).toBeGreaterThan(50);
  expect(strip(fromSchema.columns)).toEqual(fromMigrations.columns);
  expect(strip(fromSchema.indexes)).toEqual(fromMigrations.indexes);
  expect(strip(fromSchema.constraints).sort()).toEqual(fromMigrations.constraints);
  expect(fromSchema.enums).toEqual(fromMigrations.enums);
});
