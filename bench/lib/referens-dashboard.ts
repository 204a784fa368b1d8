// The hand-written reference SQL for the insats dashboard (bench/data-functions.ts):
// the same figures the dashboard shows, for the bench insatser's five Friska
// Vindar 2.0 targets, written directly against the tables in four statements:
//
// 1. targets and monthly series: each target's täljare / nämnare / saknar data
//    at every month end of the dashboard's series (insats start to its end or
//    today) and over all data (the target itself, day 'infinity'). Computed as
//    a sweep: each inskrivning's part is judged only at its own dates (start,
//    avslut, measurements), the changes summed per month end and accumulated
//    (window SUM), as the app's lib/domain/goals/serie.ts does in JavaScript;
// 2. the funnel and breakdowns per kön, age band and grupp (GROUPING SETS);
// 3. VAS and STEG pairs (latest START/AVSLUT value per person) and the
//    försörjning cross-table (SCB groups; the code → group list is a parameter,
//    as the code lists live in lib/domain/kodlistor.ts, not in the database);
// 4. the names the page prints: insats, grupper, target texts, variables.
//
// It computes neither less (every number on the page) nor more (no
// percentages, status or wording — those are arithmetic on these counts in
// both). compareDashboard checks every figure against the app's in the same run.
import type pg from "pg";
import { forsorjning } from "../../lib/domain/kodlistor";
import { ALDERSBAND } from "../../lib/domain/dashboard/alder";

/** Täljare, nämnare and saknar data of one target: each a 0/1 per inskrivning and day (`rad`), summed by the sweep. */
const MAL: { namn: string; t: string; n: string; s: string }[] = (() => {
  const avslutad = `(NOT x.fel AND x.avsl AND x.avslut >= s.fran AND x.avslut <= COALESCE(s.slut, 'infinity'))`;
  const okad = (v: string) => ({
    t: `${avslutad} AND x.${v}_a > x.${v}_s`,
    n: `${avslutad} AND x.${v}_a IS NOT NULL AND x.${v}_s IS NOT NULL`,
    s: `${avslutad} AND (x.${v}_a IS NULL OR x.${v}_s IS NULL)`,
  });
  const inskrivna = (fran: string, till: string) => `(NOT x.fel AND x.start <= ${till} AND (NOT x.avsl OR x.avslut >= ${fran}))`;
  const period = inskrivna(`DATE '2020-01-01'`, `DATE '2021-12-31'`);
  const hela = inskrivna(`s.fran`, `COALESCE(s.slut, 'infinity')`);
  return [
    { namn: "STEG ökad", ...okad("steg") },
    {
      namn: "Försörjning LON/STUDIEMEDEL",
      t: `${avslutad} AND x.fa && ARRAY['LON','STUDIEMEDEL']::text[]`,
      n: `${avslutad} AND cardinality(x.fa) > 0`,
      s: `${avslutad} AND COALESCE(cardinality(x.fa), 0) = 0`,
    },
    { namn: "VAS ökad", ...okad("vas") },
    { namn: "Inskrivna 2020–2021", t: period, n: period, s: "false" },
    { namn: "Andel kvinnor", t: `${hela} AND x.kon = 'K'`, n: hela, s: "false" },
  ];
})();
const KOLUMNER = MAL.flatMap((_, k) => ["t", "n", "s"].map((c) => `m${k}${c}`));

/**
 * The START/AVSLUT measurements of one inskrivning, by its index. OFFSET 0 keeps the
 * planner from turning this around into "every VAS/STEG measurement of the förbund,
 * then the insats's": with right row estimates (migration 20261124234500) it chose that
 * and read 28 000 rows for 1 500.
 */
const MATNINGAR = (id: string) => `
  SELECT m."inskrivningId" AS id, m."matvariabelId", m."tidpunkt", m."varde", m."datum", m."createdAt"
    FROM "Matning" m WHERE m."forbundId" = $1 AND m."inskrivningId" = ${id} AND m."tidpunkt" IN ('START', 'AVSLUT') OFFSET 0`;

/** $1 förbund, $2 insats, $3 today. One row per month end of the series and one for 'infinity' (the targets). */
const SERIE = `
  WITH s AS (
    SELECT "startdatum" AS fran, "slutdatum" AS slut, LEAST(COALESCE("slutdatum", $3::date), $3::date) AS till
      FROM "Insats" WHERE "forbundId" = $1 AND "id" = $2
  ), dagar AS (
    SELECT dag FROM (
      SELECT LEAST((m + interval '1 month' - interval '1 day')::date, s.till) AS dag
        FROM s, generate_series(date_trunc('month', s.fran::timestamp), s.till::timestamp, interval '1 month') m
       WHERE s.till >= s.fran
       ORDER BY 1 DESC LIMIT 120) senaste
    UNION ALL SELECT 'infinity'::date
  ), r AS (
    SELECT i."id", i."startdatum" AS start, i."avslutsdatum" AS avslut, i."avslutsorsak" IS NOT DISTINCT FROM 'FELREGISTRERING' AS fel,
           i."forsorjningAvslut" AS fa, d."kon"::text AS kon
      FROM "Inskrivning" i JOIN "Deltagare" d ON d."forbundId" = i."forbundId" AND d."id" = i."deltagareId"
     WHERE i."forbundId" = $1 AND i."insatsId" = $2
  ), mat AS (
    SELECT m.id, v."kod" || m."tidpunkt"::text AS k, m."varde", m."datum" AS fran,
           lead(m."datum") OVER (PARTITION BY m.id, v."kod", m."tidpunkt" ORDER BY m."datum", m."createdAt") AS till
      FROM r CROSS JOIN LATERAL (${MATNINGAR("r.id")}) m
      JOIN "Matvariabel" v ON v."forbundId" = $1 AND v."id" = m."matvariabelId"
     WHERE v."kod" IN ('VAS', 'STEG')
  ), handelser AS (
    SELECT id, start AS e FROM r UNION SELECT id, avslut FROM r WHERE avslut IS NOT NULL UNION SELECT id, fran FROM mat
  ), x AS (
    -- each inskrivning as it stood on each of its own dates: an avslut or a measurement dated later has not happened
    SELECT r.id, h.e, r.start, r.kon, r.avslut,
           COALESCE(r.avslut <= h.e, false) AS avsl,
           r.fel AND (r.avslut IS NULL OR r.avslut <= h.e) AS fel,
           CASE WHEN r.avslut <= h.e OR r.avslut IS NULL THEN r.fa ELSE '{}' END AS fa,
           max(m.varde) FILTER (WHERE m.k = 'STEGSTART') AS steg_s, max(m.varde) FILTER (WHERE m.k = 'STEGAVSLUT') AS steg_a,
           max(m.varde) FILTER (WHERE m.k = 'VASSTART') AS vas_s, max(m.varde) FILTER (WHERE m.k = 'VASAVSLUT') AS vas_a
      FROM handelser h JOIN r ON r.id = h.id
      LEFT JOIN mat m ON m.id = h.id AND m.fran <= h.e AND (m.till IS NULL OR m.till > h.e)
     WHERE h.e >= r.start
     GROUP BY r.id, h.e, r.start, r.kon, r.avslut, r.fel, r.fa
  ), lage AS (
    SELECT x.id, x.e, ${MAL.flatMap((m, k) => [`(${m.t})::int AS m${k}t`, `(${m.n})::int AS m${k}n`, `(${m.s})::int AS m${k}s`]).join(", ")}
      FROM x, s
  ), andring AS (
    -- a change counts from the first month end on or after its date (the series' first point for earlier ones, 'infinity' for later ones)
    SELECT CASE WHEN lage.e > s.till OR s.till < s.fran THEN 'infinity'::date
                ELSE GREATEST(LEAST((date_trunc('month', lage.e::timestamp) + interval '1 month' - interval '1 day')::date, s.till), (SELECT min(dag) FROM dagar)) END AS dag,
           ${KOLUMNER.map((c) => `${c} - lag(${c}, 1, 0) OVER (PARTITION BY id ORDER BY e) AS ${c}`).join(", ")}
      FROM lage, s
  )
  SELECT CASE WHEN d.dag = 'infinity' THEN 'infinity' ELSE to_char(d.dag, 'YYYY-MM-DD') END AS dag, ${KOLUMNER.map((c) => `(sum(COALESCE(sum(a.${c}), 0)) OVER (ORDER BY d.dag))::int AS ${c}`).join(", ")}
    FROM dagar d LEFT JOIN andring a ON a.dag = d.dag
   GROUP BY d.dag ORDER BY d.dag`;

const BAND = `CASE ${ALDERSBAND.filter((b) => Number.isFinite(b.till)).map((b) => `WHEN alder <= ${b.till} THEN '${b.kod}'`).join(" ")} ELSE '${ALDERSBAND.at(-1)!.kod}' END`;

/** $1 förbund, $2 insats. */
const FORDELNINGAR = `
  SELECT GROUPING(kon) AS g_kon, GROUPING(band) AS g_band, GROUPING(grupp) AS g_grupp, kon, band, grupp,
         count(*)::int AS inskrivna, count(*) FILTER (WHERE avslutad)::int AS avslutade, count(*) FILTER (WHERE avslutad AND utfall)::int AS med_utfall
    FROM (SELECT kon, ${BAND} AS band, grupp, avslutad, utfall
            FROM (SELECT d."kon"::text AS kon, EXTRACT(YEAR FROM i."startdatum")::int - d."fodelsear" AS alder, COALESCE(i."gruppId", '') AS grupp,
                         i."avslutsdatum" IS NOT NULL AS avslutad, COALESCE(i."avslutsorsak" IN ('ARBETE', 'STUDIER'), false) AS utfall
                    FROM "Inskrivning" i JOIN "Deltagare" d ON d."forbundId" = i."forbundId" AND d."id" = i."deltagareId"
                   WHERE i."forbundId" = $1 AND i."insatsId" = $2 AND i."avslutsorsak" IS DISTINCT FROM 'FELREGISTRERING') y) x
   GROUP BY GROUPING SETS ((), (kon), (band), (grupp))`;

/** $1 förbund, $2 insats, $3 försörjning codes, $4 their SCB groups. */
const PAR_OCH_FORSORJNING = `
  WITH u AS (
    SELECT i."id", i."forsorjningStart" AS fs, i."forsorjningAvslut" AS fa FROM "Inskrivning" i
     WHERE i."forbundId" = $1 AND i."insatsId" = $2 AND i."avslutsorsak" IS DISTINCT FROM 'FELREGISTRERING' AND i."avslutsdatum" IS NOT NULL
  ), senaste AS (
    SELECT DISTINCT ON (m.id, v."kod", m."tidpunkt") m.id, v."kod" || m."tidpunkt"::text AS k, m."varde"
      FROM u CROSS JOIN LATERAL (${MATNINGAR('u."id"')}) m
      JOIN "Matvariabel" v ON v."forbundId" = $1 AND v."id" = m."matvariabelId"
     WHERE v."kod" IN ('VAS', 'STEG')
     ORDER BY m.id, v."kod", m."tidpunkt", m."datum" DESC, m."createdAt" DESC
  ), p AS (
    SELECT u."id", max(s.varde) FILTER (WHERE s.k = 'VASSTART') AS vs, max(s.varde) FILTER (WHERE s.k = 'VASAVSLUT') AS va,
           max(s.varde) FILTER (WHERE s.k = 'STEGSTART') AS ss, max(s.varde) FILTER (WHERE s.k = 'STEGAVSLUT') AS sa
      FROM u LEFT JOIN senaste s ON s.id = u."id" GROUP BY u."id"
  ), grupp AS (SELECT * FROM unnest($3::text[], $4::text[]) AS g(kod, grupp)
  ), kombination AS (
    -- each distinct (start, avslut) combination once: far fewer than people
    SELECT fs, fa, count(*) AS n FROM u GROUP BY 1, 2
  ), kat AS (
    SELECT (SELECT CASE WHEN count(*) = 0 THEN 'SAKNAS' WHEN count(DISTINCT COALESCE(g.grupp, 'OVRIG')) = 1 THEN min(COALESCE(g.grupp, 'OVRIG')) ELSE 'FLERA' END
              FROM unnest(c.fs) k LEFT JOIN grupp g ON g.kod = k) AS start,
           (SELECT CASE WHEN count(*) = 0 THEN 'SAKNAS' WHEN count(DISTINCT COALESCE(g.grupp, 'OVRIG')) = 1 THEN min(COALESCE(g.grupp, 'OVRIG')) ELSE 'FLERA' END
              FROM unnest(c.fa) k LEFT JOIN grupp g ON g.kod = k) AS avslut, c.n
      FROM kombination c
  )
  SELECT
    (SELECT json_build_object(
       'forbattrad', count(*) FILTER (WHERE va > vs), 'oforandrad', count(*) FILTER (WHERE va = vs), 'forsamrad', count(*) FILTER (WHERE va < vs),
       'saknarStart', count(*) FILTER (WHERE vs IS NULL AND va IS NOT NULL), 'saknarAvslut', count(*) FILTER (WHERE vs IS NOT NULL AND va IS NULL),
       'saknarBada', count(*) FILTER (WHERE vs IS NULL AND va IS NULL), 'parade', count(*) FILTER (WHERE vs IS NOT NULL AND va IS NOT NULL), 'totalt', count(*)) FROM p) AS vas,
    (SELECT json_build_object('saknas', count(*) FILTER (WHERE ss IS NULL OR sa IS NULL), 'parade', count(*) FILTER (WHERE ss IS NOT NULL AND sa IS NOT NULL),
       'medel', avg(round(sa - ss)), 'steg', (SELECT COALESCE(json_object_agg(steg, n), '{}') FROM (SELECT round(sa - ss)::int AS steg, count(*) AS n FROM p WHERE sa IS NOT NULL AND ss IS NOT NULL GROUP BY 1) y))
       FROM p) AS steg,
    (SELECT COALESCE(json_agg(json_build_object('start', start, 'avslut', avslut, 'antal', n)), '[]') FROM (SELECT start, avslut, sum(n)::int AS n FROM kat GROUP BY 1, 2) c) AS forsorjning`;

/** $1 förbund, $2 insats. */
const NAMN = `
  SELECT s."namn",
         (SELECT json_agg(g."namn" ORDER BY g."startdatum") FROM "Grupp" g WHERE g."forbundId" = s."forbundId" AND g."insatsId" = s."id") AS grupper,
         (SELECT json_agg(m."text" ORDER BY m."sortering", m."createdAt") FROM "Malsattning" m WHERE m."forbundId" = s."forbundId" AND m."insatsId" = s."id") AS mal,
         (SELECT json_object_agg(v."kod", v."namn") FROM "Matvariabel" v WHERE v."forbundId" = s."forbundId") AS variabler
    FROM "Insats" s WHERE s."forbundId" = $1 AND s."id" = $2`;

const KODER = [...forsorjning.koder];
const GRUPPER = KODER.map((k) => forsorjning.get(k)!.grupp);

export type Referens = Awaited<ReturnType<typeof referensDashboard>>;

/** The four statements one after another on one connection, as the app's one transaction runs its statements. */
export async function referensDashboard(client: pg.PoolClient, forbundId: string, insatsId: string, today: string) {
  const serie = await client.query(SERIE, [forbundId, insatsId, today]);
  const fordelningar = await client.query(FORDELNINGAR, [forbundId, insatsId]);
  const par = await client.query(PAR_OCH_FORSORJNING, [forbundId, insatsId, KODER, GRUPPER]);
  const namn = await client.query(NAMN, [forbundId, insatsId]);
  return { serie: serie.rows, fordelningar: fordelningar.rows, par: par.rows[0], namn: namn.rows[0] };
}

type AppDashboard = {
  insats: { namn: string };
  grupper: { id: string; namn: string }[];
  mal: { text: string; resultat: { taljare: number; namnare: number; saknarData: number }; utveckling: { datum: string; taljare: number; namnare: number; saknarData: number }[] }[];
  fordelningar: { tratt: Steg; perKon: (Steg & { nyckel: string })[]; perAlder: (Steg & { nyckel: string })[]; perGrupp: (Steg & { nyckel: string })[] };
  vas: { namn: string; sammanfattning: Record<string, number> } | null;
  steg: { namn: string; sammanfattning: { fordelning: { steg: number; antal: number }[]; saknas: number; parade: number; medel: number | null } } | null;
  forsorjning: { celler: Record<string, Record<string, number>> };
};
type Steg = { inskrivna: number; avslutade: number; medUtfall: number };

/** Every figure of the app's dashboard against the reference's; returns the ones that differ (empty: all equal). */
export function compareDashboard(appIn: unknown, ref: Referens): string[] {
  const app = appIn as AppDashboard;
  const fel: string[] = [];
  const lika = (vad: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) fel.push(`${vad}: app ${JSON.stringify(a)} ≠ referens ${JSON.stringify(b)}`);
  };
  // 1. targets (day 'infinity') and every point of every series
  const perDag = new Map<string, Record<string, number>>(ref.serie.map((r: Record<string, number> & { dag: string }) => [r.dag, r]));
  const slut = perDag.get("infinity")!;
  lika("antal mål", app.mal.length, MAL.length);
  MAL.forEach((m, k) => {
    const a = app.mal[k];
    if (!a) return;
    lika(`${m.namn}, mål`, [a.resultat.taljare, a.resultat.namnare, a.resultat.saknarData], [slut[`m${k}t`], slut[`m${k}n`], slut[`m${k}s`]]);
    lika(`${m.namn}, serie dagar`, a.utveckling.map((p) => p.datum), [...perDag.keys()].filter((d) => d !== "infinity"));
    for (const p of a.utveckling) {
      const r = perDag.get(p.datum);
      lika(`${m.namn}, ${p.datum}`, [p.taljare, p.namnare, p.saknarData], r ? [r[`m${k}t`], r[`m${k}n`], r[`m${k}s`]] : null);
    }
  });
  // 2. funnel and breakdowns (the app lists zero rows too; the reference only what exists)
  const steg = (r: { inskrivna: number; avslutade: number; med_utfall: number } | undefined) => r ? { inskrivna: r.inskrivna, avslutade: r.avslutade, medUtfall: r.med_utfall } : { inskrivna: 0, avslutade: 0, medUtfall: 0 };
  type FRad = { g_kon: number; g_band: number; g_grupp: number; kon: string; band: string; grupp: string; inskrivna: number; avslutade: number; med_utfall: number };
  const f = ref.fordelningar as FRad[];
  const tratt = f.find((r) => r.g_kon && r.g_band && r.g_grupp);
  lika("tratt", app.fordelningar.tratt, steg(tratt));
  const sida = (namn: string, appRader: (Steg & { nyckel: string })[], refRader: FRad[], nyckel: (r: FRad) => string) => {
    const ref = new Map(refRader.map((r) => [nyckel(r), r]));
    for (const r of appRader) lika(`${namn} ${r.nyckel}`, { inskrivna: r.inskrivna, avslutade: r.avslutade, medUtfall: r.medUtfall }, steg(ref.get(r.nyckel)));
    for (const k of ref.keys()) if (!appRader.some((r) => r.nyckel === k)) fel.push(`${namn} ${k}: saknas i appen`);
  };
  sida("kön", app.fordelningar.perKon, f.filter((r) => !r.g_kon), (r) => r.kon);
  sida("ålder", app.fordelningar.perAlder, f.filter((r) => !r.g_band), (r) => r.band);
  sida("grupp", app.fordelningar.perGrupp, f.filter((r) => !r.g_grupp), (r) => r.grupp);
  // 3. pairs and försörjning
  lika("VAS", app.vas?.sammanfattning, ref.par.vas);
  const s = app.steg?.sammanfattning;
  const refSteg = ref.par.steg as { saknas: number; parade: number; medel: number | null; steg: Record<string, number> };
  lika("STEG saknas/parade", [s?.saknas, s?.parade], [refSteg.saknas, refSteg.parade]);
  const medel = s?.medel ?? null;
  if ((medel === null) !== (refSteg.medel === null) || (medel !== null && Math.abs(medel - Number(refSteg.medel)) > 1e-9)) lika("STEG medel", medel, refSteg.medel);
  lika("STEG fördelning", s?.fordelning.filter((x) => x.antal > 0).map((x) => [x.steg, x.antal]), Object.entries(refSteg.steg).map(([k, n]) => [Number(k), n]).sort((a, b) => a[0]! - b[0]!));
  const celler = Object.entries(app.forsorjning.celler).flatMap(([start, rad]) => Object.entries(rad).filter(([, n]) => n > 0).map(([avslut, n]) => `${start}→${avslut}:${n}`)).sort();
  lika("försörjning", celler, (ref.par.forsorjning as { start: string; avslut: string; antal: number }[]).map((c) => `${c.start}→${c.avslut}:${c.antal}`).sort());
  // 4. names
  lika("namn", [app.insats.namn, app.grupper.map((g) => g.namn), app.mal.map((m) => m.text), app.vas?.namn, app.steg?.namn],
    [ref.namn.namn, ref.namn.grupper ?? [], ref.namn.mal ?? [], ref.namn.variabler?.VAS, ref.namn.variabler?.STEG]);
  return fel;
}
