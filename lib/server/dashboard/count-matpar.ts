import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { Par } from "@/lib/domain/dashboard/parade";
import type { Urval } from "@/lib/domain/dashboard/urval";
import { urvalSql } from "./urval-sql";

/**
 * Start and avslut values of the given variables for every avslutad
 * inskrivning of the selection, counted per (variable, start, avslut) pair.
 * A missing side is NULL, so nobody is dropped. Like the goal engine, a later
 * re-measurement at the same time point replaces the earlier one.
 */
export async function countMatpar(tx: Tx, ctx: TenantContext, insatsId: string, u: Urval, koder: readonly string[]): Promise<Map<string, Par[]>> {
  const ut = new Map<string, Par[]>(koder.map((k) => [k, []]));
  if (koder.length === 0) return ut;
  const rader = await tx.$queryRaw<{ kod: string; start: number | null; avslut: number | null; antal: number }[]>`
    WITH urval AS (
      SELECT i."id" FROM "Inskrivning" i WHERE ${urvalSql(ctx, insatsId, u)} AND i."avslutsdatum" IS NOT NULL
    ), senaste AS (
      SELECT DISTINCT ON (m."inskrivningId", v."kod", m."tidpunkt") m."inskrivningId", v."kod", m."tidpunkt"::text AS tidpunkt, m."varde"
        FROM "Matning" m
        JOIN urval ON urval."id" = m."inskrivningId"
        JOIN "Matvariabel" v ON v."forbundId" = m."forbundId" AND v."id" = m."matvariabelId"
       WHERE m."forbundId" = ${ctx.forbundId} AND v."kod" IN (${Prisma.join([...koder])}) AND m."tidpunkt" IN ('START', 'AVSLUT')
       ORDER BY m."inskrivningId", v."kod", m."tidpunkt", m."datum" DESC, m."createdAt" DESC
    )
    SELECT k."kod", s."varde" AS start, a."varde" AS avslut, COUNT(*)::int AS antal
      FROM urval
     CROSS JOIN (SELECT unnest(${[...koder]}::text[]) AS kod) k
      LEFT JOIN senaste s ON s."inskrivningId" = urval."id" AND s."kod" = k."kod" AND s.tidpunkt = 'START'
      LEFT JOIN senaste a ON a."inskrivningId" = urval."id" AND a."kod" = k."kod" AND a.tidpunkt = 'AVSLUT'
     GROUP BY 1, 2, 3`;
  for (const r of rader) ut.get(r.kod)?.push({ start: r.start, avslut: r.avslut, antal: Number(r.antal) });
  return ut;
}
