import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fromIsoDate, todayIso } from "@/lib/server/dates";
import type { AterkallaSamtyckeInput } from "@/lib/validation/identitet";
import { loadInsatsForDeltagare } from "./load-insats-for-deltagare";
import { withTenantTx } from "@/lib/server/tenant-tx";

export const ALREADY_WITHDRAWN = "Samtycket är redan återkallat";

/**
 * Withdrawn consent, as SUS handled it (DESIGN.md §5): the identity is erased,
 * the person's inskrivningar are flagged anonymiserad and go on as ANONYM, and
 * measurements, avslut and follow-ups stay so counts and outcomes do not change.
 */
export async function withdrawSamtycke(ctx: TenantContext, insatsId: string, inskrivningId: string, input: AterkallaSamtyckeInput) {
  return withTenantTx(ctx.forbundId, async (tx) => {
    await loadInsatsForDeltagare(ctx, insatsId, "write", tx);
    if (input.datum > todayIso()) throw new ValidationError("Kontrollera datumet.", { datum: ["Datumet kan inte ligga i framtiden"] });
    const inskrivning = await tx.inskrivning.findFirst({
      where: { id: inskrivningId, insatsId, forbundId: ctx.forbundId },
      select: { deltagareId: true, deltagare: { select: { kod: true, identitet: { select: { deltagareId: true } } } } },
    });
    if (!inskrivning) throw new NotFoundError("Inskrivningen");
    const { deltagareId } = inskrivning;
    const samtycke = await tx.samtycke.findFirst({
      where: { forbundId: ctx.forbundId, deltagareId, insatsId, aterkalladDatum: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, datum: true },
    });
    if (!samtycke && !inskrivning.deltagare.identitet) throw new ConflictError(ALREADY_WITHDRAWN);
    if (samtycke && fromIsoDate(input.datum) < samtycke.datum) {
      throw new ValidationError("Kontrollera datumet.", { datum: ["Samtycket kan inte återkallas före det datum det lämnades"] });
    }
    if (samtycke) {
      await tx.samtycke.update({
        where: { forbundId_id: { forbundId: ctx.forbundId, id: samtycke.id } },
        data: { aterkalladDatum: fromIsoDate(input.datum), aterkalladAvId: ctx.userId },
      });
    }
    // Identity is one per person in the förbund: once consent is gone it is gone everywhere.
    const erased = await tx.deltagareIdentitet.deleteMany({ where: { forbundId: ctx.forbundId, deltagareId } });
    const flagged = await tx.inskrivning.updateMany({
      where: { forbundId: ctx.forbundId, deltagareId, anonymiserad: false },
      data: { anonymiserad: true, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      forbundId: ctx.forbundId,
      userId: ctx.userId,
      action: "samtycke.aterkalla",
      entity: "Deltagare",
      entityId: deltagareId,
      details: { insatsId, inskrivningId, kod: inskrivning.deltagare.kod, datum: input.datum, identitetRaderad: erased.count > 0, anonymiseradeInskrivningar: flagged.count },
    });
    return { deltagareId, anonymiseradeInskrivningar: flagged.count };
  });
}
