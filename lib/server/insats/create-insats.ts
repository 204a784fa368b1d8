import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { CreateInsatsInput } from "@/lib/validation/insats";
import { ConflictError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fromIsoDate, fromIsoDateOrNull } from "@/lib/server/dates";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { assertMedlemmar } from "./assert-medlemmar";
import { withTenantTx } from "@/lib/server/tenant-tx";

export const DUPLICATE_NAME = "Det finns redan en insats med det namnet i förbundet";

export async function createInsats(ctx: TenantContext, input: CreateInsatsInput): Promise<{ id: string; version: number }> {
  try {
    return await withTenantTx(ctx.forbundId, async (tx) => {
      await assertMedlemmar(tx, ctx, { utforareMedlemId: input.utforareMedlemId, puaMedlemId: input.puaMedlemId });
      const insats = await tx.insats.create({
        data: {
          forbundId: ctx.forbundId,
          namn: input.namn,
          insatstyp: input.insatstyp,
          status: input.status,
          matningsmetod: input.matningsmetod,
          esfFinansierad: input.esfFinansierad,
          startdatum: fromIsoDate(input.startdatum),
          slutdatum: fromIsoDateOrNull(input.slutdatum),
          malgrupp: input.malgrupp,
          syfte: input.syfte,
          preciseradInriktning: input.preciseradInriktning,
          utforareMedlemId: input.utforareMedlemId ?? null,
          puaMedlemId: input.matningsmetod === "PERSONUPPGIFTER" ? (input.puaMedlemId ?? null) : null,
          bitradesavtalDatum: input.matningsmetod === "PERSONUPPGIFTER" ? fromIsoDateOrNull(input.bitradesavtalDatum) : null,
          kontaktperson: input.kontaktperson,
          kontaktEpost: input.kontaktEpost ?? null,
          planeradeDeltagare: input.planeradeDeltagare ?? null,
          planeradeDeltagarePer: input.planeradeDeltagarePer,
        },
        select: { id: true, version: true },
      });
      await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action: "insats.create", entity: "Insats", entityId: insats.id, details: { namn: input.namn } });
      return insats;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(DUPLICATE_NAME, { namn: [DUPLICATE_NAME] });
    throw error;
  }
}
