import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { loadDeltagareForGdpr } from "./load-deltagare-for-gdpr";

/**
 * The participant rule before a request body is read: a caller who may not
 * see (or correct) this deltagare gets 404 and learns nothing from validation.
 */
export async function assertDeltagareAccess(ctx: TenantContext, deltagareId: string, mode: "read" | "write"): Promise<void> {
  await withTenantTx(ctx.forbundId, (tx) => loadDeltagareForGdpr(tx, ctx, deltagareId, mode));
}
