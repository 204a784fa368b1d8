import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { SetKvalitativStatusInput } from "@/lib/validation/malsattning";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { fromIsoDate, todayIso } from "@/lib/server/dates";

/** A qualitative target's status is a person's dated judgement, kept as history. */
export async function setKvalitativStatus(ctx: TenantContext, insatsId: string, malsattningId: string, input: SetKvalitativStatusInput): Promise<{ id: string }> {
  if (input.datum > todayIso()) throw new ValidationError("Kontrollera de markerade fälten.", { datum: ["Datumet kan inte vara i framtiden"] });
  return withTenantTx(ctx.forbundId, async (tx) => {
    const mal = await tx.malsattning.findFirst({ where: { id: malsattningId, insatsId, forbundId: ctx.forbundId }, select: { typ: true } });
    if (!mal) throw new NotFoundError("Målet");
    if (mal.typ !== "KVALITATIV") throw new ValidationError("Status sätts bara för kvalitativa mål – andra mål beräknas från registrerade uppgifter.");
    const row = await tx.malsattningStatus.create({
      data: { forbundId: ctx.forbundId, malsattningId, status: input.status, kommentar: input.kommentar, datum: fromIsoDate(input.datum), userId: ctx.userId },
      select: { id: true },
    });
    await tx.malsattning.updateMany({ where: { id: malsattningId, forbundId: ctx.forbundId }, data: { kvalitativStatus: input.status, version: { increment: 1 } } });
    await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action: "malsattning.status", entity: "Malsattning", entityId: malsattningId, details: { status: input.status } });
    return row;
  });
}
