// The insats dashboard's breakdowns, paired measurements and försörjning used to
// be three aggregate queries; they are now folded from the goal engine's rows
// (lib/domain/dashboard/aggregat.ts). This test keeps those queries, verbatim, as
// the oracle and checks on generated data — every selection, FELREGISTRERING,
// re-measurements on the same day, missing sides — that the fold gives the same
// counts and so the same figures.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { loadEvalData } from "@/lib/server/malsattning/load-eval-data";
import { dashboardAggregat } from "@/lib/domain/dashboard/aggregat";
import { filtreraUrval, type Urval } from "@/lib/domain/dashboard/urval";
import { fordelningar, UTFALL_ORSAKER } from "@/lib/domain/dashboard/fordelning";
import { sammanfattaPar, stegforflyttning } from "@/lib/domain/dashboard/parade";
import { forsorjningKorstabell } from "@/lib/domain/dashboard/forsorjning";
import { createForbund, createInsats } from "../factories";

let forbundId: string;
let insatsId: string;
let grupper: { id: string; namn: string }[];
let variabel: Map<string, string>;
const KODER = ["VAS", "STEG"] as const;

// ---- the oracle: the queries of lib/server/dashboard/count-*.ts before the fold ----
function urvalSql(u: Urval): Prisma.Sql {
  const villkor = [
    Prisma.sql`i."forbundId" = ${forbundId}`,
    Prisma.sql`i."insatsId" = ${insatsId}`,
    Prisma.sql`i."avslutsorsak" IS DISTINCT FROM 'FELREGISTRERING'`,
  ];
  if (u.fran !== undefined) villkor.push(Prisma.sql`i."startdatum" >= ${u.fran}::date`);
  if (u.till !== undefined) villkor.push(Prisma.sql`i."startdatum" <= ${u.till}::date`);
  if (u.gruppId !== undefined) villkor.push(Prisma.sql`i."gruppId" = ${u.gruppId}`);
  return Prisma.join(villkor, " AND ");
}

async function oracle(tx: Tx, u: Urval) {
  const fordelning = (await tx.$queryRaw<{ kon: "K" | "M"; alder: number; gruppId: string | null; avslutad: boolean; utfall: boolean; antal: number }[]>`
    SELECT d."kon"::text AS kon, (EXTRACT(YEAR FROM i."startdatum")::int - d."fodelsear") AS alder, i."gruppId" AS "gruppId",
           (i."avslutsdatum" IS NOT NULL) AS avslutad, COALESCE(i."avslutsorsak" IN (${Prisma.join([...UTFALL_ORSAKER])}), false) AS utfall, COUNT(*)::int AS antal
      FROM "Inskrivning" i JOIN "Deltagare" d ON d."forbundId" = i."forbundId" AND d."id" = i."deltagareId"
     WHERE ${urvalSql(u)} GROUP BY 1, 2, 3, 4, 5`).map((r) => ({ ...r, alder: Number(r.alder), antal: Number(r.antal) }));
  const par = await tx.$queryRaw<{ kod: string; start: number | null; avslut: number | null; antal: number }[]>`
    WITH urval AS (
      SELECT i."id" FROM "Inskrivning" i WHERE ${urvalSql(u)} AND i."avslutsdatum" IS NOT NULL
    ), senaste AS (
      SELECT DISTINCT ON (m."inskrivningId", v."kod", m."tidpunkt") m."inskrivningId", v."kod", m."tidpunkt"::text AS tidpunkt, m."varde"
        FROM "Matning" m JOIN urval ON urval."id" = m."inskrivningId"
        JOIN "Matvariabel" v ON v."forbundId" = m."forbundId" AND v."id" = m."matvariabelId"
       WHERE m."forbundId" = ${forbundId} AND v."kod" IN (${Prisma.join([...KODER])}) AND m."tidpunkt" IN ('START', 'AVSLUT')
       ORDER BY m."inskrivningId", v."kod", m."tidpunkt", m."datum" DESC, m."createdAt" DESC
    )
    SELECT k."kod", s."varde" AS start, a."varde" AS avslut, COUNT(*)::int AS antal
      FROM urval CROSS JOIN (SELECT unnest(${[...KODER]}::text[]) AS kod) k
      LEFT JOIN senaste s ON s."inskrivningId" = urval."id" AND s."kod" = k."kod" AND s.tidpunkt = 'START'
      LEFT JOIN senaste a ON a."inskrivningId" = urval."id" AND a."kod" = k."kod" AND a.tidpunkt = 'AVSLUT'
     GROUP BY 1, 2, 3`;
  const matpar = new Map<string, { start: number | null; avslut: number | null; antal: number }[]>(KODER.map((k) => [k, []]));
  for (const r of par) matpar.get(r.kod)!.push({ start: r.start, avslut: r.avslut, antal: Number(r.antal) });
  const forsorjning = (await tx.$queryRaw<{ start: string[]; avslut: string[]; antal: number }[]>`
    SELECT i."forsorjningStart" AS start, i."forsorjningAvslut" AS avslut, COUNT(*)::int AS antal
      FROM "Inskrivning" i WHERE ${urvalSql(u)} AND i."avslutsdatum" IS NOT NULL GROUP BY 1, 2`).map((r) => ({ ...r, antal: Number(r.antal) }));
  return { fordelning, matpar, forsorjning };
}

// ---- generated data ----
const DAG = 86_400_000;
const BAS = Date.UTC(2019, 0, 1);
const iso = (n: number) => new Date(BAS + n * DAG).toISOString().slice(0, 10);
const dagArb = fc.integer({ min: 0, max: 2400 });

const radArb = fc.record({
  kon: fc.constantFrom("K" as const, "M" as const),
  fodelsear: fc.integer({ min: 1940, max: 2008 }),
  start: dagArb,
  langd: fc.option(fc.integer({ min: 0, max: 600 })),
  orsak: fc.constantFrom(null, "ARBETE", "STUDIER", "AVBROTT", "FELREGISTRERING"),
  grupp: fc.constantFrom(null, 0, 1),
  fStart: fc.subarray(["LON", "SJUKPENNING", "FORSORJNINGSSTOD", "A_KASSA"]),
  fAvslut: fc.subarray(["LON", "STUDIEMEDEL", "SJUKPENNING", "INGEN"]),
  matningar: fc.array(
    fc.record({
      variabel: fc.constantFrom("VAS", "STEG", "NARMARE_ARBETSMARKNADEN"),
      tidpunkt: fc.constantFrom("START" as const, "AVSLUT" as const, "UPPFOLJNING_90" as const, "DATUM" as const),
      // Few distinct days, so re-measurements on the same day (createdAt decides) are common.
      dag: fc.integer({ min: 0, max: 3 }),
      varde: fc.constantFrom(0, 1, 2.5, 3, 4, 7, 10),
    }),
    { maxLength: 6 },
  ),
});

type Rad = typeof radArb extends fc.Arbitrary<infer T> ? T : never;

const urvalArb: fc.Arbitrary<Urval> = fc.record(
  { fran: dagArb.map(iso), till: dagArb.map(iso), gruppId: fc.constantFrom(0, 1).map((g) => `grupp-${g}`) },
  { requiredKeys: [] },
);

let seq = 0;
async function skriv(rader: Rad[]) {
  await db.matning.deleteMany({ where: { forbundId } });
  await db.inskrivning.deleteMany({ where: { forbundId } });
  await db.deltagare.deleteMany({ where: { forbundId } });
  const deltagare = [];
  const inskrivningar = [];
  const matningar = [];
  // createdAt in an order of its own, so a same-day re-measurement is decided by it, not by insertion order.
  const skapad = fc.sample(fc.integer({ min: 0, max: 1_000_000 }), { numRuns: 6 * rader.length + 1, seed: rader.length });
  let m = 0;
  for (const r of rader) {
    const n = ++seq;
    deltagare.push({ forbundId, id: `d${n}`, kod: `T${n}`, kon: r.kon, fodelsear: r.fodelsear });
    const avslut = r.langd === null ? null : r.start + r.langd;
    inskrivningar.push({
      forbundId, id: `i${n}`, insatsId, deltagareId: `d${n}`, gruppId: r.grupp === null ? null : grupper[r.grupp]!.id,
      startdatum: new Date(iso(r.start)), avslutsdatum: avslut === null ? null : new Date(iso(avslut)), avslutsorsak: r.orsak,
      forsorjningStart: r.fStart, forsorjningAvslut: r.fAvslut,
    });
    for (const x of r.matningar) {
      const dag = x.tidpunkt === "START" ? r.start + x.dag : (avslut ?? r.start) + x.dag;
      matningar.push({
        forbundId, inskrivningId: `i${n}`, matvariabelId: variabel.get(x.variabel)!, tidpunkt: x.tidpunkt,
        datum: new Date(iso(dag)), varde: x.varde, createdAt: new Date(BAS + (skapad[m++] ?? m) * 1000 + m),
      });
    }
  }
  await db.deltagare.createMany({ data: deltagare });
  await db.inskrivning.createMany({ data: inskrivningar });
  await db.matning.createMany({ data: matningar });
}

const ordna = <T>(xs: readonly T[]) => [...xs].map((x) => JSON.stringify(x)).sort();

beforeAll(async () => {
  const f = await createForbund();
  forbundId = f.id;
  insatsId = (await createInsats(forbundId, { startdatum: new Date("2019-01-01"), slutdatum: null })).id;
  grupper = [];
  for (const g of [0, 1]) {
    const id = `grupp-${g}`;
    await db.grupp.create({ data: { forbundId, id, insatsId, namn: `Grupp ${g}`, startdatum: new Date("2019-02-01"), veckor: 12 } });
    grupper.push({ id, namn: `Grupp ${g}` });
  }
  variabel = new Map((await db.matvariabel.findMany({ where: { forbundId } })).map((v) => [v.kod, v.id]));
});

describe("dashboardAggregat", () => {
  it("gives the counts of the aggregate queries it replaced, for every selection", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(radArb, { maxLength: 30 }), fc.array(urvalArb, { minLength: 1, maxLength: 3 }), async (rader, urval) => {
        await skriv(rader);
        const data = await loadEvalData({ forbundId } as never, insatsId);
        for (const u of [{}, ...urval]) {
          const vantat = await withTenantTx(forbundId, (tx) => oracle(tx, u));
          const fatt = dashboardAggregat(filtreraUrval(data, u).inskrivningar, KODER);
          expect(ordna(fatt.fordelning)).toEqual(ordna(vantat.fordelning));
          for (const k of KODER) expect(ordna(fatt.matpar.get(k)!)).toEqual(ordna(vantat.matpar.get(k)!));
          expect(ordna(fatt.forsorjning)).toEqual(ordna(vantat.forsorjning));
          // And so the figures the page shows.
          expect(fordelningar(fatt.fordelning, grupper)).toEqual(fordelningar(vantat.fordelning, grupper));
          expect(sammanfattaPar(fatt.matpar.get("VAS")!)).toEqual(sammanfattaPar(vantat.matpar.get("VAS")!));
          expect(stegforflyttning(fatt.matpar.get("STEG")!, { min: 1, max: 7 })).toEqual(stegforflyttning(vantat.matpar.get("STEG")!, { min: 1, max: 7 }));
          expect(forsorjningKorstabell(fatt.forsorjning)).toEqual(forsorjningKorstabell(vantat.forsorjning));
        }
      }),
      { numRuns: 40, seed: 8 },
    );
  }, 120_000);
});
