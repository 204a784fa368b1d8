// npm run bench:seed -- --scale small|medium|national [--database-url URL]
// Builds a fresh benchmark database (default insatsportalen_bench_<scale> on
// the PostgreSQL in DATABASE_URL, else the machine's) with deterministic
// synthetic förbund, and reports its own rows/s.
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import pg from "pg";
import cliProgress from "cli-progress";
import { prepareDatabase } from "../scripts/lib/prepare-db.mjs";
import { SCALES, type ScaleName } from "./lib/scales";
import { writeForbund } from "./lib/national-data";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const scaleName = (arg("scale") ?? "small") as ScaleName;
const scale = SCALES[scaleName];
if (!scale) {
  console.error(`Okänd skala "${scaleName}". Välj ${Object.keys(SCALES).join(", ")}.`);
  process.exit(2);
}

export function benchDatabaseUrl(name: ScaleName): string {
  const explicit = arg("database-url");
  if (explicit) return explicit;
  const url = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
  url.pathname = `/insatsportalen_bench_${name}`;
  return url.toString();
}

async function recreate(url: string): Promise<void> {
  const target = new URL(url);
  const dbName = target.pathname.slice(1);
  const server = new URL(url);
  server.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
}

const url = benchDatabaseUrl(scaleName);
await recreate(url);
await prepareDatabase({ ...process.env, DATABASE_URL: url }, { seed: "none" });

const expected = scale.forbund + scale.insatser + scale.deltagare + scale.inskrivningar + scale.matningar;
const bar = new cliProgress.SingleBar({ format: "{bar} {percentage}% | {value} rader | {rate} rader/s | förbund {forbund}/{total_forbund}", hideCursor: true }, cliProgress.Presets.shades_classic);
const client = new pg.Client({ connectionString: url });
await client.connect();
const started = performance.now();
let rows = 0;
bar.start(expected, 0, { rate: 0, forbund: 0, total_forbund: scale.forbund });
for (let i = 0; i < scale.forbund; i++) {
  await writeForbund(client, i, scale, (n) => {
    rows += n;
    bar.update(Math.min(rows, expected), { rate: Math.round(rows / ((performance.now() - started) / 1000)), forbund: i + 1 });
  });
}
bar.stop();
const loadSeconds = (performance.now() - started) / 1000;
await client.query("ANALYZE");
const counts: Record<string, number> = {};
for (const t of ["Forbund", "Insats", "Malsattning", "Deltagare", "Inskrivning", "Matning", "Uppfoljning", "Plan"]) {
  counts[t] = Number((await client.query(`SELECT count(*) FROM "${t}"`)).rows[0].count);
}
await client.end();

const result = { scale: scaleName, machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`, database: url.replace(/\/\/[^@]*@/, "//"), rows, seconds: Number(loadSeconds.toFixed(1)), rowsPerSecond: Math.round(rows / loadSeconds), counts, at: new Date().toISOString() };
console.table(counts);
console.log(`${rows} rader på ${result.seconds} s = ${result.rowsPerSecond} rader/s`);
fs.mkdirSync(path.join("bench", "results"), { recursive: true });
fs.writeFileSync(path.join("bench", "results", `seed-${scaleName}.json`), JSON.stringify(result, null, 2) + "\n");
