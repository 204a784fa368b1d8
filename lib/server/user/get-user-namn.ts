import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { withTenantTx } from "@/lib/server/tenant-tx";

/** The signed-in user's name, for the header. */
export async function getUserNamn(ctx: TenantContext): Promise<string> {
  const user = await withTenantTx(ctx.forbundId, (tx) => tx.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { namn: true } }));
  return user.namn;
}
