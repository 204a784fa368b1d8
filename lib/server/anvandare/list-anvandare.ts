import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { Roll } from "@/lib/auth/permissions";
import { withTenantTx } from "@/lib/server/tenant-tx";

export type AnvandareListItem = { id: string; email: string; namn: string; roll: Roll; aktiv: boolean; medlemSedan: string };

/** The förbund's users. Memberships elsewhere are not shown: they belong to other förbund. */
export async function listAnvandare(ctx: TenantContext): Promise<AnvandareListItem[]> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const rows = await tx.membership.findMany({
      where: { forbundId: ctx.forbundId },
      select: { role: true, createdAt: true, user: { select: { id: true, email: true, namn: true, aktiv: true } } },
      orderBy: { user: { namn: "asc" } },
    });
    return rows.map((m) => ({ id: m.user.id, email: m.user.email, namn: m.user.namn, roll: m.role, aktiv: m.user.aktiv, medlemSedan: m.createdAt.toISOString() }));
  });
}
