import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { withTenantTx } from "@/lib/server/tenant-tx";

export async function listMedlemmar(ctx: TenantContext) {
  return withTenantTx(ctx.forbundId, (tx) =>
    tx.medlem.findMany({ where: { forbundId: ctx.forbundId }, select: { id: true, namn: true, typ: true }, orderBy: { namn: "asc" } }),
  );
}
