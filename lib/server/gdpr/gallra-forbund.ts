import "server-only";
import type { Tx } from "@/lib/db";
import { arGallringsbar, gallringsgrans } from "@/lib/domain/gallring";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { todayIso, toIsoDateOrNull } from "@/lib/server/dates";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { erasePersonuppgifter } from "./erase-personuppgifter";

export type GallringResultat = {
  forbundId: string;
  gallringManader: number;
  /** Inskrivningar that ended before this date are past the period. */
  grans: string;
  /** Deltagare whose personuppgifter were erased (or, in a dry run, would be). */
  raderade: number;
  torrkorning: boolean;
};

/**
 * Retention for one förbund (DESIGN.md §5): every deltagare not yet erased
 * whose every inskrivning ended before the boundary gets the same erasure as
 * a request (erasePersonuppgifter). One tenant transaction, so RLS applies and
 * the run's summary audit row commits with the erasures. Idempotent: erased
 * deltagare carry raderadAt and are never picked again, so a second run finds 0.
 */
export async function gallraForbund(forbundId: string, options: { idag?: string; torrkorning?: boolean } = {}): Promise<GallringResultat> {
  const idag = options.idag ?? todayIso();
  const torrkorning = options.torrkorning ?? false;
  return withTenantTx(
    forbundId,
    async (tx) => {
      const { gallringManader } = await tx.forbund.findUniqueOrThrow({ where: { id: forbundId }, select: { gallringManader: true } });
      const grans = gallringsgrans(idag, gallringManader);
      const ids = await dueDeltagare(tx, forbundId, grans);
      if (!torrkorning) {
        for (const id of ids) await erasePersonuppgifter(tx, forbundId, id);
      }
      // Audited when it erased someone. A run that finds nobody writes nothing, so a
      // second run changes nothing at all; the scheduler's log keeps its summary line.
      if (!torrkorning && ids.length > 0) {
        await recordAudit(tx, {
          forbundId,
          userId: null,
          action: "gallring.kor",
          entity: "Forbund",
          entityId: forbundId,
          details: { gallringManader, grans, raderade: ids.length, deltagare: ids },
        });
      }
      return { forbundId, gallringManader, grans, raderade: ids.length, torrkorning };
    },
    { timeoutMs: 120_000 },
  );
}

/** Deltagare not yet erased whose every inskrivning ended before `grans` (lib/domain/gallring). */
async function dueDeltagare(tx: Tx, forbundId: string, grans: string): Promise<string[]> {
  // The database narrows to candidates (no open inskrivning, an ended one before the boundary);
  // the pure rule decides, so the boundary is defined in one place.
  const candidates = await tx.deltagare.findMany({
    where: {
      forbundId,
      raderadAt: null,
      inskrivningar: { some: { avslutsdatum: { lt: new Date(`${grans}T00:00:00Z`) } }, none: { avslutsdatum: null } },
    },
    select: { id: true, inskrivningar: { select: { avslutsdatum: true } } },
    orderBy: { id: "asc" },
  });
  return candidates.filter((d) => arGallringsbar(d.inskrivningar.map((i) => toIsoDateOrNull(i.avslutsdatum)), grans)).map((d) => d.id);
}
