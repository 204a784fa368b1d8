import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { toIsoDate } from "@/lib/server/dates";
import { loadInsatsForDeltagare } from "./load-insats-for-deltagare";

/** The counts registered for a VOLYM insats, newest period first. */
export async function listVolym(ctx: TenantContext, insatsId: string) {
  await loadInsatsForDeltagare(ctx, insatsId, "read");
  const rows = await db.volymRegistrering.findMany({
    where: { forbundId: ctx.forbundId, insatsId },
    orderBy: [{ periodStart: "desc" }, { id: "asc" }],
  });
  return rows.map((r) => ({ id: r.id, periodStart: toIsoDate(r.periodStart), periodSlut: toIsoDate(r.periodSlut), kvinnor: r.kvinnor, man: r.man, kommentar: r.kommentar }));
}
