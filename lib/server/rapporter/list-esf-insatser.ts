import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";

export type EsfInsats = { id: string; namn: string; startdatum: string; slutdatum: string | null };

/** Insatser with an ESF participant file: ESF-financed and followed up with personuppgifter. */
export async function listEsfInsatser(ctx: TenantContext): Promise<EsfInsats[]> {
  const rows = await db.insats.findMany({
    where: { forbundId: ctx.forbundId, esfFinansierad: true, matningsmetod: "PERSONUPPGIFTER" },
    select: { id: true, namn: true, startdatum: true, slutdatum: true },
    orderBy: { namn: "asc" },
  });
  return rows.map((r) => ({ ...r, startdatum: toIsoDate(r.startdatum), slutdatum: toIsoDateOrNull(r.slutdatum) }));
}
