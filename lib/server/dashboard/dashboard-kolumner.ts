import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { lasMalKolumner, malKolumner } from "@/lib/server/malsattning/mal-kolumner";

/**
 * What the insats dashboard reads besides the goal engine's rows: the targets
 * and settings of malKolumner plus the insats's name and grupper (in the order
 * of their start), as columns of the rows' own statement (loadEvalDataMed), so
 * the whole dashboard is one round trip.
 */
export function dashboardKolumner(ctx: TenantContext, insatsId: string) {
  return {
    ...malKolumner(ctx, insatsId),
    insats: Prisma.sql`(SELECT json_build_object('namn', s."namn",
        'grupper', (SELECT coalesce(json_agg(json_build_object('id', g."id", 'namn', g."namn") ORDER BY g."startdatum", g."createdAt", g."id"), '[]')
                      FROM "Grupp" g WHERE g."forbundId" = s."forbundId" AND g."insatsId" = s."id"))::text
        FROM "Insats" s WHERE s."forbundId" = ${ctx.forbundId} AND s."id" = ${insatsId})`,
  };
}

export function lasDashboardKolumner(k: Record<keyof ReturnType<typeof dashboardKolumner>, string | null>) {
  if (k.insats === null) throw new Error("lasDashboardKolumner: insatsen saknas");
  return { ...lasMalKolumner(k), insats: JSON.parse(k.insats) as { namn: string; grupper: { id: string; namn: string }[] } };
}
