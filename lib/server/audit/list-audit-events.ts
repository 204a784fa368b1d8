import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { AuditFilter } from "@/lib/validation/audit";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { auditWhere } from "./audit-where";

export const AUDIT_PAGE_SIZE = 50;

export type AuditEventRow = {
  id: string;
  createdAt: string;
  vem: string;
  action: string;
  entity: string | null;
  entityId: string | null;
  ip: string | null;
  details: string;
};

/** Names who did it: a user by name and e-mail, an API key by its name, else the raw id. */
export async function whoLabels(tx: Tx, userIds: (string | null)[], forbundId: string): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((u): u is string => Boolean(u)))];
  const keyIds = ids.filter((u) => u.startsWith("apinyckel:")).map((u) => u.slice("apinyckel:".length));
  const [people, keys] = await Promise.all([
    tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, namn: true, email: true } }),
    tx.apiNyckel.findMany({ where: { forbundId, id: { in: keyIds } }, select: { id: true, namn: true, prefix: true } }),
  ]);
  const labels = new Map<string, string>();
  for (const p of people) labels.set(p.id, `${p.namn} <${p.email}>`);
  for (const k of keys) labels.set(`apinyckel:${k.id}`, `API-nyckel ${k.namn} (${k.prefix}…)`);
  return labels;
}

export async function toAuditRows(
  tx: Tx,
  events: { id: bigint; createdAt: Date; userId: string | null; action: string; entity: string | null; entityId: string | null; ip: string | null; details: unknown }[],
  forbundId: string,
): Promise<AuditEventRow[]> {
  const labels = await whoLabels(tx, events.map((e) => e.userId), forbundId);
  return events.map((e) => ({
    id: e.id.toString(),
    createdAt: e.createdAt.toISOString(),
    vem: e.userId ? (labels.get(e.userId) ?? e.userId) : (((e.details as { email?: string } | null)?.email as string | undefined) ?? "–"),
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    ip: e.ip,
    details: JSON.stringify(e.details ?? {}),
  }));
}

/** One page of the förbund's audit log, newest first, with the total for the pager. */
export async function listAuditEvents(ctx: TenantContext, filter: AuditFilter): Promise<{ rows: AuditEventRow[]; total: number; page: number; pageCount: number }> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const where = await auditWhere(tx, ctx, filter);
    const total = await tx.auditEvent.count({ where });
    const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
    const page = Math.min(filter.sida, pageCount);
    const events = await tx.auditEvent.findMany({ where, orderBy: { id: "desc" }, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE });
    return { rows: await toAuditRows(tx, events, ctx.forbundId), total, page, pageCount };
  });
}
