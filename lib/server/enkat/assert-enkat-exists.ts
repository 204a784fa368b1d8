import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { NotFoundError } from "@/lib/errors";
import { withTenantTx } from "@/lib/server/tenant-tx";

/** An unknown (or another förbund's) enkät is "not found" before its input is judged, as a missing insats is. */
export async function assertEnkatExists(ctx: TenantContext, enkatId: string): Promise<void> {
  const n = await withTenantTx(ctx.forbundId, (tx) => tx.enkat.count({ where: { forbundId: ctx.forbundId, id: enkatId } }));
  if (n === 0) throw new NotFoundError("Enkäten");
}
