import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { ReopenInskrivningInput } from "@/lib/validation/inskrivning-handelser";
import { ConflictError } from "@/lib/errors";
import { toIsoDateOrNull } from "@/lib/server/dates";
import { mutateInskrivning } from "./mutate-inskrivning";

/**
 * Reopens an avslutad inskrivning (processledare, with a stated reason). The
 * avslut fields are cleared but kept in the audit row, so nothing is lost;
 * measurements and any follow-up stay and count again once it is avslutad anew.
 */
export async function reopenInskrivning(ctx: TenantContext, insatsId: string, inskrivningId: string, input: ReopenInskrivningInput) {
  return mutateInskrivning(ctx, { insatsId, inskrivningId, version: input.version }, "inskrivning:reopen", async (tx, current) => {
    if (current.avslutsdatum === null) throw new ConflictError("Inskrivningen är inte avslutad.");
    await tx.inskrivning.update({
      where: { forbundId_id: { forbundId: ctx.forbundId, id: current.id } },
      data: { avslutsdatum: null, avslutsorsak: null, forsorjningAvslut: [], sysselsattningAvslut: [] },
    });
    return {
      action: "inskrivning.ateroppna",
      details: {
        skal: input.skal,
        tidigare: {
          avslutsdatum: toIsoDateOrNull(current.avslutsdatum),
          avslutsorsak: current.avslutsorsak,
          forsorjningAvslut: current.forsorjningAvslut,
          sysselsattningAvslut: current.sysselsattningAvslut,
        },
      },
    };
  });
}
