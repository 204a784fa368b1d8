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

/** Deltagare erased per transaction: a large backlog commits in parts instead of one long transaction. */
const BATCH = 200;

/**
 * Retention for one förbund (DESIGN.md §5): every deltagare not yet erased
 * whose every inskrivning ended before the boundary gets the same erasure as
 * a request (erasePersonuppgifter). Each batch is one tenant transaction (RLS
 * applies) with its audit row, so what was erased is always logged with it.
 * Idempotent: erased deltagare carry raderadAt and are never picked again; a
 * run that finds nobody writes nothing, so a second run changes nothing.
 */
export async function gallraForbund(forbundId: string, options: { idag?: string; torrkorning?: boolean } = {}): Promise<GallringResultat> {
  const idag = options.idag ?? todayIso();
  const torrkorning = options.torrkorning ?? false;
  const period = await withTenantTx(forbundId, (tx) => tx.forbund.findUniqueOrThrow({ where: { id: forbundId }, select: { gallringManader: true } }));
  const grans = gallringsgrans(idag, period.gallringManader);
  const result = { forbundId, gallringManader: period.gallringManader, grans, torrkorning };

  if (torrkorning) {
    const ids = await withTenantTx(forbundId, (tx) => dueDeltagare(tx, forbundId, grans));
    return { ...result, raderade: ids.length };
  }
  let raderade = 0;
  for (;;) {
    const erased = await withTenantTx(
      forbundId,
      async (tx) => {
        const ids = await dueDeltagare(tx, forbundId, grans, BATCH);
        for (const id of ids) await erasePersonuppgifter(tx, forbundId, id);
        if (ids.length > 0) {
          await recordAudit(tx, {
            forbundId,
            userId: null,
            action: "gallring.kor",
            entity: "Forbund",
            entityId: forbundId,
            details: { gallringManader: period.gallringManader, grans, raderade: ids.length, deltagare: ids },
          });
        }
        return ids.length;
      },
      { timeoutMs: 120_000 },
    );
    raderade += erased;
    if (erased < BATCH) break;
  }
  return { ...result, raderade };
}

/** Deltagare not yet erased whose every inskrivning ended before `grans` (lib/domain/gallring). */
async function dueDeltagare(tx: Tx, forbundId: string, grans: string, take?: number): Promise<string[]> {
  const gransDatum = new Date(`${grans}T00:00:00Z`);
  const candidates = await tx.deltagare.findMany({
    where: {
      forbundId,
      raderadAt: null,
      inskrivningar: { some: {}, none: { OR: [{ avslutsdatum: null }, { avslutsdatum: { gte: gransDatum } }] } },
    },
    select: { id: true, inskrivningar: { select: { avslutsdatum: true } } },
    orderBy: { id: "asc" },
    ...(take ? { take } : {}),
  });
  // The query and the pure rule say the same; the rule is the definition, so it has the last word.
  return candidates.filter((d) => arGallringsbar(d.inskrivningar.map((i) => toIsoDateOrNull(i.avslutsdatum)), grans)).map((d) => d.id);
}
