// Benchmark of the insats dashboard's data function (issue 6):
//   npx tsx bench/dashboard.ts            (npm run bench:dashboard)
// Creates a scratch database (see bench/lib/scratch-db.ts), loads the demo data
// and a synthetic förbund with 20 000 inskrivningar, then times
// getInsatsDashboard — the whole view model, goal engine and monthly series
// included — over BENCH_RUNS runs (default 30) after 3 warm-up runs.
// Prints p50/p95 and writes bench/results/dashboard-<timestamp>.json.
import { register } from "node:module";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createScratchDatabase } from "./lib/scratch-db";
import { createSyntheticForbund, SYNTHETIC_SLUG } from "./lib/synthetic-forbund";
import { measure, percentile } from "./lib/stats";
import { runMain } from "./lib/bench-db";

// lib/server modules import "server-only", which throws outside a React server
// bundle; for this Node process it is an empty module.
const emptyServerOnly = `export async function resolve(s, c, n) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : n(s, c); }`;
register(`data:text/javascript,${encodeURIComponent(emptyServerOnly)}`, import.meta.url);

const RUNS = Math.max(30, Number(process.env.BENCH_RUNS ?? 30));
const WARMUP = 3;
const SIZE = Number(process.env.BENCH_INSKRIVNINGAR ?? 20_000);

type Case = { namn: string; forbund: string; insatsId: string; inskrivningar: number; filter: Record<string, string> };

async function main() {
  const started = Date.now();
  const scratch = await createScratchDatabase();
  console.log(`Scratch-databas klar (migrerad, demodata) på ${((Date.now() - started) / 1000).toFixed(1)} s`);
  try {
    process.env.DATABASE_URL = scratch.url;
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    const t0 = Date.now();
    const synt = await createSyntheticForbund(client, SIZE);
    console.log(`Syntetiskt förbund med ${SIZE} inskrivningar infogat på ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const demo = await client.query<{ slug: string; forbundId: string; insatsId: string; namn: string; n: number }>(
      `SELECT f.slug, f.id AS "forbundId", i.id AS "insatsId", i.namn, COUNT(s.id)::int AS n
         FROM "Insats" i JOIN "Forbund" f ON f.id = i."forbundId" LEFT JOIN "Inskrivning" s ON s."forbundId" = i."forbundId" AND s."insatsId" = i.id
        WHERE f.slug <> $1 GROUP BY 1, 2, 3, 4 ORDER BY n DESC`,
      [SYNTHETIC_SLUG],
    );
    await client.end();

    const { getInsatsDashboard } = await import("../lib/server/dashboard/get-insats-dashboard");
    const { db } = await import("../lib/db");
    const { clearResultCache } = await import("../lib/server/cache/cached-result");
    const ctxFor = (forbundId: string, slug: string) => ({ userId: "bench", forbundId, forbundSlug: slug, forbundNamn: slug, roll: "PROCESSLEDARE" as const, insatsIds: [] });

    const fv = demo.rows.find((r) => r.namn === "Friska Vindar 2.0")!;
    const cases: (Case & { forbundId: string })[] = [
      { namn: "Demo: Friska Vindar 2.0", forbund: fv.slug, forbundId: fv.forbundId, insatsId: fv.insatsId, inskrivningar: fv.n, filter: {} },
      { namn: `Syntet: ${SIZE} inskrivningar`, forbund: SYNTHETIC_SLUG, forbundId: synt.forbundId, insatsId: synt.insatsId, inskrivningar: SIZE, filter: {} },
      { namn: `Syntet: ${SIZE}, filter grupp + år`, forbund: SYNTHETIC_SLUG, forbundId: synt.forbundId, insatsId: synt.insatsId, inskrivningar: SIZE, filter: { grupp: "bench-g1", fran: "2020-01-01", till: "2020-12-31" } },
    ];
    const results = [];
    for (const c of cases) {
      const ctx = ctxFor(c.forbundId, c.forbund);
      const once = await getInsatsDashboard(ctx, c.insatsId, c.filter);
      // Cold: the result cache (lib/server/cache) emptied before each call — a hit would time a lookup, not the dashboard.
      const samples = await measure(RUNS, WARMUP, () => (clearResultCache(), getInsatsDashboard(ctx, c.insatsId, c.filter)));
      const r = {
        fall: c.namn,
        inskrivningar: c.inskrivningar,
        mal: once.mal.length,
        manader: once.utvecklingsperiod ? once.mal.find((m) => m.utveckling.length > 0)?.utveckling.length ?? 0 : 0,
        korningar: RUNS,
        p50_ms: Math.round(percentile(samples, 50) * 10) / 10,
        p95_ms: Math.round(percentile(samples, 95) * 10) / 10,
        min_ms: Math.round(Math.min(...samples) * 10) / 10,
        max_ms: Math.round(Math.max(...samples) * 10) / 10,
      };
      results.push(r);
      console.log(`${r.fall}: p50 ${r.p50_ms} ms, p95 ${r.p95_ms} ms`);
    }
    // Where the time of the large case goes: the goal engine's row load, and the monthly series.
    const { loadEvalData } = await import("../lib/server/malsattning/load-eval-data");
    const { utvecklingPerManad } = await import("../lib/domain/dashboard/utveckling");
    const sctx = ctxFor(synt.forbundId, SYNTHETIC_SLUG);
    const rader = await loadEvalData(sctx, synt.insatsId);
    const malsattningar = await db.malsattning.findMany({ where: { forbundId: synt.forbundId, insatsId: synt.insatsId }, select: { id: true, typ: true, definition: true } });
    const delar = [];
    for (const [del, fn] of [
      ["loadEvalData (målmotorns rader)", () => loadEvalData(sctx, synt.insatsId)],
      ["utvecklingPerManad (60 månader)", async () => utvecklingPerManad(malsattningar, rader, { fran: rader.insatsPeriod.start, till: rader.insatsPeriod.slut! })],
    ] as const) {
      const samples = await measure(RUNS, WARMUP, fn);
      delar.push({ del, korningar: RUNS, p50_ms: Math.round(percentile(samples, 50) * 10) / 10, p95_ms: Math.round(percentile(samples, 95) * 10) / 10 });
    }
    await db.$disconnect();

    console.log();
    console.table(results.map((r) => ({ fall: r.fall, inskrivningar: r.inskrivningar, mål: r.mal, månader: r.manader, körningar: r.korningar, "p50 ms": r.p50_ms, "p95 ms": r.p95_ms })));
    console.table(delar.map((d) => ({ del: d.del, körningar: d.korningar, "p50 ms": d.p50_ms, "p95 ms": d.p95_ms })));
    const dir = path.join(import.meta.dirname, "results");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `dashboard-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    const meta = { datum: new Date().toISOString(), node: process.version, cpu: os.cpus()[0]?.model, karnor: os.cpus().length, databas: "PostgreSQL (scratch)", uppvarmning: WARMUP };
    writeFileSync(file, JSON.stringify({ ...meta, belastning: os.loadavg(), resultat: results, delar }, null, 2) + "\n");
    console.log(`Resultat sparat i ${path.relative(process.cwd(), file)}`);
  } finally {
    await scratch.drop();
  }
}

runMain(main);
