import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { CreateGruppInput } from "@/lib/validation/insats-delar";
import { ConflictError, ValidationError } from "@/lib/errors";
import { gruppUtanforPeriod, gruppUtanforPeriodMeddelande } from "@/lib/domain/insats/grupp-period";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fromIsoDate } from "@/lib/server/dates";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { findInsatsPeriod } from "./find-insats-period";
import { withTenantTx } from "@/lib/server/tenant-tx";

const DUPLICATE = "Insatsen har redan en grupp med det namnet";

export async function createGrupp(ctx: TenantContext, insatsId: string, input: CreateGruppInput): Promise<{ id: string }> {
  try {
    return await withTenantTx(ctx.forbundId, async (tx) => {
      const insats = await findInsatsPeriod(tx, ctx, insatsId);
      const fel = gruppUtanforPeriod(input, insats);
      if (fel) throw new ValidationError("Kontrollera de markerade fälten.", { [fel.falt]: [gruppUtanforPeriodMeddelande(insats, fel.gruppSlut)] });
      const grupp = await tx.grupp.create({
        data: {
          forbundId: ctx.forbundId,
          insatsId,
          namn: input.namn,
          startdatum: fromIsoDate(input.startdatum),
          veckor: input.veckor,
          planeradStorlek: input.planeradStorlek ?? null,
        },
        select: { id: true },
      });
      await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action: "grupp.create", entity: "Grupp", entityId: grupp.id, details: { insatsId } });
      return grupp;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(DUPLICATE, { namn: [DUPLICATE] });
    throw error;
  }
}
