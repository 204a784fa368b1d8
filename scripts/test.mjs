// `npm test`: every check, in order, stopping at the first failure.
import path from "node:path";
import { run } from "./lib/run.mjs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const steps = [
  ["lint", [npm, ["run", "lint"]]],
  ["typecheck", [npm, ["run", "typecheck"]]],
  ["unit", [npm, ["run", "test:unit"]]],
  ["integration", [npm, ["run", "test:integration"]]],
  ["e2e", [npm, ["run", "test:e2e"]]],
];
const only = process.argv.slice(2);
const results = [];
for (const [name, [cmd, args]] of steps) {
  if (only.length && !only.includes(name)) continue;
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const { code } = await run(cmd, args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PATH: `${path.join(process.cwd(), "node_modules", ".bin")}:${process.env.PATH}` } });
  results.push({ name, ok: code === 0, seconds: Math.round((Date.now() - started) / 1000) });
  if (code !== 0) break;
}
console.log("\nSammanfattning:");
for (const r of results) console.log(`  ${r.ok ? "ok  " : "FEL "} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
