import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { withTenantTx } from "@/lib/server/tenant-tx";

const MAX_INSKRIVNINGAR = 1000;

/**
 * What the link form offers this user for one enkät: the insatser they may
 * create links for (a vägledare only their own), and those insatser's
 * inskrivningar by deltagare code, for a link tied to one of them.
 */
export async function getLankVal(ctx: TenantContext, enkatInsatsIds: readonly string[]) {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const insatsFilter = enkatInsatsIds.length ? [...enkatInsatsIds] : undefined;
    const insatser = await tx.insats.findMany({
      where: {
        forbundId: ctx.forbundId,
        ...(ctx.roll === "VAGLEDARE" ? { id: { in: ctx.insatsIds.filter((id) => !insatsFilter || insatsFilter.includes(id)) } } : insatsFilter ? { id: { in: insatsFilter } } : {}),
      },
      select: { id: true, namn: true },
      orderBy: { namn: "asc" },
    });
    const inskrivningar = await tx.inskrivning.findMany({
      where: { forbundId: ctx.forbundId, insatsId: { in: insatser.map((i) => i.id) } },
      select: { id: true, insatsId: true, avslutsdatum: true, deltagare: { select: { kod: true } } },
      orderBy: [{ deltagare: { kod: "asc" } }],
      take: MAX_INSKRIVNINGAR,
    });
    return {
      insatser,
      inskrivningar: inskrivningar.map((i) => ({ id: i.id, insatsId: i.insatsId, kod: i.deltagare.kod, avslutad: i.avslutsdatum !== null })),
    };
  });
}

export type LankVal = Awaited<ReturnType<typeof getLankVal>>;
