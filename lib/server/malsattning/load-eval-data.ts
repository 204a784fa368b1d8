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
  const data = (await loadEvalDataMany(ctx, [insatsId])).get(insatsId);
  if (!data) throw new NotFoundError("Insatsen");
  return data;
}

/**
 * The same rows for several insatser of the förbund (all of them when
 * `insatsIds` is omitted): one query per table, not one per insats.
 */
export async function loadEvalDataMany(ctx: TenantContext, insatsIds?: readonly string[]): Promise<Map<string, EvalData>> {
  const scope = { forbundId: ctx.forbundId, ...(insatsIds ? { insatsId: { in: [...insatsIds] } } : {}) };
  const [insatser, matvariabler, inskrivningar, volym] = await Promise.all([
    db.insats.findMany({
      where: { forbundId: ctx.forbundId, ...(insatsIds ? { id: { in: [...insatsIds] } } : {}) },
      select: { id: true, matningsmetod: true, startdatum: true, slutdatum: true, grupper: { select: { id: true, namn: true } } },
    }),
    db.matvariabel.findMany({ where: { forbundId: ctx.forbundId }, select: { id: true, kod: true, typ: true, min: true, max: true } }),
    db.inskrivning.findMany({
      where: scope,
      select: {
        id: true,
        insatsId: true,
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
    db.volymRegistrering.findMany({ where: scope, select: { insatsId: true, periodStart: true, periodSlut: true, kvinnor: true, man: true } }),
  ]);
  const kodFor = new Map(matvariabler.map((m) => [m.id, m.kod]));
  const out = new Map<string, EvalData>();
  for (const insats of insatser) {
    out.set(insats.id, {
      matningsmetod: insats.matningsmetod,
      insatsPeriod: { start: toIsoDate(insats.startdatum), slut: toIsoDateOrNull(insats.slutdatum) },
      grupper: insats.grupper,
      matvariabler: matvariabler.map(({ kod, typ, min, max }) => ({ kod, typ, min, max })),
      volym: [],
      inskrivningar: [],
    });
  }
  for (const v of volym) {
    out.get(v.insatsId)?.volym.push({ periodStart: toIsoDate(v.periodStart), periodSlut: toIsoDate(v.periodSlut), kvinnor: v.kvinnor, man: v.man });
  }
  for (const i of inskrivningar) {
    out.get(i.insatsId)?.inskrivningar.push({
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
    });
  }
  return out;
}
