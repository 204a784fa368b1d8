// Runs a command against a fresh, migrated database (no demo data):
//   node scripts/with-test-db.mjs vitest run --project integration
import path from "node:path";
import { createTestDatabase } from "./lib/test-db.mjs";
import { withDevDefaults } from "./lib/dev-env.mjs";
import { prepareDatabase } from "./lib/prepare-db.mjs";
import { run } from "./lib/run.mjs";

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error("Användning: node scripts/with-test-db.mjs <kommando> [argument …]");
  process.exit(2);
}
const database = await createTestDatabase("integration");
console.log(`Integrationstester mot ${database.kind}`);
let code = 1;
try {
  const env = withDevDefaults({ ...process.env, DATABASE_URL: database.url, TEST_DB_ENGINE: database.engine, NODE_ENV: "test" }, process.cwd(), 3000);
  await prepareDatabase(env, { seed: "none" });
  const bin = path.join(process.cwd(), "node_modules", ".bin", cmd);
  ({ code } = await run(bin, args, { env }));
} finally {
  await database.drop();
}
process.exit(code);
