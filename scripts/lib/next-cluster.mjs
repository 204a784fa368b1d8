// `next start` in N worker processes sharing one port (node:cluster; the primary hands
// connections round-robin). One Node process renders pages on one core only; see README
// "Prestanda" for when more than one helps. Usage: node scripts/lib/next-cluster.mjs <N> [next start args…]
// Each process keeps its own result cache and database pool: N × the pool's connections.
import cluster from "node:cluster";
import path from "node:path";

const [antal = "2", ...args] = process.argv.slice(2);
const n = Math.max(1, Number(antal) || 1);
cluster.setupPrimary({ exec: path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next"), args: ["start", ...args] });

let stopping = false;
for (let i = 0; i < n; i++) cluster.fork();
cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  // A worker that dies takes the service down with it, as a single `next start` would: the supervisor restarts it.
  console.error(`next start-process ${worker.process.pid} avslutades (${signal ?? code}); stoppar alla`);
  stop(code ?? 1);
});
function stop(code) {
  stopping = true;
  for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
  setTimeout(() => process.exit(code), 10_000).unref();
  if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(code);
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
