import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { evaluateAll, type MalStatus } from "@/lib/domain/goals/evaluate";
import { todayIso } from "@/lib/server/dates";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { cachedPerInsats } from "@/lib/server/cache/cached-result";
import { loadEvalDataMany } from "./load-eval-data";
import { withManualStatus } from "./list-malsattningar-med-resultat";

export type MalStatusSummary = { total: number; perStatus: Partial<Record<MalStatus, number>> };

/**
 * How many targets of each insats of the förbund have each status — for the
 * insats list. The same engine and the same manual override as the insats
 * page; one query per table for the whole förbund; only counts leave here.
 */
export async function listMalStatusPerInsats(ctx: TenantContext, today = todayIso()): Promise<Record<string, MalStatusSummary>> {
  // Cached per insats and its data version (lib/server/cache): after a write only the changed insatser are evaluated again.
  const perInsats = await withTenantTx(ctx.forbundId, (tx) => cachedPerInsats(tx, ctx.forbundId, null, "malStatusPerInsats", [today], async (ids) => {
    const [data, malsattningar, forbund] = await Promise.all([
      loadEvalDataMany(ctx, ids, tx),
      tx.malsattning.findMany({ where: { forbundId: ctx.forbundId, insatsId: { in: ids } }, select: { id: true, insatsId: true, typ: true, definition: true, kvalitativStatus: true } }),
      tx.forbund.findUniqueOrThrow({ where: { id: ctx.forbundId }, select: { minCellStorlek: true } }),
    ]);
    const byInsats = new Map<string, typeof malsattningar>();
    for (const m of malsattningar) {
      const list = byInsats.get(m.insatsId);
      if (list) list.push(m);
      else byInsats.set(m.insatsId, [m]);
    }
    const out = new Map<string, MalStatusSummary>();
    for (const [insatsId, rows] of data) {
      const mal = byInsats.get(insatsId) ?? [];
      const summary: MalStatusSummary = { total: mal.length, perStatus: {} };
      const results = new Map(evaluateAll(mal, rows, { today, minUnderlag: forbund.minCellStorlek }).map((r) => [r.id, r.resultat]));
      for (const m of mal) {
        const status = withManualStatus(m, results.get(m.id)!).status;
        summary.perStatus[status] = (summary.perStatus[status] ?? 0) + 1;
      }
      out.set(insatsId, summary);
    }
    return out;
  }), { timeoutMs: 60_000 });
  return Object.fromEntries(perInsats);
}
