import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { Prisma } from "@/generated/prisma/client";
import type { EvalData } from "@/lib/domain/goals/evaluate";
import type { InskrivningRad } from "@/lib/domain/goals/rows";
import { NotFoundError } from "@/lib/errors";
import { loadEnkatMalData } from "@/lib/server/enkat-resultat/load-enkat-mal-data";
import { toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
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
  const iInsatser = insatsIds ? Prisma.sql`AND i."insatsId" = ANY(${[...insatsIds]}::text[])` : Prisma.empty;
  const [insatser, matvariabler, inskrivningar, matningar, volym, enkat] = await inTenantTx(ctx, tx, (t) => Promise.all([
    t.insats.findMany({
      where: { forbundId: ctx.forbundId, ...(insatsIds ? { id: { in: [...insatsIds] } } : {}) },
      select: { id: true, matningsmetod: true, startdatum: true, slutdatum: true, grupper: { select: { id: true, namn: true } } },
    }),
    t.matvariabel.findMany({ where: { forbundId: ctx.forbundId }, select: { id: true, kod: true, typ: true, min: true, max: true } }),
    t.$queryRaw<{ s: string | null }[]>`
      SELECT string_agg(concat_ws(chr(31), i."id", i."insatsId", coalesce(i."gruppId", ''), to_char(i."startdatum", ${ISO}),
               coalesce(to_char(i."avslutsdatum", ${ISO}), ''), coalesce(i."avslutsorsak"::text, ''),
               coalesce(array_to_string(i."forsorjningAvslut", '|'), ''), d."kon"::text, d."fodelsear",
               coalesce(u."status"::text, ''), coalesce(to_char(u."datum", ${ISO}), ''), (p."id" IS NOT NULL)::int), chr(30)) AS s
        FROM "Inskrivning" i
        JOIN "Deltagare" d ON d."forbundId" = i."forbundId" AND d."id" = i."deltagareId"
        LEFT JOIN "Uppfoljning" u ON u."forbundId" = i."forbundId" AND u."inskrivningId" = i."id"
        LEFT JOIN "Plan" p ON p."forbundId" = i."forbundId" AND p."inskrivningId" = i."id"
       WHERE i."forbundId" = ${ctx.forbundId} ${iInsatser}`,
    t.$queryRaw<{ s: string | null }[]>`
      SELECT string_agg(concat_ws(chr(31), m."inskrivningId", m."matvariabelId", m."tidpunkt"::text, to_char(m."datum", ${ISO}), m."varde"::text),
               chr(30) ORDER BY m."datum", m."createdAt") AS s
        FROM "Matning" m
        JOIN "Inskrivning" i ON i."forbundId" = m."forbundId" AND i."id" = m."inskrivningId"
       WHERE m."forbundId" = ${ctx.forbundId} ${iInsatser}`,
    t.volymRegistrering.findMany({ where: { forbundId: ctx.forbundId, ...(insatsIds ? { insatsId: { in: [...insatsIds] } } : {}) }, select: { insatsId: true, periodStart: true, periodSlut: true, kvinnor: true, man: true } }),
    loadEnkatMalData(t, ctx, insatsIds),
  ]), { timeoutMs: 60_000 });
  const kodFor = new Map(matvariabler.map((m) => [m.id, m.kod]));
  const out = new Map<string, EvalData>();
  for (const insats of insatser) {
    out.set(insats.id, {
      matningsmetod: insats.matningsmetod,
      insatsPeriod: { start: toIsoDate(insats.startdatum), slut: toIsoDateOrNull(insats.slutdatum) },
      grupper: insats.grupper,
      matvariabler: matvariabler.map(({ kod, typ, min, max }) => ({ kod, typ, min, max })),
      volym: [],
      inskrivningar: [],
      ...(enkat.has(insats.id) ? { enkat: enkat.get(insats.id) } : {}),
    });
  }
  for (const v of volym) {
    out.get(v.insatsId)?.volym.push({ periodStart: toIsoDate(v.periodStart), periodSlut: toIsoDate(v.periodSlut), kvinnor: v.kvinnor, man: v.man });
  }
  const perInskrivning = new Map<string, InskrivningRad["matningar"]>();
  for (const post of poster(matningar)) {
    const [inskrivningId, matvariabelId, tidpunkt, datum, varde] = post.split(FALT) as [string, string, Tidpunkt, string, string];
    let lista = perInskrivning.get(inskrivningId);
    if (!lista) perInskrivning.set(inskrivningId, (lista = []));
    lista.push({ variabel: kodFor.get(matvariabelId) ?? "", tidpunkt, datum, varde: Number(varde) });
  }
  for (const post of poster(inskrivningar)) {
    const [id, insatsId, gruppId, startdatum, avslutsdatum, avslutsorsak, forsorjning, kon, fodelsear, uStatus, uDatum, harPlan] = post.split(FALT) as string[] as [
      string, string, string, string, string, string, string, "K" | "M", string, string, string, string,
    ];
    out.get(insatsId)?.inskrivningar.push({
      id,
      kon,
      fodelsear: Number(fodelsear),
      gruppId: gruppId || null,
      startdatum,
      avslutsdatum: avslutsdatum || null,
      avslutsorsak: avslutsorsak || null,
      forsorjningAvslut: forsorjning ? forsorjning.split("|") : [],
      matningar: perInskrivning.get(id) ?? [],
      uppfoljning: uStatus && uDatum ? { status: uStatus, datum: uDatum } : null,
      harPlan: harPlan === "1",
    });
  }
  return out;
}

/**
 * The records of a row query's one text column. The rows come back as one
 * string per table, not one row object per inskrivning or measurement: for a
 * förbund's 7 500 inskrivningar and 38 000 measurements the driver's per-row
 * decoding took 2–3× the query itself (bench/data-functions.ts, issue 8).
 */
function poster(rader: { s: string | null }[]): string[] {
  const s = rader[0]?.s;
  return s ? s.split(POST) : [];
}
