import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { Urval } from "@/lib/domain/dashboard/urval";
import { urvalSql } from "./urval-sql";

/** Försörjning at start and at avslut of the selection's avslutade, counted per combination. */
export async function countForsorjning(tx: Tx, ctx: TenantContext, insatsId: string, u: Urval): Promise<{ start: string[]; avslut: string[]; antal: number }[]> {
  const rader = await tx.$queryRaw<{ start: string[]; avslut: string[]; antal: number }[]>`
    SELECT i."forsorjningStart" AS start, i."forsorjningAvslut" AS avslut, COUNT(*)::int AS antal
      FROM "Inskrivning" i
     WHERE ${urvalSql(ctx, insatsId, u)} AND i."avslutsdatum" IS NOT NULL
     GROUP BY 1, 2`;
  return rader.map((r) => ({ ...r, antal: Number(r.antal) }));
}
