import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { EvalData } from "@/lib/domain/goals/evaluate";
import { NotFoundError } from "@/lib/errors";
import { toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";

/**
 * The plain rows the goal engine needs for one insats — only the columns it
 * reads, one förbund, never identities.
 */
export async function loadEvalData(ctx: TenantContext, insatsId: string): Promise<EvalData> {
  const insats = await db.insats.findFirst({
    where: { id: insatsId, forbundId: ctx.forbundId },
    select: { matningsmetod: true, startdatum: true, slutdatum: true, grupper: { select: { id: true, namn: true } } },
  });
  if (!insats) throw new NotFoundError("Insatsen");
  const [matvariabler, inskrivningar, volym] = await Promise.all([
    db.matvariabel.findMany({ where: { forbundId: ctx.forbundId }, select: { id: true, kod: true, typ: true, min: true, max: true } }),
    db.inskrivning.findMany({
      where: { forbundId: ctx.forbundId, insatsId },
      select: {
        id: true,
        gruppId: true,
        startdatum: true,
        avslutsdatum: true,
        avslutsorsak: true,
        forsorjningAvslut: true,
        deltagare: { select: { kon: true, fodelsear: true } },
        matningar: { select: { matvariabelId: true, tidpunkt: true, datum: true, varde: true } },
        uppfoljning: { select: { status: true, datum: true } },
        plan: { select: { id: true } },
      },
    }),
    db.volymRegistrering.findMany({ where: { forbundId: ctx.forbundId, insatsId }, select: { periodStart: true, periodSlut: true, kvinnor: true, man: true } }),
  ]);
  const kodFor = new Map(matvariabler.map((m) => [m.id, m.kod]));
  return {
    matningsmetod: insats.matningsmetod,
    insatsPeriod: { start: toIsoDate(insats.startdatum), slut: toIsoDateOrNull(insats.slutdatum) },
    grupper: insats.grupper,
    matvariabler: matvariabler.map(({ kod, typ, min, max }) => ({ kod, typ, min, max })),
    volym: volym.map((v) => ({ periodStart: toIsoDate(v.periodStart), periodSlut: toIsoDate(v.periodSlut), kvinnor: v.kvinnor, man: v.man })),
    inskrivningar: inskrivningar.map((i) => ({
      id: i.id,
      kon: i.deltagare.kon,
      fodelsear: i.deltagare.fodelsear,
      gruppId: i.gruppId,
      startdatum: toIsoDate(i.startdatum),
      avslutsdatum: toIsoDateOrNull(i.avslutsdatum),
      avslutsorsak: i.avslutsorsak,
      forsorjningAvslut: i.forsorjningAvslut,
      matningar: i.matningar.map((m) => ({ variabel: kodFor.get(m.matvariabelId) ?? "", tidpunkt: m.tidpunkt, datum: toIsoDate(m.datum), varde: m.varde })),
      uppfoljning: i.uppfoljning ? { status: i.uppfoljning.status, datum: toIsoDate(i.uppfoljning.datum) } : null,
      harPlan: i.plan !== null,
    })),
  };
}
