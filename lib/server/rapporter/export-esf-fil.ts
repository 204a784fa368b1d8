import "server-only";
import { env } from "@/lib/env";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { decryptField, parseKey } from "@/lib/identity/crypto";
import { logger } from "@/lib/logger";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { fromIsoDate, toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
import { behoverPersonnummer, esfHandelser, esfIdentifiering, manadensDagar, type EsfInskrivning } from "@/lib/domain/rapporter/esf";
import { filnamnsdel } from "@/lib/domain/rapporter/filnamn";
import { esfArbetsbok, type EsfFilRad } from "./esf-arbetsbok";
import { withTenantTx } from "@/lib/server/tenant-tx";

export const ESF_SKAL = "ESF-deltagarfil till SCB";

/**
 * The monthly ESF participant file of one insats (DESIGN.md §4): who started
 * and who ended in the month, by personnummer. Only for an ESF-financed insats
 * under PERSONUPPGIFTER — no other insats keeps the identities SCB asks for.
 * Decrypting a personnummer for the file is a reveal (DESIGN.md §5): the export
 * and one reveal row per person are audited in one transaction before the file
 * is handed out, so a file never leaves without its trace.
 */
export async function exportEsfFil(ctx: TenantContext, insatsId: string, manad: string) {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const insats = await tx.insats.findFirst({
      where: { id: insatsId, forbundId: ctx.forbundId },
      select: { id: true, namn: true, esfFinansierad: true, matningsmetod: true },
    });
    if (!insats) throw new NotFoundError("Insatsen");
    if (!insats.esfFinansierad) throw new ValidationError("Insatsen är inte ESF-finansierad, så det finns ingen ESF-deltagarfil för den.");
    if (insats.matningsmetod !== "PERSONUPPGIFTER") {
      throw new ValidationError("ESF-deltagarfilen kräver personnummer, och insatsen följs inte upp med personuppgifter.");
    }

    const { fran, till } = manadensDagar(manad);
    const rader = await tx.inskrivning.findMany({
      where: {
        forbundId: ctx.forbundId,
        insatsId,
        OR: [{ startdatum: { gte: fromIsoDate(fran), lte: fromIsoDate(till) } }, { avslutsdatum: { gte: fromIsoDate(fran), lte: fromIsoDate(till) } }],
      },
      select: {
        id: true,
        startdatum: true,
        avslutsdatum: true,
        avslutsorsak: true,
        anonymiserad: true,
        deltagare: { select: { id: true, kod: true, kon: true, fodelsear: true, skyddadIdentitet: true, identitet: { select: { personnummerEnc: true } } } },
      },
    });
    const krypterat = new Map(rader.map((r) => [r.id, r.deltagare.identitet?.personnummerEnc ?? null]));
    const inskrivningar: EsfInskrivning[] = rader.map((r) => ({
      inskrivningId: r.id,
      deltagareId: r.deltagare.id,
      kod: r.deltagare.kod,
      kon: r.deltagare.kon,
      fodelsear: r.deltagare.fodelsear,
      skyddadIdentitet: r.deltagare.skyddadIdentitet,
      anonymiserad: r.anonymiserad,
      startdatum: toIsoDate(r.startdatum),
      avslutsdatum: toIsoDateOrNull(r.avslutsdatum),
      avslutsorsak: r.avslutsorsak,
    }));

    const handelser = esfHandelser(inskrivningar, manad);
    const nyckel = parseKey(env().IDENTITY_ENCRYPTION_KEY);
    const avslojade = new Map<string, string>();
    const filRader: EsfFilRad[] = handelser.map((handelse) => {
      const enc = behoverPersonnummer(handelse.rad) ? krypterat.get(handelse.rad.inskrivningId) : null;
      const personnummer = enc ? dekryptera(enc, nyckel, handelse.rad.deltagareId) : null;
      if (personnummer) avslojade.set(handelse.rad.deltagareId, handelse.rad.kod);
      return { handelse, id: esfIdentifiering(handelse.rad, personnummer) };
    });

    const fil = await esfArbetsbok({ insatsNamn: insats.namn, forbundNamn: ctx.forbundNamn, manad }, filRader);

    await recordAudit(tx, {
      forbundId: ctx.forbundId,
      userId: ctx.userId,
      action: "export.esf",
      entity: "Insats",
      entityId: insatsId,
      details: { manad, rader: filRader.length, personnummer: avslojade.size, format: "xlsx" },
    });
    for (const [deltagareId, kod] of avslojade) {
      await recordAudit(tx, {
        forbundId: ctx.forbundId,
        userId: ctx.userId,
        action: "identitet.reveal",
        entity: "Deltagare",
        entityId: deltagareId,
        details: { insatsId, kod, skal: ESF_SKAL, manad },
      });
    }

    return { filnamn: `esf-deltagare-${filnamnsdel(insats.namn)}-${manad}.xlsx`, fil, antalRader: filRader.length };
  });
}

/** A personnummer that cannot be decrypted (wrong key, damaged row) is left out and logged, never guessed. */
function dekryptera(enc: string, nyckel: Buffer, deltagareId: string): string | null {
  try {
    return decryptField(enc, nyckel);
  } catch (err) {
    logger.error({ err, deltagareId }, "ESF-fil: personnumret kunde inte dekrypteras");
    return null;
  }
}
