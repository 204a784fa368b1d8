import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fromIsoDate, toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
import type { VolymRegistreringInput } from "@/lib/validation/inskrivning-registrering";
import { loadInsatsForDeltagare } from "./load-insats-for-deltagare";
import { withTenantTx } from "@/lib/server/tenant-tx";

export const NOT_VOLYM = "Insatsen följer upp enskilda deltagare – registrera dem en och en";

/** Counts by kön for one period, for an insats under mätningsmetod VOLYM. */
export async function registerVolym(ctx: TenantContext, insatsId: string, input: VolymRegistreringInput): Promise<{ id: string }> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const insats = await loadInsatsForDeltagare(ctx, insatsId, "write", tx);
    if (insats.matningsmetod !== "VOLYM") throw new ValidationError(NOT_VOLYM);
    const [fran, till] = [toIsoDate(insats.startdatum), toIsoDateOrNull(insats.slutdatum)];
    const fieldErrors: Record<string, string[]> = {};
    if (input.periodStart < fran) fieldErrors.periodStart = [`Perioden kan inte börja före insatsens start (${fran})`];
    if (till && input.periodSlut > till) fieldErrors.periodSlut = [`Perioden kan inte sluta efter insatsens slut (${till})`];
    if (Object.keys(fieldErrors).length > 0) throw new ValidationError("Kontrollera de markerade fälten.", fieldErrors);
    const row = await tx.volymRegistrering.create({
      data: {
        forbundId: ctx.forbundId,
        insatsId,
        periodStart: fromIsoDate(input.periodStart),
        periodSlut: fromIsoDate(input.periodSlut),
        kvinnor: input.kvinnor,
        man: input.man,
        kommentar: input.kommentar,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      forbundId: ctx.forbundId,
      userId: ctx.userId,
      action: "volym.create",
      entity: "VolymRegistrering",
      entityId: row.id,
      details: { insatsId, periodStart: input.periodStart, periodSlut: input.periodSlut, kvinnor: input.kvinnor, man: input.man },
    });
    return row;
  });
}
