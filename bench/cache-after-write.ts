// npm run bench:cache -- --scale small|medium|national [--runs 30] [--database-url URL]
// What a write costs the next reader (issue 8, lib/server/cache): the förbund
// overview, the insats list's target statuses and the insats dashboard right
// after one write to one insats of the förbund (only that insats's pieces are
// computed again), beside the same calls with the whole cache emptied (what
// every write did when one förbund-wide version keyed everything) and the
// plain cache hit. The write is real: a no-op UPDATE of one Matning of the
// insats (same value), which fires the data-version trigger like any other
// write. Interleaved rounds; writes bench/results/cache-<scale>.json.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { SCALES, type ScaleName } from "./lib/scales";
import { measure, rad } from "./lib/stats";
import { typisktForbund } from "./lib/typisk";
import { allowServerOnly, arg, benchDatabaseUrl, machine, runMain } from "./lib/bench-db";

allowServerOnly();

const scale = (arg("scale") ?? "small") as ScaleName;
if (!SCALES[scale]) {
  console.error(`Okänd skala "${scale}". Välj ${Object.keys(SCALES).join(", ")}.`);
  process.exit(2);
}
const RUNS = Math.max(10, Number(arg("runs") ?? 30));
const TODAY = "2026-11-24";
const url = benchDatabaseUrl(scale);
process.env.DATABASE_URL = url;


async function main() {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // Typical = the median förbund by inskrivningar and its median insats (as bench:data).
  const { f, insatser, insats } = await typisktForbund(pool, url, scale);
  const annan = insatser[Math.floor(insatser.length / 2) + 1] ?? insatser[0]!;
  console.log(`Skala ${scale}: förbund ${f.slug} (${f.n} inskrivningar, ${insatser.length} insatser), insats ${insats.id} (${insats.n} inskrivningar).`);

  const { getInsatsDashboard } = await import("../lib/server/dashboard/get-insats-dashboard");
  const { getForbundOversikt } = await import("../lib/server/oversikt/get-forbund-oversikt");
  const { listMalStatusPerInsats } = await import("../lib/server/malsattning/list-mal-status-per-insats");
  const { clearResultCache } = await import("../lib/server/cache/cached-result");
  const { db } = await import("../lib/db");
  const ctx = { userId: "bench", forbundId: f.id, forbundSlug: f.slug, forbundNamn: f.slug, roll: "PROCESSLEDARE" as const, insatsIds: [] };

  // One real write to an insats: the same value written back, so the data stay as seeded.
  const matning = async (insatsId: string) =>
    (await pool.query<{ id: string }>(
      `SELECT m.id FROM "Matning" m JOIN "Inskrivning" i ON i."forbundId" = m."forbundId" AND i.id = m."inskrivningId" WHERE m."forbundId" = $1 AND i."insatsId" = $2 LIMIT 1`,
      [f.id, insatsId],
    )).rows[0]?.id;
  const skrivIn = await matning(insats.id);
  const skrivAnnan = await matning(annan.id);
  if (!skrivIn || !skrivAnnan) throw new Error("Insatserna saknar mätningar");
  const skriv = (id: string) => pool.query(`UPDATE "Matning" SET "varde" = "varde" WHERE "forbundId" = $1 AND id = $2`, [f.id, id]);
  const version = async (insatsId: string) => (await pool.query(`SELECT "dataVersion" AS v FROM "Insats" WHERE id = $1`, [insatsId])).rows[0].v as number;
  const v0 = await version(insats.id);
  await skriv(skrivIn);
  if ((await version(insats.id)) !== v0 + 1) throw new Error("Skrivningen flyttade inte insatsens dataversion – är migrationen 20261124230000_insats_data_version körd?");

  const oversikt = () => getForbundOversikt(ctx, { insats: [] }, { today: TODAY });
  const status = () => listMalStatusPerInsats(ctx, TODAY);
  const dashboard = () => getInsatsDashboard(ctx, insats.id, {}, { today: TODAY });
  // Each case: the preparation (not timed), then the timed call.
  const fall: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
    ["Översikt, hela cachen tömd (som förr efter varje skrivning)", async () => clearResultCache(), oversikt],
    ["Översikt efter en skrivning i en insats", () => skriv(skrivIn), oversikt],
    ["Översikt, cachad", async () => {}, oversikt],
    ["Insatslistans målstatus, hela cachen tömd", async () => clearResultCache(), status],
    ["Insatslistans målstatus efter en skrivning i en insats", () => skriv(skrivIn), status],
    ["Dashboard, hela cachen tömd", async () => clearResultCache(), dashboard],
    ["Dashboard efter en skrivning i insatsen", () => skriv(skrivIn), dashboard],
    ["Dashboard efter en skrivning i en annan insats", () => skriv(skrivAnnan), dashboard],
  ];
  const samples = new Map<string, number[]>(fall.map(([n]) => [n, []]));
  for (const [, forbered, fn] of fall) {
    await forbered();
    await fn();
  }
  // Interleaved, one call per case per round, so load from other work hits every case alike.
  for (let i = 0; i < RUNS; i++) {
    for (const [namn, forbered, fn] of fall) {
      await oversikt();
      await status();
      await dashboard();
      await forbered();
      samples.get(namn)!.push(...(await measure(1, 0, fn)));
    }
  }
  const rader = fall.map(([namn]) => rad(namn, samples.get(namn)!));
  console.table(rader.map((r) => ({ fall: r.fall, körningar: r.korningar, "p50 ms": r.p50_ms, "p95 ms": r.p95_ms, "max ms": r.max_ms })));
  const m = machine();
  console.log(`Belastning (1 min): ${m.belastning_1min}`);

  await db.$disconnect();
  await pool.end();
  const dir = path.join(import.meta.dirname, "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `cache-${scale}.json`);
  writeFileSync(file, JSON.stringify({ skala: scale, datum: new Date().toISOString(), ...m, forbund: { slug: f.slug, inskrivningar: f.n, insatser: insatser.length }, insats: { id: insats.id, inskrivningar: insats.n }, resultat: rader }, null, 2) + "\n");
  console.log(`Resultat sparat i ${path.relative(process.cwd(), file)}`);
}

runMain(main);
