import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { toIsoDate, toIsoDateOrNull, fromIsoDate } from "@/lib/server/dates";
import { inTenantTx } from "@/lib/server/tenant-tx";
import { byggUppfoljningFinsam, type FinsamInsatsInput, type UppfoljningFinsam } from "@/lib/domain/rapporter/uppfoljning-finsam";
import type { ArsInskrivning, ArsVolym } from "@/lib/domain/rapporter/deltagare-under-ar";

/**
 * Uppföljning Finsam for one calendar year of the caller's förbund. Reads only
 * the columns the report needs and only the rows that can touch the year
 * (inskrivningar and volym periods overlapping it); the figures are computed by
 * lib/domain/rapporter, never here. Aggregates only: no identities are read.
 * Reads on the caller's tenant transaction `tx` when given, else in its own.
 */
export async function getUppfoljningFinsam(ctx: TenantContext, ar: number, tx?: Tx): Promise<UppfoljningFinsam> {
  const forsta = fromIsoDate(`${ar}-01-01`);
  const sista = fromIsoDate(`${ar}-12-31`);
  const forbundId = ctx.forbundId;

  const [insatser, inskrivningar, volymer, budget, utfall] = await inTenantTx(ctx, tx, (tx) => Promise.all([
    tx.insats.findMany({
      where: { forbundId },
      select: {
        id: true,
        namn: true,
        insatstyp: true,
        preciseradInriktning: true,
        malgrupp: true,
        esfFinansierad: true,
        matningsmetod: true,
        startdatum: true,
        slutdatum: true,
        planeradeDeltagare: true,
        planeradeDeltagarePer: true,
      },
    }),
    tx.inskrivning.findMany({
      where: { forbundId, startdatum: { lte: sista }, OR: [{ avslutsdatum: null }, { avslutsdatum: { gte: forsta } }] },
      select: { insatsId: true, deltagareId: true, startdatum: true, avslutsdatum: true, avslutsorsak: true, deltagare: { select: { kon: true } } },
    }),
    tx.volymRegistrering.findMany({
      where: { forbundId, periodStart: { lte: sista }, periodSlut: { gte: forsta } },
      select: { insatsId: true, periodStart: true, periodSlut: true, kvinnor: true, man: true },
    }),
    tx.budgetPost.groupBy({ by: ["insatsId"], where: { forbundId, ar }, _sum: { belopp: true } }),
    tx.utfall.groupBy({ by: ["insatsId"], where: { forbundId, ar }, _sum: { belopp: true } }),
  ]), { timeoutMs: 60_000 });

  const inskrivningarPer = gruppera(
    inskrivningar.map((r): ArsInskrivning & { insatsId: string } => ({
      insatsId: r.insatsId,
      deltagareId: r.deltagareId,
      kon: r.deltagare.kon,
      startdatum: toIsoDate(r.startdatum),
      avslutsdatum: toIsoDateOrNull(r.avslutsdatum),
      avslutsorsak: r.avslutsorsak,
    })),
  );
  const volymPer = gruppera(
    volymer.map((v): ArsVolym & { insatsId: string } => ({ insatsId: v.insatsId, periodStart: toIsoDate(v.periodStart), periodSlut: toIsoDate(v.periodSlut), kvinnor: v.kvinnor, man: v.man })),
  );
  const budgetPer = new Map(budget.map((b) => [b.insatsId, b._sum.belopp === null ? null : Number(b._sum.belopp)]));
  const utfallPer = new Map(utfall.map((u) => [u.insatsId, u._sum.belopp === null ? null : Number(u._sum.belopp)]));

  const input: FinsamInsatsInput[] = insatser.map((i) => ({
    ...i,
    startdatum: toIsoDate(i.startdatum),
    slutdatum: toIsoDateOrNull(i.slutdatum),
    inskrivningar: inskrivningarPer.get(i.id) ?? [],
    volym: volymPer.get(i.id) ?? [],
    budget: budgetPer.get(i.id) ?? null,
    utfall: utfallPer.get(i.id) ?? null,
  }));
  return byggUppfoljningFinsam(ar, input);
}

function gruppera<T extends { insatsId: string }>(rader: T[]): Map<string, T[]> {
  const per = new Map<string, T[]>();
  for (const r of rader) {
    const lista = per.get(r.insatsId);
    if (lista) lista.push(r);
    else per.set(r.insatsId, [r]);
  }
  return per;
}
