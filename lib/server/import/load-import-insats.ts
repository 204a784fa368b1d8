import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { ImportMetod } from "@/lib/domain/import/kolumner";
import type { MatvariabelGranser } from "@/lib/domain/matning-varde";
import { loadInsatsForDeltagare } from "@/lib/server/deltagare/load-insats-for-deltagare";
import { MSG } from "@/lib/server/deltagare/register-inskrivning";
import { toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
import { inTenantTx } from "@/lib/server/tenant-tx";

export type ImportInsats = {
  id: string;
  namn: string;
  metod: ImportMetod;
  startdatum: string;
  slutdatum: string | null;
  grupper: { id: string; namn: string }[];
  matvariabler: (MatvariabelGranser & { id: string })[];
};

/**
 * The insats an import goes into, after the same participant rules as a
 * single registration (404 for another förbund's or a missing insats, 403 for
 * an unassigned vägledare), and what the file is checked against: the
 * förbund's active Matvariabler and the insats's grupper. A VOLYM insats keeps
 * counts only, so it takes no rows. Reads on the caller's tenant transaction
 * `tx` when given, else in its own.
 */
export async function loadImportInsats(ctx: TenantContext, insatsId: string, tx?: Tx): Promise<ImportInsats> {
  return inTenantTx(ctx, tx, async (client) => {
    const insats = await loadInsatsForDeltagare(ctx, insatsId, "write", client);
    if (insats.matningsmetod === "VOLYM") throw new ValidationError(`${MSG.volym}. Import av deltagarrader går inte för den här insatsen.`);
    if (insats.matningsmetod === "PERSONUPPGIFTER" && !insats.puaMedlemId) throw new ConflictError(MSG.saknarPua);
    const matvariabler = await client.matvariabel.findMany({
      where: { forbundId: ctx.forbundId, aktiv: true },
      select: { id: true, kod: true, namn: true, typ: true, min: true, max: true },
      orderBy: { kod: "asc" },
    });
    return {
      id: insats.id,
      namn: insats.namn,
      metod: insats.matningsmetod,
      startdatum: toIsoDate(insats.startdatum),
      slutdatum: toIsoDateOrNull(insats.slutdatum),
      grupper: insats.grupper,
      matvariabler,
    };
  });
}
