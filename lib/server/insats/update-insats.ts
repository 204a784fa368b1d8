import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { UpdateInsatsInput } from "@/lib/validation/insats";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fromIsoDate, fromIsoDateOrNull, toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { assertMedlemmar } from "./assert-medlemmar";
import { DUPLICATE_NAME } from "./create-insats";
import { withTenantTx } from "@/lib/server/tenant-tx";

export const STALE_VERSION = "Insatsen har ändrats av någon annan sedan du öppnade den. Ladda om sidan och gör ändringen igen.";

/**
 * Applies a partial change. With `version` the write only succeeds if nobody
 * changed the insats since the client read it (optimistic concurrency).
 */
export async function updateInsats(ctx: TenantContext, insatsId: string, input: UpdateInsatsInput): Promise<{ id: string; version: number }> {
  try {
    return await withTenantTx(ctx.forbundId, async (tx) => {
      const current = await tx.insats.findFirst({ where: { id: insatsId, forbundId: ctx.forbundId } });
      if (!current) throw new NotFoundError("Insatsen");
      if (input.version !== undefined && input.version !== current.version) throw new ConflictError(STALE_VERSION);

      const start = input.startdatum ?? toIsoDate(current.startdatum);
      const slut = input.slutdatum === undefined ? toIsoDateOrNull(current.slutdatum) : input.slutdatum;
      if (slut && slut < start) throw new ValidationError("Kontrollera de markerade fälten.", { slutdatum: ["Slutdatum kan inte vara före startdatum"] });
      if (current.matningsmetod === "PERSONUPPGIFTER") {
        const pua = input.puaMedlemId === undefined ? current.puaMedlemId : input.puaMedlemId;
        if (!pua) throw new ValidationError("Kontrollera de markerade fälten.", { puaMedlemId: ["Ange vilken medlem som är personuppgiftsansvarig"] });
      }
      await assertMedlemmar(tx, ctx, { utforareMedlemId: input.utforareMedlemId, puaMedlemId: input.puaMedlemId });

      const { version: _v, insatstyp: _t, matningsmetod: _m, esfFinansierad: _e, startdatum, slutdatum, bitradesavtalDatum, ...rest } = input;
      const updated = await tx.insats.updateMany({
        where: { id: insatsId, forbundId: ctx.forbundId, version: current.version },
        data: {
          ...rest,
          ...(startdatum !== undefined ? { startdatum: fromIsoDate(startdatum) } : {}),
          ...(slutdatum !== undefined ? { slutdatum: fromIsoDateOrNull(slutdatum) } : {}),
          ...(bitradesavtalDatum !== undefined ? { bitradesavtalDatum: fromIsoDateOrNull(bitradesavtalDatum) } : {}),
          version: { increment: 1 },
        },
      });
      // A concurrent writer got in between our read and write.
      if (updated.count === 0) throw new ConflictError(STALE_VERSION);
      const changed = Object.keys(input).filter((k) => k !== "version");
      await recordAudit(tx, { forbundId: ctx.forbundId, userId: ctx.userId, action: "insats.update", entity: "Insats", entityId: insatsId, details: { fields: changed } });
      return { id: insatsId, version: current.version + 1 };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(DUPLICATE_NAME, { namn: [DUPLICATE_NAME] });
    throw error;
  }
}
