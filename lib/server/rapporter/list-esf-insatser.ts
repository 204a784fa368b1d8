import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
import { withTenantTx } from "@/lib/server/tenant-tx";

export type EsfInsats = { id: string; namn: string; startdatum: string; slutdatum: string | null };

/** Insatser with an ESF participant file: ESF-financed and followed up with personuppgifter. */
export async function listEsfInsatser(ctx: TenantContext): Promise<EsfInsats[]> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const rows = await tx.insats.findMany({
      where: { forbundId: ctx.forbundId, esfFinansierad: true, matningsmetod: "PERSONUPPGIFTER" },
      select: { id: true, namn: true, startdatum: true, slutdatum: true },
      orderBy: { namn: "asc" },
    });
    return rows.map((r) => ({ ...r, startdatum: toIsoDate(r.startdatum), slutdatum: toIsoDateOrNull(r.slutdatum) }));
  });
}
