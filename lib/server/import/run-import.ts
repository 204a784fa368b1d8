import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { ConflictError, ValidationError } from "@/lib/errors";
import { FilFel, lasFil, type FilTyp } from "@/lib/domain/import/las-fil";
import { byggRapport, MAX_RADER, type ImportRapport } from "@/lib/domain/import/rapport";
import { valideraTabell } from "@/lib/domain/import/validera";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { todayIso } from "@/lib/server/dates";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { loadImportInsats, type ImportInsats } from "./load-import-insats";
import { planImport } from "./plan-import";
import { writeImport } from "./write-import";

export type ImportFil = { namn: string; typ: FilTyp; bytes: Uint8Array };

/** Long enough for the largest allowed file on a slow disk; the import is one transaction by design. */
const TRANSACTION_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Checks a file of deltagare and inskrivningar and — unless `dryRun` — writes
 * it: all rows in one transaction or none, with one audit row for the whole
 * import (file name and counts, no identities). Errors in the rows are
 * returned in the report, not thrown; an unreadable file, a VOLYM insats or
 * missing rights are thrown as AppErrors.
 */
export async function runImport(ctx: TenantContext, insatsId: string, fil: ImportFil, opts: { dryRun: boolean; today?: string }): Promise<ImportRapport> {
  const t0 = performance.now();
  const today = opts.today ?? todayIso();
  const insats = await loadImportInsats(ctx, insatsId);
  let tabell;
  try {
    tabell = await lasFil(fil.typ, fil.bytes);
  } catch (error) {
    if (error instanceof FilFel) throw new ValidationError(error.message);
    throw error;
  }
  if (tabell.length - 1 > MAX_RADER) throw new ValidationError(`Filen har ${tabell.length - 1} rader – högst ${MAX_RADER} rader per import. Dela upp filen.`);

  const v = valideraTabell(tabell, {
    metod: insats.metod,
    matvariabler: insats.matvariabler,
    grupper: insats.grupper.map((g) => g.namn),
    insatsStart: insats.startdatum,
    insatsSlut: insats.slutdatum,
    today,
  });
  const rapport = (a: { fel: typeof v.fel; sammanfattning: Parameters<typeof byggRapport>[0]["sammanfattning"]; sparad: boolean }) =>
    byggRapport({ filnamn: fil.namn, dryRun: opts.dryRun, antalRader: v.antalRader, tidMs: performance.now() - t0, ...a });

  if (v.fel.length > 0) return rapport({ fel: v.fel, sammanfattning: null, sparad: false });
  if (v.antalRader === 0) return rapport({ fel: [{ rad: 2, kolumn: null, meddelande: "Filen har inga datarader under rubrikraden" }], sammanfattning: null, sparad: false });

  if (opts.dryRun) {
    const { fel, plan } = await withTenantTx(ctx.forbundId, (tx) => planImport(tx, ctx, insats, v.rader), { timeoutMs: TRANSACTION_TIMEOUT_MS });
    return rapport({ fel, sammanfattning: plan.sammanfattning, sparad: false });
  }
  try {
    return await withTenantTx(
      ctx.forbundId,
      async (tx) => {
        // Looked up again inside the transaction: what was checked is what is written.
        const { fel, plan } = await planImport(tx, ctx, insats, v.rader);
        if (fel.length > 0) return rapport({ fel, sammanfattning: null, sparad: false });
        await writeImport(tx, ctx, insats, plan);
        await recordAudit(tx, {
          forbundId: ctx.forbundId,
          userId: ctx.userId,
          action: "deltagare.import",
          entity: "Insats",
          entityId: insats.id,
          details: { filnamn: fil.namn, filtyp: fil.typ, antalRader: v.antalRader, ...plan.sammanfattning },
        });
        return rapport({ fel: [], sammanfattning: plan.sammanfattning, sparad: true });
      },
      { timeoutMs: TRANSACTION_TIMEOUT_MS },
    );
  } catch (error) {
    // Someone registered the same person or code while the import ran: nothing was written.
    if (isUniqueViolation(error)) throw new ConflictError("Någon annan registrerade samma deltagare medan importen pågick – inget sparades. Försök igen.");
    throw error;
  }
}

export type { ImportInsats };
