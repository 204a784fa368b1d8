// npx tsx bench/sus.ts --scale small|national [--runs 30] [--database-url URL]
// npx tsx bench/sus.ts --syntet [20000]   (a scratch database with one insats of N inskrivningar, dropped afterwards)
// Times the SUS summary (getSusSammanstallning: one aggregate query + folding
// + suppression for styrelse) for the largest insats of the largest bench
// förbund, and writing its four tables as CSV and as a workbook (what an
// export does, without the audit row, so the bench database is not written).
// Prints p50/p95; writes bench/results/sus-<scale>.json.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { ScaleName } from "./lib/scales";
import { measure, percentile } from "./lib/stats";
import { allowServerOnly, arg, benchDatabaseUrl, machine, round1 } from "./lib/bench-db";

allowServerOnly();

const syntet = process.argv.includes("--syntet") ? Number(arg("syntet") ?? 20_000) || 20_000 : null;
const scale = syntet ? (`syntet-${syntet}` as ScaleName) : ((arg("scale") ?? "small") as ScaleName);
const RUNS = Math.max(30, Number(arg("runs") ?? 30));

async function main() {
  let url = syntet ? "" : benchDatabaseUrl(scale);
  let drop = async () => {};
  if (syntet) {
    const { createScratchDatabase } = await import("./lib/scratch-db");
    const { createSyntheticForbund } = await import("./lib/synthetic-forbund");
    const scratch = await createScratchDatabase();
    url = scratch.url;
    drop = scratch.drop;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await createSyntheticForbund(client, syntet);
    await client.end();
  }
  process.env.DATABASE_URL = url;
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const { rows } = await pool.query<{ forbundId: string; slug: string; namn: string; insatsId: string; n: number }>(
    `SELECT f.id AS "forbundId", f.slug, f.namn, i."insatsId", COUNT(*)::int AS n
       FROM "Inskrivning" i JOIN "Forbund" f ON f.id = i."forbundId"
      GROUP BY 1, 2, 3, 4 ORDER BY n DESC LIMIT 1`,
  );
  await pool.end();
  const mal = rows[0];
  if (!mal) throw new Error(`Inga inskrivningar i ${url} – kör npm run bench:seed -- --scale ${scale}`);
  const { getSusSammanstallning } = await import("@/lib/server/sus/get-sus-sammanstallning");
  const { susTabeller } = await import("@/lib/domain/export/sus-tabeller");
  const { tabellTillCsv } = await import("@/lib/domain/export/svensk-csv");
  const { tabellArbetsbok } = await import("@/lib/server/export/tabell-arbetsbok");
  const ctx = (roll: "PROCESSLEDARE" | "STYRELSE") => ({ userId: "bench", forbundId: mal.forbundId, forbundSlug: mal.slug, forbundNamn: mal.namn, roll, insatsIds: [] });
  const exakt = await measure(RUNS, 5, () => getSusSammanstallning(ctx("PROCESSLEDARE"), mal.insatsId, {}));
  const styrelse = await measure(RUNS, 5, () => getSusSammanstallning(ctx("STYRELSE"), mal.insatsId, {}));
  const vy = await getSusSammanstallning(ctx("STYRELSE"), mal.insatsId, {});
  const tabeller = susTabeller(vy.sammanstallning, "sv");
  const meta = { titel: "SUS", forbundNamn: mal.namn, period: `${vy.period.fran} – ${vy.period.till}`, skapad: vy.idag, undertryckt: true, minCell: vy.minCell };
  const csv = await measure(RUNS, 5, async () => tabeller.map((t) => tabellTillCsv(t, vy.minCell)));
  const xlsx = await measure(RUNS, 5, () => tabellArbetsbok(meta, tabeller));
  const rad = (fall: string, s: number[]) => ({ fall, korningar: s.length, p50_ms: round1(percentile(s, 50)), p95_ms: round1(percentile(s, 95)) });
  const resultat = {
    skala: scale,
    inskrivningar_i_insatsen: mal.n,
    ...machine(),
    rader: [rad("getSusSammanstallning, exakt", exakt), rad("getSusSammanstallning, styrelse (undertryckt)", styrelse), rad("fyra tabeller som CSV", csv), rad("fyra tabeller som xlsx", xlsx)],
  };
  console.table(resultat.rader);
  console.log(`${mal.n} inskrivningar i insatsen; ${resultat.maskin}, belastning ${resultat.belastning_1min}`);
  const ut = path.join(import.meta.dirname, "results", `sus-${scale}.json`);
  mkdirSync(path.dirname(ut), { recursive: true });
  writeFileSync(ut, JSON.stringify(resultat, null, 2) + "\n");
  await drop();
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
