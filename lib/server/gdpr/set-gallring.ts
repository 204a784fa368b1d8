import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { can } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";
import type { GallringInput } from "@/lib/validation/gdpr";

/** The förbund's retention period in months after the last avslut; audited with old and new value. */
export async function setGallring(ctx: TenantContext, input: GallringInput): Promise<{ gallringManader: number }> {
  if (!can(ctx.roll, "admin:gallring")) throw new ForbiddenError();
  return withTenantTx(ctx.forbundId, async (tx) => {
    const before = await tx.forbund.findUniqueOrThrow({ where: { id: ctx.forbundId }, select: { gallringManader: true } });
    if (before.gallringManader === input.gallringManader) return { gallringManader: before.gallringManader };
    await tx.forbund.update({ where: { id: ctx.forbundId }, data: { gallringManader: input.gallringManader } });
    await recordAudit(tx, {
      forbundId: ctx.forbundId,
      userId: ctx.userId,
      action: "forbund.gallring",
      entity: "Forbund",
      entityId: ctx.forbundId,
      details: { fran: before.gallringManader, till: input.gallringManader },
    });
    return { gallringManader: input.gallringManader };
  });
}
