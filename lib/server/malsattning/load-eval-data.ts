import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { Prisma } from "@/generated/prisma/client";
import type { EvalData } from "@/lib/domain/goals/evaluate";
import type { InskrivningRad } from "@/lib/domain/goals/rows";
import { NotFoundError } from "@/lib/errors";
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

type InskrivningSqlRad = {
  id: string;
  insatsId: string;
  gruppId: string | null;
  startdatum: string;
  avslutsdatum: string | null;
  avslutsorsak: string | null;
  /** NULL in rows written without it (the ORM reads that as []). */
  forsorjningAvslut: string[] | null;
  kon: "K" | "M";
  fodelsear: number;
  uppfoljningStatus: string | null;
  uppfoljningDatum: string | null;
  harPlan: boolean;
};
type MatningSqlRad = { inskrivningId: string; matvariabelId: string; tidpunkt: InskrivningRad["matningar"][number]["tidpunkt"]; datum: string; varde: number };

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
  const [insatser, matvariabler, inskrivningar, matningar, volym] = await inTenantTx(ctx, tx, (t) => Promise.all([
    t.insats.findMany({
      where: { forbundId: ctx.forbundId, ...(insatsIds ? { id: { in: [...insatsIds] } } : {}) },
      select: { id: true, matningsmetod: true, startdatum: true, slutdatum: true, grupper: { select: { id: true, namn: true } } },
    }),
    t.matvariabel.findMany({ where: { forbundId: ctx.forbundId }, select: { id: true, kod: true, typ: true, min: true, max: true } }),
    t.$queryRaw<InskrivningSqlRad[]>`
      SELECT i."id", i."insatsId", i."gruppId", to_char(i."startdatum", ${ISO}) AS startdatum, to_char(i."avslutsdatum", ${ISO}) AS avslutsdatum,
             i."avslutsorsak", i."forsorjningAvslut", d."kon"::text AS kon, d."fodelsear",
             u."status" AS "uppfoljningStatus", to_char(u."datum", ${ISO}) AS "uppfoljningDatum", (p."id" IS NOT NULL) AS "harPlan"
        FROM "Inskrivning" i
        JOIN "Deltagare" d ON d."forbundId" = i."forbundId" AND d."id" = i."deltagareId"
        LEFT JOIN "Uppfoljning" u ON u."forbundId" = i."forbundId" AND u."inskrivningId" = i."id"
        LEFT JOIN "Plan" p ON p."forbundId" = i."forbundId" AND p."inskrivningId" = i."id"
       WHERE i."forbundId" = ${ctx.forbundId} ${iInsatser}`,
    t.$queryRaw<MatningSqlRad[]>`
      SELECT m."inskrivningId", m."matvariabelId", m."tidpunkt"::text AS tidpunkt, to_char(m."datum", ${ISO}) AS datum, m."varde"
        FROM "Matning" m
        JOIN "Inskrivning" i ON i."forbundId" = m."forbundId" AND i."id" = m."inskrivningId"
       WHERE m."forbundId" = ${ctx.forbundId} ${iInsatser}
       ORDER BY m."datum", m."createdAt"`,
    t.volymRegistrering.findMany({ where: { forbundId: ctx.forbundId, ...(insatsIds ? { insatsId: { in: [...insatsIds] } } : {}) }, select: { insatsId: true, periodStart: true, periodSlut: true, kvinnor: true, man: true } }),
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
    });
  }
  for (const v of volym) {
    out.get(v.insatsId)?.volym.push({ periodStart: toIsoDate(v.periodStart), periodSlut: toIsoDate(v.periodSlut), kvinnor: v.kvinnor, man: v.man });
  }
  const perInskrivning = new Map<string, InskrivningRad["matningar"]>();
  for (const m of matningar) {
    let lista = perInskrivning.get(m.inskrivningId);
    if (!lista) perInskrivning.set(m.inskrivningId, (lista = []));
    lista.push({ variabel: kodFor.get(m.matvariabelId) ?? "", tidpunkt: m.tidpunkt, datum: m.datum, varde: Number(m.varde) });
  }
  for (const i of inskrivningar) {
    out.get(i.insatsId)?.inskrivningar.push({
      id: i.id,
      kon: i.kon,
      fodelsear: Number(i.fodelsear),
      gruppId: i.gruppId,
      startdatum: i.startdatum,
      avslutsdatum: i.avslutsdatum,
      avslutsorsak: i.avslutsorsak,
      forsorjningAvslut: i.forsorjningAvslut ?? [],
      matningar: perInskrivning.get(i.id) ?? [],
      uppfoljning: i.uppfoljningStatus !== null && i.uppfoljningDatum !== null ? { status: i.uppfoljningStatus, datum: i.uppfoljningDatum } : null,
      harPlan: i.harPlan,
    });
  }
  return out;
}
