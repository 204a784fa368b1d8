import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";

/** The förbund's active vägledare, who can be assigned to an insats. */
export async function listVagledareKandidater(ctx: TenantContext): Promise<{ id: string; namn: string; email: string }[]> {
  const rows = await db.membership.findMany({
    where: { forbundId: ctx.forbundId, role: "VAGLEDARE", user: { aktiv: true } },
    select: { user: { select: { id: true, namn: true, email: true } } },
    orderBy: { user: { namn: "asc" } },
  });
  return rows.map((r) => r.user);
}
