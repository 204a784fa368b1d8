import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { NotFoundError } from "@/lib/errors";
import { toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";

/** The insats a sub-record is written to, within the caller's förbund (else "not found"). */
export async function findInsatsPeriod(tx: Tx, ctx: TenantContext, insatsId: string) {
  const insats = await tx.insats.findFirst({ where: { id: insatsId, forbundId: ctx.forbundId }, select: { id: true, version: true, startdatum: true, slutdatum: true } });
  if (!insats) throw new NotFoundError("Insatsen");
  return { id: insats.id, version: insats.version, startdatum: toIsoDate(insats.startdatum), slutdatum: toIsoDateOrNull(insats.slutdatum) };
}
