import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";

export type ErasureResult = {
  identitetRaderad: boolean;
  anonymiseradeInskrivningar: number;
  rensadeFritexter: number;
};

/**
 * Erases what identifies one deltagare and keeps what statistics need
 * (docs/decisions/009-gdpr-radering-och-gallring.md):
 *
 * - gone: the identity row (name, personnummer, telefon, e-post), the local
 *   code (replaced by a random "RADERAD-…" code, so a paper folder or an old
 *   list no longer leads here), the free text of follow-ups, plan goals,
 *   the consent's scope and free-text enkät answers tied to an inskrivning;
 * - kept: kön, födelseår, inskrivning dates and SUS codes, measurements and
 *   follow-up status, so every count and share stays true.
 *
 * Runs on the caller's tenant transaction (withTenantTx) so the erasure and
 * its audit row commit together. The caller checks `raderadAt` first; calling
 * it twice is harmless (it finds nothing left to erase).
 */
export async function erasePersonuppgifter(tx: Tx, forbundId: string, deltagareId: string, now: Date = new Date()): Promise<ErasureResult> {
  const identitet = await tx.deltagareIdentitet.deleteMany({ where: { forbundId, deltagareId } });
  await tx.deltagare.update({
    where: { forbundId_id: { forbundId, id: deltagareId } },
    data: { kod: `RADERAD-${randomBytes(5).toString("hex").toUpperCase()}`, raderadAt: now, version: { increment: 1 } },
  });
  const inskrivningar = await tx.inskrivning.findMany({ where: { forbundId, deltagareId }, select: { id: true } });
  const inskrivningIds = inskrivningar.map((i) => i.id);
  const flagged = await tx.inskrivning.updateMany({
    where: { forbundId, deltagareId, anonymiserad: false },
    data: { anonymiserad: true, version: { increment: 1 } },
  });
  const kommentarer = await tx.uppfoljning.updateMany({ where: { forbundId, inskrivningId: { in: inskrivningIds }, kommentar: { not: "" } }, data: { kommentar: "" } });
  const planMal = await tx.planMal.updateMany({
    where: { forbundId, plan: { inskrivningId: { in: inskrivningIds } }, beskrivning: { not: "" } },
    data: { beskrivning: "" },
  });
  const samtycken = await tx.samtycke.updateMany({ where: { forbundId, deltagareId, omfattning: { not: "" } }, data: { omfattning: "" } });
  // Free-text answers to an enkät through a link tied to one of the inskrivningar.
  // Blanked, not nulled: the answer still counts as given.
  const enkatText = await tx.enkatSvarRad.updateMany({
    where: { forbundId, svar: { inskrivningId: { in: inskrivningIds } }, text: { not: "" } },
    data: { text: "" },
  });
  return {
    identitetRaderad: identitet.count > 0,
    anonymiseradeInskrivningar: flagged.count,
    rensadeFritexter: kommentarer.count + planMal.count + samtycken.count + enkatText.count,
  };
}
