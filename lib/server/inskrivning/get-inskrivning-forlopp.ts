import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { aldersgrupp } from "@/lib/domain/kodlistor";
import { uppfoljningForfaller, uppfoljningLage } from "@/lib/domain/uppfoljning";
import { NotFoundError } from "@/lib/errors";
import { todayIso, toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
import { assertInskrivningAccess } from "./assert-inskrivning-access";
import { withTenantTx } from "@/lib/server/tenant-tx";

/**
 * One inskrivning with everything that happened after registration, for its
 * page and GET …/inskrivningar/[id]. Outcome data and the deltagare's code,
 * kön and age band only — never identity (that is the identity panel's job).
 */
export async function getInskrivningForlopp(ctx: TenantContext, insatsId: string, inskrivningId: string, today = todayIso()) {
  assertInskrivningAccess(ctx, insatsId, "deltagare:read");
  return withTenantTx(ctx.forbundId, async (tx) => {
    const i = await tx.inskrivning.findFirst({
      where: { id: inskrivningId, insatsId, forbundId: ctx.forbundId },
      include: {
        insats: { select: { namn: true, matningsmetod: true } },
        deltagare: { select: { id: true, kod: true, kon: true, fodelsear: true } },
        grupp: { select: { namn: true } },
        matningar: { include: { matvariabel: { select: { kod: true } } }, orderBy: [{ datum: "asc" }, { createdAt: "asc" }] },
        uppfoljning: true,
        plan: { include: { mal: { orderBy: [{ maldatum: { sort: "asc", nulls: "last" } }, { id: "asc" }] } } },
      },
    });
    if (!i) throw new NotFoundError("Inskrivningen");
    const matvariabler = await tx.matvariabel.findMany({
      where: { forbundId: ctx.forbundId, aktiv: true },
      select: { kod: true, namn: true, beskrivning: true, typ: true, min: true, max: true },
      // Scales (VAS, steg) first, then the ja/nej questions.
      orderBy: [{ typ: "asc" }, { namn: "asc" }],
    });
    const avslutsdatum = toIsoDateOrNull(i.avslutsdatum);
    return {
      id: i.id,
      insatsId: i.insatsId,
      insatsNamn: i.insats.namn,
      matningsmetod: i.insats.matningsmetod,
      version: i.version,
      deltagare: { id: i.deltagare.id, kod: i.deltagare.kod, kon: i.deltagare.kon, aldersgrupp: aldersgrupp(i.deltagare.fodelsear, Number(today.slice(0, 4))) },
      startdatum: toIsoDate(i.startdatum),
      grupp: i.grupp?.namn ?? null,
      spar: i.spar,
      forsorjningStart: i.forsorjningStart,
      sysselsattningStart: i.sysselsattningStart,
      avslutsdatum,
      avslutsorsak: i.avslutsorsak,
      forsorjningAvslut: i.forsorjningAvslut,
      sysselsattningAvslut: i.sysselsattningAvslut,
      anonymiserad: i.anonymiserad,
      matvariabler,
      matningar: i.matningar.map((m) => ({ variabel: m.matvariabel.kod, tidpunkt: m.tidpunkt, datum: toIsoDate(m.datum), varde: m.varde, kalla: m.kalla })),
      uppfoljning: i.uppfoljning
        ? {
            datum: toIsoDate(i.uppfoljning.datum),
            status: i.uppfoljning.status,
            forsorjning: i.uppfoljning.forsorjning,
            sysselsattning: i.uppfoljning.sysselsattning,
            kommentar: i.uppfoljning.kommentar,
          }
        : null,
      uppfoljningForfaller: avslutsdatum ? uppfoljningForfaller(avslutsdatum) : null,
      uppfoljningLage: avslutsdatum ? uppfoljningLage(avslutsdatum, i.uppfoljning !== null, today) : null,
      plan: i.plan
        ? {
            upprattadDatum: toIsoDate(i.plan.upprattadDatum),
            mal: i.plan.mal.map((m) => ({ id: m.id, beskrivning: m.beskrivning, maldatum: toIsoDateOrNull(m.maldatum), status: m.status })),
          }
        : null,
    };
  });
}

export type InskrivningForlopp = Awaited<ReturnType<typeof getInskrivningForlopp>>;
