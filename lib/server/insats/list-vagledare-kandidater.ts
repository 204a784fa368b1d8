import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { withTenantTx } from "@/lib/server/tenant-tx";

/** The förbund's active vägledare, who can be assigned to an insats. */
export async function listVagledareKandidater(ctx: TenantContext): Promise<{ id: string; namn: string; email: string }[]> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const rows = await tx.membership.findMany({
      where: { forbundId: ctx.forbundId, role: "VAGLEDARE", user: { aktiv: true } },
      select: { user: { select: { id: true, namn: true, email: true } } },
      orderBy: { user: { namn: "asc" } },
    });
    return rows.map((r) => r.user);
  });
}
