import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { withTenantTx } from "@/lib/server/tenant-tx";

/** The choices the enkät form offers: the förbund's insatser and its measured variables. */
export async function getEnkatFormData(ctx: TenantContext) {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const [insatser, matvariabler] = await Promise.all([
      tx.insats.findMany({ where: { forbundId: ctx.forbundId }, select: { id: true, namn: true }, orderBy: { namn: "asc" } }),
      tx.matvariabel.findMany({ where: { forbundId: ctx.forbundId, aktiv: true }, select: { id: true, namn: true, typ: true, min: true, max: true }, orderBy: { namn: "asc" } }),
    ]);
    return { insatser, matvariabler };
  });
}

export type EnkatFormData = Awaited<ReturnType<typeof getEnkatFormData>>;
