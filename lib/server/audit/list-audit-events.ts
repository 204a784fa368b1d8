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
  const raderade = await erasedDeltagare(tx, events, forbundId);
  return events.map((e) => ({
    id: e.id.toString(),
    createdAt: e.createdAt.toISOString(),
    vem: e.userId ? (labels.get(e.userId) ?? e.userId) : (((e.details as { email?: string } | null)?.email as string | undefined) ?? "–"),
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    ip: e.ip,
    details: JSON.stringify(utanRaderadKod(e, raderade) ?? {}),
  }));
}

type AuditDetails = { deltagareId?: unknown; kod?: unknown };

/** The deltagare a row is about: the entity itself, or details.deltagareId (inskrivning.create). */
function deltagareIdOf(e: { entity: string | null; entityId: string | null; details: unknown }): string | null {
  if (e.entity === "Deltagare" && e.entityId) return e.entityId;
  const id = (e.details as AuditDetails | null)?.deltagareId;
  return typeof id === "string" ? id : null;
}

/** Which of the rows' deltagare have had their personuppgifter erased. */
async function erasedDeltagare(tx: Tx, events: { entity: string | null; entityId: string | null; details: unknown }[], forbundId: string): Promise<Set<string>> {
  const ids = [...new Set(events.map(deltagareIdOf).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Set();
  const rows = await tx.deltagare.findMany({ where: { forbundId, id: { in: ids }, raderadAt: { not: null } }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

/**
 * Erasure replaces a deltagare's code because the old one is written on paper
 * folders and lists (docs/decisions/009). Older rows (registration, reveal,
 * withdrawn consent) hold that code in their details and the log is
 * append-only, so the log shows it as erased instead of handing the way back
 * to the person to whoever reads or exports the log.
 */
function utanRaderadKod(e: { entity: string | null; entityId: string | null; details: unknown }, raderade: Set<string>): unknown {
  const id = deltagareIdOf(e);
  const d = e.details as AuditDetails | null;
  if (!id || !raderade.has(id) || !d || typeof d !== "object" || !("kod" in d)) return e.details;
  return { ...d, kod: "(raderad)" };
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
