import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { toIsoDate } from "@/lib/server/dates";
import { loadInsatsForDeltagare } from "./load-insats-for-deltagare";
import { withTenantTx } from "@/lib/server/tenant-tx";

/** The counts registered for a VOLYM insats, newest period first. */
export async function listVolym(ctx: TenantContext, insatsId: string) {
  return withTenantTx(ctx.forbundId, async (tx) => {
    await loadInsatsForDeltagare(ctx, insatsId, "read", tx);
    const rows = await tx.volymRegistrering.findMany({
      where: { forbundId: ctx.forbundId, insatsId },
      orderBy: [{ periodStart: "desc" }, { id: "asc" }],
    });
    return rows.map((r) => ({ id: r.id, periodStart: toIsoDate(r.periodStart), periodSlut: toIsoDate(r.periodSlut), kvinnor: r.kvinnor, man: r.man, kommentar: r.kommentar }));
  });
}
