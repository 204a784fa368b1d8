// End-to-end tests: a fresh database with the demo data, a production build,
// and Playwright in Debian's chromium against `next start`.
import path from "node:path";
import { ensureChromium } from "./lib/chromium.mjs";
import { createTestDatabase } from "./lib/test-db.mjs";
import { withDevDefaults } from "./lib/dev-env.mjs";
import { prepareDatabase } from "./lib/prepare-db.mjs";
import { freePort } from "./lib/embedded-db.mjs";
import { run, mustRun } from "./lib/run.mjs";

await ensureChromium();
const bin = (name) => path.join(process.cwd(), "node_modules", ".bin", name);
const port = await freePort(3100);
const database = await createTestDatabase("e2e");
console.log(`End-to-end-tester mot ${database.kind}`);
let code = 1;
try {
  const env = withDevDefaults({ ...process.env, DATABASE_URL: database.url }, process.cwd(), port);
  env.E2E_PORT = String(port);
  await prepareDatabase(env, { seed: "force" });
  if (!process.env.E2E_SKIP_BUILD) await mustRun(bin("next"), ["build"], { env: { ...env, NODE_ENV: "production" } });
  ({ code } = await run(bin("playwright"), ["test", ...process.argv.slice(2)], { env }));
} finally {
  await database.drop();
}
process.exit(code);
