import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { withTenantTx } from "@/lib/server/tenant-tx";

/**
 * Calendar years the förbund has something to report for: the years its
 * insatser run (an open-ended one up to this year) and years with budget or
 * spending recorded. Offered as choices on the reports page.
 */
export async function listRapportAr(ctx: TenantContext, iAr: number): Promise<number[]> {
  const forbundId = ctx.forbundId;
  return withTenantTx(ctx.forbundId, async (tx) => {
    const [insatser, budgetAr, utfallAr] = await Promise.all([
      tx.insats.findMany({ where: { forbundId }, select: { startdatum: true, slutdatum: true } }),
      tx.budgetPost.findMany({ where: { forbundId }, select: { ar: true }, distinct: ["ar"] }),
      tx.utfall.findMany({ where: { forbundId }, select: { ar: true }, distinct: ["ar"] }),
    ]);
    const ar = new Set<number>([...budgetAr, ...utfallAr].map((r) => r.ar));
    for (const i of insatser) {
      const sista = i.slutdatum ? i.slutdatum.getUTCFullYear() : Math.max(iAr, i.startdatum.getUTCFullYear());
      for (let a = i.startdatum.getUTCFullYear(); a <= sista; a++) ar.add(a);
    }
    return [...ar].sort((a, b) => b - a);
  });
}
