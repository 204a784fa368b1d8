// A fresh scratch database for a benchmark run, on the PostgreSQL server named
// by DATABASE_URL (else the machine's, postgresql://postgres@127.0.0.1:5432),
// migrated with `prisma migrate deploy` and loaded with the demo data. Never
// the database DATABASE_URL itself: a benchmark adds 20 000 synthetic people.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { prepareDatabase } from "../../scripts/lib/prepare-db.mjs";

type DevEnv = { withDevDefaults: (env: NodeJS.ProcessEnv, root: string, port: number) => NodeJS.ProcessEnv };

export async function createScratchDatabase(): Promise<{ url: string; env: NodeJS.ProcessEnv; drop: () => Promise<void> }> {
  const server = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `insatsportalen_bench_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const { withDevDefaults } = (await import("../../scripts/lib/dev-env.mjs" as string)) as DevEnv;
  const env = withDevDefaults({ ...process.env, DATABASE_URL: url.toString() }, process.cwd(), 3000);
  await prepareDatabase(env, { seed: "force" });
  return {
    url: url.toString(),
    env,
    async drop() {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
      await c.end();
    },
  };
}
