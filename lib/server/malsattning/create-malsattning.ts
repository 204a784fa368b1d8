import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { CreateMalsattningInput } from "@/lib/validation/malsattning";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { assertDefinitionFits } from "./assert-definition-fits";
import { malTyp } from "@/lib/domain/goals/definition";

export async function createMalsattning(ctx: TenantContext, insatsId: string, input: CreateMalsattningInput): Promise<{ id: string }> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const insats = await tx.insats.findFirst({ where: { id: insatsId, forbundId: ctx.forbundId }, select: { id: true } });
    if (!insats) throw new NotFoundError("Insatsen");
    await assertDefinitionFits(tx, ctx, insatsId, input.definition);
    const sortering = await tx.malsattning.count({ where: { forbundId: ctx.forbundId, insatsId } });
    const mal = await tx.malsattning.create({
      data: {
        forbundId: ctx.forbundId,
        insatsId,
        typ: malTyp(input.definition),
        kategori: input.kategori,
        text: input.text,
        definition: input.definition,
        sortering,
        kvalitativStatus: input.definition.typ === "KVALITATIV" ? "EJ_PABORJAT" : null,
      },
      select: { id: true },
    });
    await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action: "malsattning.create", entity: "Malsattning", entityId: mal.id, details: { insatsId } });
    return mal;
  });
}
