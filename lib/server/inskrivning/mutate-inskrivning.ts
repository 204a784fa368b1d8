import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { Permission } from "@/lib/auth/permissions";
import type { Prisma } from "@/generated/prisma/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { assertInskrivningAccess } from "./assert-inskrivning-access";
import { withTenantTx } from "@/lib/server/tenant-tx";

export const STALE_INSKRIVNING =
  "Någon annan har ändrat inskrivningen sedan du öppnade den. Ladda om sidan och gör ändringen igen – inget av det du skrev har sparats.";

const currentSelect = {
  id: true,
  insatsId: true,
  deltagareId: true,
  startdatum: true,
  avslutsdatum: true,
  avslutsorsak: true,
  forsorjningAvslut: true,
  sysselsattningAvslut: true,
  version: true,
} as const;

export type CurrentInskrivning = Prisma.InskrivningGetPayload<{ select: typeof currentSelect }>;

type Change = { action: string; details: Prisma.InputJsonValue };

/**
 * The frame of every change to an inskrivning after registration: access, the
 * version the client read, then — in one transaction — the version bump first
 * (it takes the row lock, so of two concurrent saves exactly one wins), the
 * change itself and its audit row.
 */
export async function mutateInskrivning(
  ctx: TenantContext,
  ref: { insatsId: string; inskrivningId: string; version: number },
  permission: Permission,
  change: (tx: Tx, current: CurrentInskrivning) => Promise<Change>,
): Promise<{ id: string; version: number }> {
  assertInskrivningAccess(ctx, ref.insatsId, permission);
  return withTenantTx(ctx.forbundId, async (tx) => {
    const current = await tx.inskrivning.findFirst({
      where: { id: ref.inskrivningId, insatsId: ref.insatsId, forbundId: ctx.forbundId },
      select: currentSelect,
    });
    if (!current) throw new NotFoundError("Inskrivningen");
    if (current.version !== ref.version) throw new ConflictError(STALE_INSKRIVNING);
    const bumped = await tx.inskrivning.updateMany({
      where: { id: current.id, forbundId: ctx.forbundId, version: current.version },
      data: { version: { increment: 1 } },
    });
    // Another save got in between our read and our write.
    if (bumped.count === 0) throw new ConflictError(STALE_INSKRIVNING);
    const { action, details } = await change(tx, current);
    await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action, entity: "Inskrivning", entityId: current.id, details });
    return { id: current.id, version: current.version + 1 };
  });
}
