import "server-only";
import { deltagareGrundSelect } from "./deltagare-select";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { canSeeInsatsDeltagare } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { withTenantTx } from "@/lib/server/tenant-tx";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * One deltagare as the caller may see it: only inskrivningar in insatser the
 * caller can see. A deltagare with none of those is "not found", exactly like
 * a missing id or one from another förbund.
 */
export async function getDeltagare(ctx: TenantContext, deltagareId: string) {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const deltagare = await tx.deltagare.findFirst({
      where: { id: deltagareId, forbundId: ctx.forbundId },
      select: {
        ...deltagareGrundSelect,
        inskrivningar: {
          select: { id: true, insatsId: true, startdatum: true, avslutsdatum: true, avslutsorsak: true, insats: { select: { namn: true } } },
          orderBy: { startdatum: "desc" },
        },
      },
    });
    const visible = deltagare?.inskrivningar.filter((i) => canSeeInsatsDeltagare(ctx, i.insatsId)) ?? [];
    if (!deltagare || visible.length === 0) throw new NotFoundError("Deltagaren");
    return {
      id: deltagare.id,
      kod: deltagare.kod,
      kon: deltagare.kon,
      fodelsear: deltagare.fodelsear,
      skyddadIdentitet: deltagare.skyddadIdentitet,
      inskrivningar: visible.map((i) => ({
        id: i.id,
        insatsId: i.insatsId,
        insatsNamn: i.insats.namn,
        startdatum: iso(i.startdatum)!,
        avslutsdatum: iso(i.avslutsdatum),
        avslutsorsak: i.avslutsorsak,
      })),
    };
  });
}
