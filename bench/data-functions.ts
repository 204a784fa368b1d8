// npm run bench:data -- --scale small|medium|national [--runs 30] [--database-url URL]
// Times the insats dashboard (getInsatsDashboard), the goal evaluation
// (listMalsattningarMedResultat) and the förbund overview (getForbundOversikt)
// for one typical förbund and one typical insats of it, against a database
// built by bench:seed, and in the same run hand-written reference SQL that
// computes the same figures: for the dashboard every figure it shows
// (bench/lib/referens-dashboard.ts), for the goal evaluation and the overview
// the targets' numerators/denominators (REFERENS_MAL, with kön per insats for the
// overview). Each reference is checked equal to the app in the same run.
// Prints p50/p95 and the ratio app/reference; writes bench/results/data-<scale>.json.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { SCALES, type ScaleName } from "./lib/scales";
import { measure, rad } from "./lib/stats";
import { typisktForbund } from "./lib/typisk";
import { allowServerOnly, arg, benchDatabaseUrl, machine, round1, runMain } from "./lib/bench-db";
import { compareDashboard, referensDashboard } from "./lib/referens-dashboard";

allowServerOnly();

const scale = (arg("scale") ?? "small") as ScaleName;
if (!SCALES[scale]) {
  console.error(`Okänd skala "${scale}". Välj ${Object.keys(SCALES).join(", ")}.`);
  process.exit(2);
}
const RUNS = Math.max(30, Number(arg("runs") ?? 30));
const WARMUP = 5;
const TODAY = "2026-11-24";
const url = benchDatabaseUrl(scale);
process.env.DATABASE_URL = url;

// The latest START/AVSLUT value per inskrivning and variable (as the goal engine: a re-measurement replaces).
const SENASTE = `
  SELECT DISTINCT ON (m."inskrivningId", v."kod", m."tidpunkt") m."inskrivningId", v."kod", m."tidpunkt", m."varde"
    FROM "Matning" m JOIN "Matvariabel" v ON v."forbundId" = m."forbundId" AND v."id" = m."matvariabelId"
   WHERE m."forbundId" = $1 AND v."kod" IN ('VAS', 'STEG') AND m."inskrivningId" IN (SELECT id FROM urval)
   ORDER BY m."inskrivningId", v."kod", m."tidpunkt", m."datum" DESC, m."createdAt" DESC`;

/** The five Friska Vindar targets' numerator/denominator, per insats, for the given insatser, over each insats's period (as the goal engine). */
const REFERENS_MAL = `
  WITH urval AS (
    SELECT i.id, i."insatsId", i."avslutsdatum", i."forsorjningAvslut", i."startdatum", d."kon",
           (i."avslutsdatum" BETWEEN s."startdatum" AND COALESCE(s."slutdatum", 'infinity')) AS avslutad,
           (i."startdatum" <= COALESCE(s."slutdatum", 'infinity') AND (i."avslutsdatum" IS NULL OR i."avslutsdatum" >= s."startdatum")) AS inskriven
      FROM "Inskrivning" i JOIN "Deltagare" d ON d."forbundId" = i."forbundId" AND d.id = i."deltagareId"
      JOIN "Insats" s ON s."forbundId" = i."forbundId" AND s.id = i."insatsId"
     WHERE i."forbundId" = $1 AND i."insatsId" = ANY($2::text[]) AND i."avslutsorsak" IS DISTINCT FROM 'FELREGISTRERING'
  ), senaste AS (${SENASTE}
  ), par AS (
    SELECT "inskrivningId",
           MAX(varde) FILTER (WHERE kod = 'STEG' AND tidpunkt = 'START') AS steg_s, MAX(varde) FILTER (WHERE kod = 'STEG' AND tidpunkt = 'AVSLUT') AS steg_a,
           MAX(varde) FILTER (WHERE kod = 'VAS' AND tidpunkt = 'START') AS vas_s, MAX(varde) FILTER (WHERE kod = 'VAS' AND tidpunkt = 'AVSLUT') AS vas_a
      FROM senaste GROUP BY 1
  )
  SELECT u."insatsId",
         COUNT(*) FILTER (WHERE u.avslutad AND p.steg_a > p.steg_s)::int AS steg_t,
         COUNT(*) FILTER (WHERE u.avslutad AND p.steg_a IS NOT NULL AND p.steg_s IS NOT NULL)::int AS steg_n,
         COUNT(*) FILTER (WHERE u.avslutad AND u."forsorjningAvslut" && ARRAY['LON','STUDIEMEDEL']::text[])::int AS fors_t,
         COUNT(*) FILTER (WHERE u.avslutad AND cardinality(u."forsorjningAvslut") > 0)::int AS fors_n,
         COUNT(*) FILTER (WHERE u.avslutad AND p.vas_a > p.vas_s)::int AS vas_t,
         COUNT(*) FILTER (WHERE u.avslutad AND p.vas_a IS NOT NULL AND p.vas_s IS NOT NULL)::int AS vas_n,
         COUNT(*) FILTER (WHERE u."startdatum" <= '2021-12-31' AND (u."avslutsdatum" IS NULL OR u."avslutsdatum" >= '2020-01-01'))::int AS inskr_2020_21,
         COUNT(*) FILTER (WHERE u.inskriven AND u."kon" = 'K')::int AS kon_k,
         COUNT(*) FILTER (WHERE u.inskriven)::int AS kon_n
    FROM urval u LEFT JOIN par p ON p."inskrivningId" = u.id
   GROUP BY 1`;

/** Participants by kön per insats of the förbund (the overview's deltagare columns), whole period to today. */
const REFERENS_KON = `
  SELECT i."insatsId", d."kon"::text AS kon, COUNT(*)::int AS totalt, COUNT(*) FILTER (WHERE i."avslutsdatum" <= $2::date)::int AS avslutade
    FROM "Inskrivning" i JOIN "Deltagare" d ON d."forbundId" = i."forbundId" AND d.id = i."deltagareId"
   WHERE i."forbundId" = $1 AND i."avslutsorsak" IS DISTINCT FROM 'FELREGISTRERING' AND i."startdatum" <= $2::date
   GROUP BY 1, 2`;


async function main() {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // Typical = the median förbund by inskrivningar, and its median insats.
  const { forbund, f, insatser, insats } = await typisktForbund(pool, url, scale);
  const totalt = Number((await pool.query(`SELECT COUNT(*) FROM "Inskrivning"`)).rows[0].count);
  console.log(`Skala ${scale}: ${forbund.length} förbund, ${totalt} inskrivningar totalt. Förbund ${f.slug} (${f.n} inskrivningar, ${insatser.length} insatser), insats ${insats.id} (${insats.n} inskrivningar).`);

  const { getInsatsDashboard } = await import("../lib/server/dashboard/get-insats-dashboard");
  const { getForbundOversikt } = await import("../lib/server/oversikt/get-forbund-oversikt");
  const { listMalsattningarMedResultat } = await import("../lib/server/malsattning/list-malsattningar-med-resultat");
  const { db } = await import("../lib/db");
  const { clearResultCache } = await import("../lib/server/cache/cached-result");
  const ctx = { userId: "bench", forbundId: f.id, forbundSlug: f.slug, forbundNamn: f.slug, roll: "PROCESSLEDARE" as const, insatsIds: [] };
  const filter = { insats: [] as string[] };

  // Cold: the result cache (lib/server/cache) emptied before each call, as after a write of the förbund.
  // Warm: the same call again at an unchanged data version (a cache hit: one version query in a tenant transaction).
  const dashboardVarm = () => getInsatsDashboard(ctx, insats.id, {}, { today: TODAY });
  const malMedResultatVarm = () => listMalsattningarMedResultat(ctx, insats.id, "sv", TODAY);
  const oversiktVarm = () => getForbundOversikt(ctx, filter, { today: TODAY });
  const kall = <T>(fn: () => Promise<T>) => () => {
    clearResultCache();
    return fn();
  };
  const dashboard = kall(dashboardVarm);
  const malMedResultat = kall(malMedResultatVarm);
  const oversikt = kall(oversiktVarm);
  const refInsats = () => pool.query(REFERENS_MAL, [f.id, [insats.id]]);
  // The dashboard's reference runs its statements one after another on one connection, as the app's transaction does.
  const refKlient = await pool.connect();
  const refDashboard = () => referensDashboard(refKlient, f.id, insats.id, TODAY);
  const refForbund = async () => {
    const ids = insatser.map((i) => i.id);
    return Promise.all([pool.query(REFERENS_MAL, [f.id, ids]), pool.query(REFERENS_KON, [f.id, TODAY])]);
  };

  // Do the app and the reference agree? (The reference is only a fair yardstick if they do.)
  const app = await malMedResultat();
  const ref = (await refInsats()).rows[0] ?? {};
  type Res = { taljare: number; namnare: number } | undefined;
  const par: [string, Res, [number, number | null]][] = [
    ["STEG ökad", app[0]?.resultat, [ref.steg_t, ref.steg_n]],
    ["Försörjning LON/STUDIEMEDEL", app[1]?.resultat, [ref.fors_t, ref.fors_n]],
    ["VAS ökad", app[2]?.resultat, [ref.vas_t, ref.vas_n]],
    ["Inskrivna 2020–2021", app[3]?.resultat, [ref.inskr_2020_21, null]],
    ["Andel kvinnor", app[4]?.resultat, [ref.kon_k, ref.kon_n]],
  ];
  const jamforelse = par.map(([mal, res, [t, n]]) => {
    return { mal, app: `${res?.taljare}/${res?.namnare}`, referens: `${t}/${n ?? "–"}`, lika: res?.taljare === t && (n === null || res?.namnare === n) };
  });
  console.table(jamforelse);
  const dashboardFel = compareDashboard(await dashboard(), await refDashboard());
  const serie = (await dashboard()).mal[0]?.utveckling.length ?? 0;
  console.log(dashboardFel.length === 0
    ? `Dashboarden och dess referens-SQL ger samma siffror (mål, ${serie} månadspunkter per mål, fördelningar, VAS/STEG, försörjning, namn).`
    : `Dashboarden och referensen skiljer sig:\n  ${dashboardFel.join("\n  ")}`);

  // Interleaved rounds so that load from other work on the machine hits app and reference alike.
  const fall: [string, () => Promise<unknown>][] = [
    ["getInsatsDashboard (en insats)", dashboard],
    ["listMalsattningarMedResultat (en insats)", malMedResultat],
    ["Referens-SQL, insatsens mål", refInsats],
    ["Referens-SQL, insatsens dashboard", refDashboard],
    ["getForbundOversikt (hela förbundet)", oversikt],
    ["Referens-SQL, förbundets mål + kön per insats", refForbund],
    ["getInsatsDashboard, cachad", dashboardVarm],
    ["listMalsattningarMedResultat, cachad", malMedResultatVarm],
    ["getForbundOversikt, cachad", oversiktVarm],
  ];
  const samples = new Map<string, number[]>(fall.map(([n]) => [n, []]));
  for (const [, fn] of fall) await measure(0, WARMUP, fn);
  const ROUND = 5;
  for (let done = 0; done < RUNS; done += ROUND) {
    for (const [namn, fn] of fall) samples.get(namn)!.push(...(await measure(Math.min(ROUND, RUNS - done), 0, fn)));
  }
  const rader = fall.map(([namn]) => rad(namn, samples.get(namn)!));
  const p95 = (i: number) => rader[i]!.p95_ms;
  const p50 = (i: number) => rader[i]!.p50_ms;
  const kvoter = {
    dashboard_mot_referens_p95: round1(p95(0) / p95(3)),
    malsattningar_mot_referens_p95: round1(p95(1) / p95(2)),
    oversikt_mot_referens_p95: round1(p95(4) / p95(5)),
    // p50 is steadier than p95 on a shared machine.
    dashboard_mot_referens_p50: round1(p50(0) / p50(3)),
    malsattningar_mot_referens_p50: round1(p50(1) / p50(2)),
    oversikt_mot_referens_p50: round1(p50(4) / p50(5)),
    dashboard_cachad_mot_referens_p95: round1(p95(6) / p95(3)),
    oversikt_cachad_mot_referens_p95: round1(p95(8) / p95(5)),
  };
  console.table(rader.map((r) => ({ fall: r.fall, körningar: r.korningar, "p50 ms": r.p50_ms, "p95 ms": r.p95_ms, "max ms": r.max_ms })));
  console.log(`Kvot app/referens (p95): dashboard ${kvoter.dashboard_mot_referens_p95}×, mål ${kvoter.malsattningar_mot_referens_p95}×, översikt ${kvoter.oversikt_mot_referens_p95}×`);
  console.log(`Kvot app/referens (p50): dashboard ${kvoter.dashboard_mot_referens_p50}×, mål ${kvoter.malsattningar_mot_referens_p50}×, översikt ${kvoter.oversikt_mot_referens_p50}×`);
  console.log(`Kvot cachad/referens (p95): dashboard ${kvoter.dashboard_cachad_mot_referens_p95}×, översikt ${kvoter.oversikt_cachad_mot_referens_p95}×`);

  refKlient.release();
  await db.$disconnect();
  await pool.end();
  const dir = path.join(import.meta.dirname, "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `data-${scale}.json`);
  const out = {
    skala: scale,
    datum: new Date().toISOString(),
    ...machine(),
    databas: url.replace(/\/\/[^@]*@/, "//"),
    forbund_totalt: forbund.length,
    inskrivningar_totalt: totalt,
    forbund: { slug: f.slug, inskrivningar: f.n, insatser: insatser.length },
    insats: { id: insats.id, inskrivningar: insats.n },
    uppvarmning: WARMUP,
    jamforelse,
    dashboard_lika_referens: dashboardFel.length === 0,
    dashboard_skillnader: dashboardFel.slice(0, 20),
    resultat: rader,
    kvoter,
  };
  writeFileSync(file, JSON.stringify(out, null, 2) + "\n");
  console.log(`Resultat sparat i ${path.relative(process.cwd(), file)}`);
}

runMain(main);
