import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { Prisma } from "@/generated/prisma/client";
import type { EvalData } from "@/lib/domain/goals/evaluate";
import type { InskrivningRad } from "@/lib/domain/goals/rows";
import { NotFoundError } from "@/lib/errors";
import { enkatFragorSql, loadEnkatMalData } from "@/lib/server/enkat-resultat/load-enkat-mal-data";
import { inTenantTx } from "@/lib/server/tenant-tx";

/**
 * The plain rows the goal engine needs for one insats — only the columns it
 * reads, one förbund, never identities.
 */
export async function loadEvalData(ctx: TenantContext, insatsId: string, tx?: Tx): Promise<EvalData> {
  const data = (await loadEvalDataMany(ctx, [insatsId], tx)).get(insatsId);
  if (!data) throw new NotFoundError("Insatsen");
  return data;
}

type Tidpunkt = InskrivningRad["matningar"][number]["tidpunkt"];

/** Field and record separators of the text the row queries return (never in an id, code or date). */
const FALT = "\u001f";
const POST = "\u001e";
const ISO = "YYYY-MM-DD";
/**
 * Row dates travel as whole days since 2000-01-01 (no to_char per row, which was ~20 %
 * of the measurement query) and become "YYYY-MM-DD" here, each distinct day once.
 */
const DAG0 = Prisma.sql`DATE '2000-01-01'`;
const DAG0_MS = Date.UTC(2000, 0, 1);

function dagTillIso(cache: Map<string, string>, dagar: string): string {
  let iso = cache.get(dagar);
  if (iso === undefined) cache.set(dagar, (iso = new Date(DAG0_MS + Number(dagar) * 86_400_000).toISOString().slice(0, 10)));
  return iso;
}

/**
 * The same rows for several insatser of the förbund (all of them when
 * `insatsIds` is omitted): one query per table, not one per insats.
 *
 * Participations and measurements are read with plain SQL joined on the
 * insats, not with the ORM's nested selects: for a förbund's thousands of
 * inskrivningar those sent every id back as bind parameters (7 500 ids →
 * 15 000 parameters per table) and took seconds at national scale (issue 8,
 * bench/data-functions.ts). Dates come back as "YYYY-MM-DD" text.
 *
 * Runs on the caller's tenant transaction `tx` when given, else in its own.
 */
export async function loadEvalDataMany(ctx: TenantContext, insatsIds?: readonly string[], tx?: Tx): Promise<Map<string, EvalData>> {
  return (await loadEvalDataMed(ctx, insatsIds, tx, {})).data;
}

/** The statement's own columns: an extra column of the same name would replace one of them. */
const EGNA_KOLUMNER = ["insatser", "matvariabler", "inskrivningar", "matningar", "volym", "enkatfragor"];

/**
 * loadEvalDataMany plus the caller's own one-value text columns (`extra`, keyed
 * by their alias, each a scalar subquery written in code) in the same statement:
 * the insats dashboard reads its names, targets and settings in the same round
 * trip as the rows (each round trip in a tenant transaction waits for the one before).
 */
export async function loadEvalDataMed<K extends string>(
  ctx: TenantContext,
  insatsIds: readonly string[] | undefined,
  tx: Tx | undefined,
  extra: Record<K, Prisma.Sql>,
): Promise<{ data: Map<string, EvalData>; extra: Record<K, string | null> }> {
  const extraKolumner = Object.entries<Prisma.Sql>(extra).map(([alias, sql]) => {
    if (!/^[a-z][A-Za-z]*$/.test(alias) || EGNA_KOLUMNER.includes(alias)) throw new Error(`loadEvalDataMed: ogiltigt kolumnnamn ${alias}`);
    return Prisma.sql`, ${sql} AS ${Prisma.raw(`"${alias}"`)}`;
  });
  const ids = insatsIds ? [...insatsIds] : null;
  const iInsatser = ids ? Prisma.sql`AND i."insatsId" = ANY(${ids}::text[])` : Prisma.empty;
  const sInsatser = ids ? Prisma.sql`AND s."id" = ANY(${ids}::text[])` : Prisma.empty;
  const vInsatser = ids ? Prisma.sql`AND v."insatsId" = ANY(${ids}::text[])` : Prisma.empty;
  // One round trip for the five tables and the enkät questions; the answers only when a target names a question.
  type Rad = { insatser: string; matvariabler: string; inskrivningar: string | null; matningar: string | null; volym: string; enkatfragor: string };
  const [rad, enkat] = await inTenantTx(ctx, tx, async (t) => {
    const [r] = await t.$queryRaw<(Rad & Record<K, string | null>)[]>`
      SELECT
        (SELECT coalesce(json_agg(json_build_object('id', s."id", 'matningsmetod', s."matningsmetod", 'start', to_char(s."startdatum", ${ISO}), 'slut', to_char(s."slutdatum", ${ISO}),
                  'grupper', (SELECT coalesce(json_agg(json_build_object('id', g."id", 'namn', g."namn")), '[]') FROM "Grupp" g WHERE g."forbundId" = s."forbundId" AND g."insatsId" = s."id"))), '[]')::text
           FROM "Insats" s WHERE s."forbundId" = ${ctx.forbundId} ${sInsatser}) AS insatser,
        (SELECT coalesce(json_agg(json_build_object('id', m."id", 'kod', m."kod", 'typ', m."typ", 'min', m."min", 'max', m."max")), '[]')::text
           FROM "Matvariabel" m WHERE m."forbundId" = ${ctx.forbundId}) AS matvariabler,
        (SELECT string_agg(concat_ws(chr(31), i."id", i."insatsId", coalesce(i."gruppId", ''), i."startdatum" - ${DAG0},
                  coalesce((i."avslutsdatum" - ${DAG0})::text, ''), coalesce(i."avslutsorsak"::text, ''),
                  coalesce(array_to_string(i."forsorjningAvslut", '|'), ''), d."kon"::text, d."fodelsear",
                  coalesce(array_to_string(i."forsorjningStart", '|'), ''),
                  coalesce(u."status"::text, ''), coalesce((u."datum" - ${DAG0})::text, ''), (p."id" IS NOT NULL)::int), chr(30))
           FROM "Inskrivning" i
           JOIN "Deltagare" d ON d."forbundId" = i."forbundId" AND d."id" = i."deltagareId"
           LEFT JOIN "Uppfoljning" u ON u."forbundId" = i."forbundId" AND u."inskrivningId" = i."id"
           LEFT JOIN "Plan" p ON p."forbundId" = i."forbundId" AND p."inskrivningId" = i."id"
          WHERE i."forbundId" = ${ctx.forbundId} ${iInsatser}) AS inskrivningar,
        (SELECT string_agg(concat_ws(chr(31), m."inskrivningId", m."matvariabelId", m."tidpunkt"::text, m."datum" - ${DAG0}, m."varde"::text),
                  chr(30) ORDER BY m."datum", m."createdAt")
           FROM "Matning" m
           JOIN "Inskrivning" i ON i."forbundId" = m."forbundId" AND i."id" = m."inskrivningId"
          WHERE m."forbundId" = ${ctx.forbundId} ${iInsatser}) AS matningar,
        (SELECT coalesce(json_agg(json_build_object('insatsId', v."insatsId", 'periodStart', to_char(v."periodStart", ${ISO}), 'periodSlut', to_char(v."periodSlut", ${ISO}),
                  'kvinnor', v."kvinnor", 'man', v."man")), '[]')::text
           FROM "VolymRegistrering" v WHERE v."forbundId" = ${ctx.forbundId} ${vInsatser}) AS volym,
        ${enkatFragorSql(ctx, insatsIds)} AS enkatfragor
        ${extraKolumner.length > 0 ? Prisma.join(extraKolumner, " ") : Prisma.empty}`;
    return [r!, await loadEnkatMalData(t, ctx, r!.enkatfragor)] as const;
  }, { timeoutMs: 60_000 });
  const insatser = JSON.parse(rad.insatser) as { id: string; matningsmetod: EvalData["matningsmetod"]; start: string; slut: string | null; grupper: EvalData["grupper"] }[];
  const matvariabler = JSON.parse(rad.matvariabler) as ({ id: string } & EvalData["matvariabler"][number])[];
  const volym = JSON.parse(rad.volym) as ({ insatsId: string } & EvalData["volym"][number])[];
  const inskrivningar = rad.inskrivningar;
  const matningar = rad.matningar;
  const kodFor = new Map(matvariabler.map((m) => [m.id, m.kod]));
  const out = new Map<string, EvalData>();
  for (const insats of insatser) {
    out.set(insats.id, {
      matningsmetod: insats.matningsmetod,
      insatsPeriod: { start: insats.start, slut: insats.slut },
      grupper: insats.grupper,
      matvariabler: matvariabler.map(({ kod, typ, min, max }) => ({ kod, typ, min, max })),
      volym: [],
      inskrivningar: [],
      ...(enkat.has(insats.id) ? { enkat: enkat.get(insats.id) } : {}),
    });
  }
  for (const v of volym) {
    out.get(v.insatsId)?.volym.push({ periodStart: v.periodStart, periodSlut: v.periodSlut, kvinnor: v.kvinnor, man: v.man });
  }
  const datum = new Map<string, string>();
  const perInskrivning = new Map<string, InskrivningRad["matningar"]>();
  for (const post of poster(matningar)) {
    const [inskrivningId, matvariabelId, tidpunkt, dag, varde] = post.split(FALT) as [string, string, Tidpunkt, string, string];
    let lista = perInskrivning.get(inskrivningId);
    if (!lista) perInskrivning.set(inskrivningId, (lista = []));
    lista.push({ variabel: kodFor.get(matvariabelId) ?? "", tidpunkt, datum: dagTillIso(datum, dag), varde: Number(varde) });
  }
  for (const post of poster(inskrivningar)) {
    const [id, insatsId, gruppId, startdatum, avslutsdatum, avslutsorsak, forsorjning, kon, fodelsear, forsorjningStart, uStatus, uDatum, harPlan] = post.split(FALT) as string[] as [
      string, string, string, string, string, string, string, "K" | "M", string, string, string, string, string,
    ];
    out.get(insatsId)?.inskrivningar.push({
      id,
      kon,
      fodelsear: Number(fodelsear),
      gruppId: gruppId || null,
      startdatum: dagTillIso(datum, startdatum),
      avslutsdatum: avslutsdatum ? dagTillIso(datum, avslutsdatum) : null,
      avslutsorsak: avslutsorsak || null,
      forsorjningAvslut: forsorjning ? forsorjning.split("|") : [],
      forsorjningStart: forsorjningStart ? forsorjningStart.split("|") : [],
      matningar: perInskrivning.get(id) ?? [],
      uppfoljning: uStatus && uDatum ? { status: uStatus, datum: dagTillIso(datum, uDatum) } : null,
      harPlan: harPlan === "1",
    });
  }
  const extraVarden = Object.fromEntries(Object.keys(extra).map((k) => [k, rad[k as K] ?? null])) as Record<K, string | null>;
  return { data: out, extra: extraVarden };
}

/**
 * The records of a row query's one text column. The rows come back as one
 * string per table, not one row object per inskrivning or measurement: for a
 * förbund's 7 500 inskrivningar and 38 000 measurements the driver's per-row
 * decoding took 2–3× the query itself (bench/data-functions.ts, issue 8).
 */
function poster(s: string | null): string[] {
  return s ? s.split(POST) : [];
}
