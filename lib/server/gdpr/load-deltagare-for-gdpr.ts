import "server-only";
import { deltagareGrundSelect } from "@/lib/server/deltagare/deltagare-select";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { canSeeInsatsDeltagare, canWriteInsatsDeltagare } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";

/**
 * One deltagare for a GDPR request, on the caller's tenant transaction. A
 * person the caller cannot see in any insats is "not found", exactly like a
 * missing id or one of another förbund. "write" (a correction) needs an insats
 * where the caller may register deltagare.
 */
export async function loadDeltagareForGdpr(tx: Tx, ctx: TenantContext, deltagareId: string, mode: "read" | "write") {
  const deltagare = await tx.deltagare.findFirst({
    where: { id: deltagareId, forbundId: ctx.forbundId },
    select: {
      ...deltagareGrundSelect,
      raderadAt: true,
      version: true,
      createdAt: true,
      inskrivningar: { select: { insatsId: true } },
    },
  });
  const insatsIds = deltagare?.inskrivningar.map((i) => i.insatsId) ?? [];
  const allowed = mode === "read" ? insatsIds.some((id) => canSeeInsatsDeltagare(ctx, id)) : insatsIds.some((id) => canWriteInsatsDeltagare(ctx, id));
  if (!deltagare || !allowed) throw new NotFoundError("Deltagaren");
  return deltagare;
}
