import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { Roll } from "@/lib/auth/permissions";
import { withTenantTx } from "@/lib/server/tenant-tx";

export type ApiNyckelListItem = {
  id: string;
  namn: string;
  roll: Roll;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  createdByNamn: string | null;
};

/** The förbund's keys, newest first. Never the hash. */
export async function listApiNycklar(ctx: TenantContext): Promise<ApiNyckelListItem[]> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const rows = await tx.apiNyckel.findMany({
      where: { forbundId: ctx.forbundId },
      orderBy: { createdAt: "desc" },
      select: { id: true, namn: true, roll: true, prefix: true, createdAt: true, expiresAt: true, revokedAt: true, lastUsedAt: true, createdById: true },
    });
    const creators = await tx.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.createdById))] } }, select: { id: true, namn: true } });
    const namn = new Map(creators.map((u) => [u.id, u.namn]));
    const iso = (d: Date | null) => d?.toISOString() ?? null;
    return rows.map((r) => ({
      id: r.id,
      namn: r.namn,
      roll: r.roll,
      prefix: r.prefix,
      createdAt: r.createdAt.toISOString(),
      expiresAt: iso(r.expiresAt),
      revokedAt: iso(r.revokedAt),
      lastUsedAt: iso(r.lastUsedAt),
      createdByNamn: namn.get(r.createdById) ?? null,
    }));
  });
}
