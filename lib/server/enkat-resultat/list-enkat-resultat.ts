import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { suppressCount, type Cell } from "@/lib/domain/suppression";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { serExaktaEnkatResultat } from "./get-enkat-resultat";

export type EnkatResultatRad = { id: string; namn: string; respondentgrupp: string; status: string; svar: Cell; senasteAr: number | null };

/** The förbund's enkäter with their number of answers — suppressed below the minimum for everyone but leaders. */
export async function listEnkatResultat(ctx: TenantContext): Promise<{ enkater: EnkatResultatRad[]; minCell: number; undertryckt: boolean }> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const [enkater, svar, forbund] = await Promise.all([
      tx.enkat.findMany({ where: { forbundId: ctx.forbundId }, select: { id: true, namn: true, respondentgrupp: true, status: true }, orderBy: { namn: "asc" } }),
      tx.enkatSvar.groupBy({ by: ["enkatId"], where: { forbundId: ctx.forbundId }, _count: { _all: true }, _max: { ar: true } }),
      tx.forbund.findUniqueOrThrow({ where: { id: ctx.forbundId }, select: { minCellStorlek: true } }),
    ]);
    const exakt = serExaktaEnkatResultat(ctx.roll);
    const per = new Map(svar.map((s) => [s.enkatId, s]));
    return {
      minCell: forbund.minCellStorlek,
      undertryckt: !exakt,
      enkater: enkater.map((e) => {
        const n = per.get(e.id)?._count._all ?? 0;
        return { ...e, svar: exakt ? n : suppressCount(n, forbund.minCellStorlek), senasteAr: per.get(e.id)?._max.ar ?? null };
      }),
    };
  });
}
