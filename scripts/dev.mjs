// `npm run dev` / `npm start`: with no DATABASE_URL, an embedded PostgreSQL
// (PGlite, data under .data/) is started first; either way migrations are
// applied and an empty database gets the demo data. Then Next.js starts.
import { spawn } from "node:child_process";
import path from "node:path";
import { startEmbeddedDb } from "./lib/embedded-db.mjs";
import { withDevDefaults } from "./lib/dev-env.mjs";
import { prepareDatabase } from "./lib/prepare-db.mjs";

const mode = process.argv[2] === "start" ? "start" : "dev";
const root = process.cwd();
const port = Number(process.env.PORT ?? 3000);

let embedded;
let env = { ...process.env };
if (!env.DATABASE_URL) {
  embedded = await startEmbeddedDb({ dataDir: path.join(root, ".data", "pglite"), port: 54329 });
  env.DATABASE_URL = embedded.url;
  console.log(`Inbäddad PostgreSQL (PGlite) på port ${embedded.port}, data i .data/pglite`);
} else {
  console.log("Använder DATABASE_URL");
}
env = withDevDefaults(env, root, port);

try {
  await prepareDatabase(env);
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  await embedded?.stop();
  process.exit(1);
}

// WEB_CONCURRENCY > 1: `next start` in that many processes on the one port (README "Prestanda").
const processer = mode === "start" ? Math.max(1, Number(env.WEB_CONCURRENCY ?? 1) || 1) : 1;
const next =
  processer > 1
    ? spawn(process.execPath, [path.join(root, "scripts", "lib", "next-cluster.mjs"), String(processer), "-p", String(port)], { stdio: "inherit", env })
    : spawn(path.join(root, "node_modules", ".bin", "next"), [mode, "-p", String(port)], { stdio: "inherit", env });
const shutdown = async (code) => {
  next.kill("SIGTERM");
  await embedded?.stop();
  process.exit(code);
};
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
next.on("exit", (code) => void shutdown(code ?? 0));
