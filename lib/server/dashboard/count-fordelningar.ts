import "server-only";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { UTFALL_ORSAKER, type Aggregatrad } from "@/lib/domain/dashboard/fordelning";
import type { Urval } from "@/lib/domain/dashboard/urval";
import { urvalSql } from "./urval-sql";

/** Inskrivningar counted by kön, age at start, grupp, avslutad and utfall — one aggregate query, no rows. */
export async function countFordelningar(tx: Tx, ctx: TenantContext, insatsId: string, u: Urval): Promise<Aggregatrad[]> {
  const rader = await tx.$queryRaw<{ kon: "K" | "M"; alder: number; gruppId: string | null; avslutad: boolean; utfall: boolean; antal: number }[]>`
    SELECT d."kon"::text AS kon,
           (EXTRACT(YEAR FROM i."startdatum")::int - d."fodelsear") AS alder,
           i."gruppId" AS "gruppId",
           (i."avslutsdatum" IS NOT NULL) AS avslutad,
           COALESCE(i."avslutsorsak" IN (${Prisma.join([...UTFALL_ORSAKER])}), false) AS utfall,
           COUNT(*)::int AS antal
      FROM "Inskrivning" i
      JOIN "Deltagare" d ON d."forbundId" = i."forbundId" AND d."id" = i."deltagareId"
     WHERE ${urvalSql(ctx, insatsId, u)}
     GROUP BY 1, 2, 3, 4, 5`;
  return rader.map((r) => ({ ...r, alder: Number(r.alder), antal: Number(r.antal) }));
}
