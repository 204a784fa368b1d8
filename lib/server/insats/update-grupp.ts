import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { UpdateGruppInput } from "@/lib/validation/insats-delar";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { gruppUtanforPeriod, gruppUtanforPeriodMeddelande } from "@/lib/domain/insats/grupp-period";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fromIsoDate, toIsoDate } from "@/lib/server/dates";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { findInsatsPeriod } from "./find-insats-period";
import { withTenantTx } from "@/lib/server/tenant-tx";

const DUPLICATE = "Insatsen har redan en grupp med det namnet";

export async function updateGrupp(ctx: TenantContext, insatsId: string, gruppId: string, input: UpdateGruppInput): Promise<{ id: string }> {
  try {
    return await withTenantTx(ctx.forbundId, async (tx) => {
      const insats = await findInsatsPeriod(tx, ctx, insatsId);
      const current = await tx.grupp.findFirst({ where: { id: gruppId, insatsId, forbundId: ctx.forbundId } });
      if (!current) throw new NotFoundError("Gruppen");
      const next = { startdatum: input.startdatum ?? toIsoDate(current.startdatum), veckor: input.veckor ?? current.veckor };
      const fel = gruppUtanforPeriod(next, insats);
      if (fel) throw new ValidationError("Kontrollera de markerade fälten.", { [fel.falt]: [gruppUtanforPeriodMeddelande(insats, fel.gruppSlut)] });
      await tx.grupp.update({
        where: { forbundId_id: { forbundId: ctx.forbundId, id: gruppId } },
        data: {
          ...(input.namn !== undefined ? { namn: input.namn } : {}),
          ...(input.startdatum !== undefined ? { startdatum: fromIsoDate(input.startdatum) } : {}),
          ...(input.veckor !== undefined ? { veckor: input.veckor } : {}),
          ...(input.planeradStorlek !== undefined ? { planeradStorlek: input.planeradStorlek } : {}),
        },
      });
      await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action: "grupp.update", entity: "Grupp", entityId: gruppId, details: { insatsId, fields: Object.keys(input) } });
      return { id: gruppId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(DUPLICATE, { namn: [DUPLICATE] });
    throw error;
  }
}
