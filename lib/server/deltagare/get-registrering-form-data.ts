import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { toIsoDate, toIsoDateOrNull, todayIso } from "@/lib/server/dates";
import { loadInsatsForDeltagare } from "./load-insats-for-deltagare";
import { withTenantTx } from "@/lib/server/tenant-tx";

/**
 * What the registration form of one insats needs: its method, period and
 * groups, and the spår and kommuner already used (offered as suggestions so
 * the same value is spelled the same way).
 */
export async function getRegistreringFormData(ctx: TenantContext, insatsId: string) {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const insats = await loadInsatsForDeltagare(ctx, insatsId, "write", tx);
    const [spar, kommuner] = await Promise.all([
      tx.inskrivning.findMany({ where: { forbundId: ctx.forbundId, insatsId, spar: { not: null } }, distinct: ["spar"], select: { spar: true }, take: 50 }),
      tx.inskrivning.findMany({
        where: { forbundId: ctx.forbundId, folkbokforingskommun: { not: null } },
        distinct: ["folkbokforingskommun"],
        select: { folkbokforingskommun: true },
        take: 100,
      }),
    ]);
    return {
      insats: {
        id: insats.id,
        namn: insats.namn,
        matningsmetod: insats.matningsmetod,
        pua: insats.pua?.namn ?? null,
        startdatum: toIsoDate(insats.startdatum),
        slutdatum: toIsoDateOrNull(insats.slutdatum),
      },
      grupper: insats.grupper,
      sparForslag: spar.map((s) => s.spar!).sort((x, y) => x.localeCompare(y, "sv")),
      kommunForslag: kommuner.map((k) => k.folkbokforingskommun!).sort((x, y) => x.localeCompare(y, "sv")),
      today: todayIso(),
    };
  });
}

export type RegistreringFormData = Awaited<ReturnType<typeof getRegistreringFormData>>;
