import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { ValidationError } from "@/lib/errors";

/** Medlem ids sent by a client must belong to the caller's förbund. */
export async function assertMedlemmar(tx: Tx, ctx: TenantContext, fields: Record<string, string | null | undefined>): Promise<void> {
  const ids = Object.values(fields).filter((v): v is string => Boolean(v));
  if (ids.length === 0) return;
  const found = await tx.medlem.findMany({ where: { forbundId: ctx.forbundId, id: { in: ids } }, select: { id: true } });
  const known = new Set(found.map((m) => m.id));
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (value && !known.has(value)) fieldErrors[field] = ["Välj en medlem i förbundet"];
  }
  if (Object.keys(fieldErrors).length) throw new ValidationError("Kontrollera de markerade fälten.", fieldErrors);
}
