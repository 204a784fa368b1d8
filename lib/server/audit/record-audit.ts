import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";

export type AuditInput = {
  action: string;
  forbundId?: string | null;
  userId?: string | null;
  entity?: string;
  entityId?: string;
  details?: Prisma.InputJsonValue;
  ip?: string | null;
};

type AuditWriter = Pick<Tx, "auditEvent">;

/**
 * Writes one audit row. Call it with the same transaction client as the change
 * it records: a change to records about people leaves a trace or does not happen.
 */
export async function recordAudit(client: AuditWriter, input: AuditInput): Promise<void> {
  await client.auditEvent.create({
    data: {
      action: input.action,
      forbundId: input.forbundId ?? null,
      userId: input.userId ?? null,
      entity: input.entity ?? null,
      entityId: input.entityId ?? null,
      details: input.details ?? {},
      ip: input.ip ?? null,
    },
  });
}
