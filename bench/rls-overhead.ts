// npx tsx bench/rls-overhead.ts -- --scale small|medium|national [--runs 200]
// What row-level security costs, measured as pairs that differ in one thing
// only, alternating run by run so the machine's load hits both sides alike:
//   1. the fixed cost of a tenant transaction (BEGIN, SET LOCAL role and
//      förbund, COMMIT): one small query on the plain client vs. in withTenantTx;
//   2. the cost of the policies themselves: the goal engine's rows for a whole
//      förbund (the heaviest read) in a transaction as the owner (no RLS) vs.
//      in withTenantTx (role insats_app, every table filtered by the policy).
// Writes bench/results/rls-overhead-<scale>.json.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { percentile } from "./lib/stats";
import { allowServerOnly, arg, benchDatabaseUrl, machine, round1 } from "./lib/bench-db";

allowServerOnly();

const scale = arg("scale") ?? "small";
const RUNS = Math.max(50, Number(arg("runs") ?? 200));
const WARMUP = 10;
process.env.DATABASE_URL = benchDatabaseUrl(scale as never);

async function main() {
  const { db } = await import("../lib/db");
  const { withTenantTx } = await import("../lib/server/tenant-tx");
  const { loadEvalDataMany } = await import("../lib/server/malsattning/load-eval-data");

  // The largest förbund: the policies' cost grows with the rows they filter.
  const [f] = await db.$queryRaw<{ id: string; slug: string; n: number }[]>`
    SELECT i."forbundId" AS id, f.slug, COUNT(*)::int AS n FROM "Inskrivning" i JOIN "Forbund" f ON f.id = i."forbundId" GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`;
  if (!f) throw new Error(`Inga inskrivningar i ${process.env.DATABASE_URL} – kör npm run bench:seed -- --scale ${scale}`);
  const ctx = { userId: "bench", forbundId: f.id, forbundSlug: f.slug, forbundNamn: f.slug, roll: "PROCESSLEDARE" as const, insatsIds: [] };

  const fall: [string, () => Promise<unknown>][] = [
    ["en liten fråga, vanlig klient", () => db.forbund.findUnique({ where: { id: f.id }, select: { minCellStorlek: true } })],
    ["en liten fråga i withTenantTx", () => withTenantTx(f.id, (tx) => tx.forbund.findUnique({ where: { id: f.id }, select: { minCellStorlek: true } }))],
    ["målmotorns rader, ägaren i en transaktion (ingen RLS)", () => db.$transaction((tx) => loadEvalDataMany(ctx, undefined, tx), { timeout: 60_000 })],
    ["målmotorns rader i withTenantTx (RLS)", () => withTenantTx(f.id, (tx) => loadEvalDataMany(ctx, undefined, tx), { timeoutMs: 60_000 })],
  ];
  for (const [, fn] of fall) for (let i = 0; i < WARMUP; i++) await fn();
  const samples = new Map<string, number[]>(fall.map(([namn]) => [namn, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [namn, fn] of fall) {
      const t0 = performance.now();
      await fn();
      samples.get(namn)!.push(performance.now() - t0);
    }
  }
  const rader = fall.map(([namn]) => {
    const s = samples.get(namn)!;
    return { fall: namn, korningar: s.length, p50_ms: round1(percentile(s, 50)), p95_ms: round1(percentile(s, 95)) };
  });
  console.log(`Skala ${scale}, förbund ${f.slug} (${f.n} inskrivningar), ${RUNS} körningar per fall, omväxlande.`);
  console.table(rader);
  const p50 = (i: number) => rader[i]!.p50_ms;
  const tillagg = { transaktion_p50_ms: round1(p50(1) - p50(0)), rls_p50_ms: round1(p50(3) - p50(2)), rls_p50_procent: round1(((p50(3) - p50(2)) / p50(2)) * 100) };
  console.log(`Tenant-transaktionens fasta kostnad (p50): ${tillagg.transaktion_p50_ms} ms. Policyernas kostnad för hela förbundets rader (p50): ${tillagg.rls_p50_ms} ms (${tillagg.rls_p50_procent} %).`);
  const dir = path.join(import.meta.dirname, "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `rls-overhead-${scale}.json`);
  writeFileSync(file, JSON.stringify({ skala: scale, datum: new Date().toISOString(), ...machine(), forbund: { slug: f.slug, inskrivningar: f.n }, rader, tillagg }, null, 2) + "\n");
  console.log(`Resultat sparat i ${path.relative(process.cwd(), file)}`);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
