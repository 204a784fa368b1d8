import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { AuditFilter } from "@/lib/validation/audit";
import { nextIsoDay, stockholmMidnight } from "@/lib/server/stockholm-midnight";

/**
 * The rows an admin of this förbund may see: its own events, plus the
 * logins (which belong to no förbund) of its current members.
 */
export async function auditWhere(tx: Tx, ctx: TenantContext, filter: Omit<AuditFilter, "sida">): Promise<Prisma.AuditEventWhereInput> {
  const members = (await tx.membership.findMany({ where: { forbundId: ctx.forbundId }, select: { userId: true } })).map((m) => m.userId);
  const and: Prisma.AuditEventWhereInput[] = [{ OR: [{ forbundId: ctx.forbundId }, { forbundId: null, userId: { in: members } }] }];
  if (filter.vem) {
    const matching = await tx.user.findMany({
      where: { id: { in: members }, OR: [{ email: { contains: filter.vem, mode: "insensitive" } }, { namn: { contains: filter.vem, mode: "insensitive" } }] },
      select: { id: true },
    });
    and.push({ OR: [{ userId: { in: matching.map((u) => u.id) } }, { userId: filter.vem }] });
  }
  if (filter.handelse) and.push({ action: { startsWith: filter.handelse } });
  if (filter.objekt) and.push({ OR: [{ entity: { equals: filter.objekt, mode: "insensitive" } }, { entityId: filter.objekt }] });
  if (filter.fran) and.push({ createdAt: { gte: stockholmMidnight(filter.fran) } });
  if (filter.till) and.push({ createdAt: { lt: stockholmMidnight(nextIsoDay(filter.till)) } });
  return { AND: and };
}
