import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { UpdateMalsattningInput } from "@/lib/validation/malsattning";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { assertDefinitionFits } from "./assert-definition-fits";
import { malTyp } from "@/lib/domain/goals/definition";

export const STALE_MAL = "Målet har ändrats av någon annan sedan du öppnade det. Ladda om sidan och gör ändringen igen.";

export async function updateMalsattning(ctx: TenantContext, insatsId: string, malsattningId: string, input: UpdateMalsattningInput) {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const current = await tx.malsattning.findFirst({ where: { id: malsattningId, insatsId, forbundId: ctx.forbundId }, select: { typ: true, kvalitativStatus: true } });
    if (!current) throw new NotFoundError("Målet");
    await assertDefinitionFits(tx, ctx, insatsId, input.definition);
    const becomesKvalitativ = input.definition.typ === "KVALITATIV";
    const updated = await tx.malsattning.updateMany({
      where: { id: malsattningId, forbundId: ctx.forbundId, version: input.version },
      data: {
        typ: malTyp(input.definition),
        kategori: input.kategori,
        text: input.text,
        definition: input.definition,
        kvalitativStatus: becomesKvalitativ ? (current.kvalitativStatus ?? "EJ_PABORJAT") : null,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw new ConflictError(STALE_MAL);
    await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action: "malsattning.update", entity: "Malsattning", entityId: malsattningId, details: { insatsId } });
    return { id: malsattningId, version: input.version + 1 };
  });
}
