import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { can } from "@/lib/auth/permissions";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";
import type { RaderaPersonuppgifterInput } from "@/lib/validation/gdpr";
import { erasePersonuppgifter } from "./erase-personuppgifter";
import { loadDeltagareForGdpr } from "./load-deltagare-for-gdpr";

export const REDAN_RADERAD = "Personuppgifterna är redan raderade";

/**
 * "Radera personuppgifter" for one deltagare on request (GDPR art. 17): the
 * same erasure as gallring, audited in the same transaction. The old code is
 * not written to the audit row: the entity id names the person, and a code in
 * the log would be a way back to the paper folder.
 */
export async function raderaPersonuppgifter(ctx: TenantContext, deltagareId: string, _input: RaderaPersonuppgifterInput) {
  if (!can(ctx.roll, "gdpr:radera")) throw new ForbiddenError();
  return withTenantTx(ctx.forbundId, async (tx) => {
    const deltagare = await loadDeltagareForGdpr(tx, ctx, deltagareId, "read");
    if (deltagare.raderadAt) throw new ConflictError(REDAN_RADERAD);
    const result = await erasePersonuppgifter(tx, ctx.forbundId, deltagare.id);
    await recordAudit(tx, {
      forbundId: ctx.forbundId,
      userId: ctx.userId,
      action: "deltagare.radera",
      entity: "Deltagare",
      entityId: deltagare.id,
      details: { orsak: "begaran", ...result },
    });
    return { deltagareId: deltagare.id, ...result };
  });
}
