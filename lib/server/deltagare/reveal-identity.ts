import "server-only";
import { identitetSelect } from "./deltagare-select";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { can } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { readIdentity, type ReadIdentity } from "@/lib/identity/identity-fields";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { RevealIdentityInput } from "@/lib/validation/identitet";
import { loadInsatsForDeltagare } from "./load-insats-for-deltagare";
import { withTenantTx } from "@/lib/server/tenant-tx";

/**
 * A processledare reveals one identity on purpose (DESIGN.md §5). The audit
 * row (who, when, why) is written in the same transaction as the read, so no
 * identity leaves without its trace. The result is shown once, never stored.
 */
export async function revealIdentity(ctx: TenantContext, insatsId: string, inskrivningId: string, input: RevealIdentityInput): Promise<ReadIdentity> {
  if (!can(ctx.roll, "identitet:reveal")) throw new ForbiddenError();
  return withTenantTx(ctx.forbundId, async (tx) => {
    const insats = await loadInsatsForDeltagare(ctx, insatsId, "read", tx);
    const inskrivning = await tx.inskrivning.findFirst({
      where: { id: inskrivningId, insatsId, forbundId: ctx.forbundId },
      select: { deltagareId: true, deltagare: { select: { kod: true, skyddadIdentitet: true, identitet: { select: identitetSelect } } } },
    });
    if (!inskrivning) throw new NotFoundError("Inskrivningen");
    const identitet = inskrivning.deltagare.identitet;
    if (!identitet || inskrivning.deltagare.skyddadIdentitet || insats.matningsmetod !== "PERSONUPPGIFTER") {
      throw new NotFoundError("Identiteten");
    }
    await recordAudit(tx, {
      forbundId: ctx.forbundId,
      userId: ctx.userId,
      action: "identitet.reveal",
      entity: "Deltagare",
      entityId: inskrivning.deltagareId,
      details: { insatsId, inskrivningId, kod: inskrivning.deltagare.kod, skal: input.skal },
    });
    return readIdentity(identitet);
  });
}
