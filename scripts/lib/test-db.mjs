// A fresh, empty database for one test run: a new database on the server in
// DATABASE_URL when it is set (CI: the machine's PostgreSQL), else an
// in-memory embedded PGlite. Either way the caller gets a URL and a cleanup.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedDb } from "./embedded-db.mjs";

export async function createTestDatabase(label = "test") {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const embedded = await startEmbeddedDb({});
    return { url: embedded.url, engine: "pglite", kind: "inbäddad PGlite (i minnet)", drop: () => embedded.stop() };
  }
  const name = `insatsportalen_${label}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    engine: "postgres",
    kind: `PostgreSQL, databas ${name}`,
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
      await c.end();
    },
  };
}
