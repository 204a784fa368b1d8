import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { canSeeInsatsDeltagare, canWriteInsatsDeltagare } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { withTenantTx } from "@/lib/server/tenant-tx";

export const NOT_ASSIGNED = "Du är inte vägledare i den här insatsen";

/**
 * The insats whose participants are asked for, after the participant rules:
 * missing or another förbund's → 404; a role or vägledare not allowed → 403.
 * "write" means registering deltagare, recording or withdrawing consent.
 * Reads on the caller's tenant transaction `client` when given, else in its own.
 */
export async function loadInsatsForDeltagare(ctx: TenantContext, insatsId: string, mode: "read" | "write", client?: Pick<Tx, "insats">) {
  const find = (c: Pick<Tx, "insats">) => c.insats.findFirst({
    where: { id: insatsId, forbundId: ctx.forbundId },
    select: {
      id: true,
      namn: true,
      matningsmetod: true,
      puaMedlemId: true,
      pua: { select: { namn: true } },
      startdatum: true,
      slutdatum: true,
      grupper: { select: { id: true, namn: true }, orderBy: { startdatum: "asc" } },
    },
  });
  const insats = await (client ? find(client) : withTenantTx(ctx.forbundId, find));
  if (!insats) throw new NotFoundError("Insatsen");
  const allowed = mode === "read" ? canSeeInsatsDeltagare(ctx, insatsId) : canWriteInsatsDeltagare(ctx, insatsId);
  if (!allowed) throw new ForbiddenError(ctx.roll === "VAGLEDARE" ? NOT_ASSIGNED : undefined);
  return insats;
}

export type InsatsForDeltagare = Awaited<ReturnType<typeof loadInsatsForDeltagare>>;
