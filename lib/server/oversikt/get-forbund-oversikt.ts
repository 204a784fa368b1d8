import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { Locale } from "@/lib/domain/kodlistor";
import { budgetUse } from "@/lib/domain/insats/budget-use";
import { raknaDeltagare } from "@/lib/domain/oversikt/deltagare-antal";
import { dataVarningar } from "@/lib/domain/oversikt/varningar";
import type { ForbundOversikt, InsatsOversikt } from "@/lib/domain/oversikt/types";
import type { OversiktFilter } from "@/lib/validation/oversikt";
import { fromIsoDate, toIsoDate, toIsoDateOrNull, todayIso } from "@/lib/server/dates";
import { loadEvalDataMany } from "@/lib/server/malsattning/load-eval-data";
import { withResultat } from "@/lib/server/malsattning/list-malsattningar-med-resultat";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { cachedResult } from "@/lib/server/cache/cached-result";

const TIDIGAST = "0001-01-01";

/**
 * The förbund overview: per insats its targets with their results (the goal
 * engine, via withResultat — the same figures as the insats page), its
 * participants by kön in the period, budget use and data-quality warnings.
 * One query per table for the whole förbund, never one per insats. Exact
 * figures: the board gets them only through styrelseVy (lib/domain/oversikt).
 */
export async function getForbundOversikt(ctx: TenantContext, filter: OversiktFilter, opts: { locale?: Locale; today?: string } = {}): Promise<ForbundOversikt> {
  const idag = opts.today ?? todayIso();
  const locale = opts.locale ?? "sv";
  const till = filter.till ?? idag;
  const fran = filter.fran ?? null;

  // Cached per data version (lib/server/cache): the same for every caller of the förbund; styrelseVy suppresses afterwards.
  return withTenantTx(ctx.forbundId, (tx) => cachedResult(tx, ctx.forbundId, "forbundOversikt", [filter, locale, idag], async () => {
    const [forbund, insatser] = await Promise.all([
      tx.forbund.findUniqueOrThrow({ where: { id: ctx.forbundId }, select: { slug: true, namn: true, minCellStorlek: true } }),
      tx.insats.findMany({
        where: {
          forbundId: ctx.forbundId,
          ...(filter.insats.length > 0 ? { id: { in: filter.insats } } : {}),
          ...(filter.insatstyp ? { insatstyp: filter.insatstyp } : {}),
          ...(filter.status ? { status: filter.status } : {}),
          // Insatser running at some time in the period.
          ...(filter.till ? { startdatum: { lte: fromIsoDate(filter.till) } } : {}),
          ...(fran ? { OR: [{ slutdatum: null }, { slutdatum: { gte: fromIsoDate(fran) } }] } : {}),
        },
        select: { id: true, namn: true, insatstyp: true, status: true, matningsmetod: true, startdatum: true, slutdatum: true },
        orderBy: [{ startdatum: "desc" }, { namn: "asc" }],
      }),
    ]);
    const ids = insatser.map((i) => i.id);
    const ar = arIPerioden(fran, filter.till ?? null);
    const inIds = { forbundId: ctx.forbundId, insatsId: { in: ids } };
    const arFilter = ar ? { ar: { gte: ar.fran, lte: ar.till } } : {};
    const [evalData, malsattningar, matvariabler, budgetposter, utfall] = await Promise.all([
      loadEvalDataMany(ctx, ids, tx),
      tx.malsattning.findMany({
        where: inIds,
        select: { id: true, insatsId: true, typ: true, kategori: true, text: true, definition: true, kvalitativStatus: true, version: true },
        orderBy: [{ sortering: "asc" }, { createdAt: "asc" }],
      }),
      tx.matvariabel.findMany({ where: { forbundId: ctx.forbundId }, select: { kod: true, namn: true, typ: true } }),
      tx.budgetPost.findMany({ where: { ...inIds, ...arFilter }, select: { insatsId: true, ar: true, belopp: true } }),
      tx.utfall.findMany({ where: { ...inIds, ...arFilter }, select: { insatsId: true, ar: true, belopp: true } }),
    ]);

    const fonster = { fran: fran ?? TIDIGAST, till };
    const rows: InsatsOversikt[] = insatser.map((insats) => {
      const data = evalData.get(insats.id)!;
      const egna = malsattningar.filter((m) => m.insatsId === insats.id);
      const mal = withResultat(egna, data, { locale, today: idag, minUnderlag: forbund.minCellStorlek, matvariabler }).map((m) => ({
        id: m.id,
        kategori: m.kategori,
        typ: m.typ,
        text: m.text,
        mening: m.mening,
        kvalitativStatus: m.kvalitativStatus,
        resultat: m.resultat,
      }));
      const belopp = (r: { insatsId: string; ar: number; belopp: { toNumber(): number } }[]) => r.filter((b) => b.insatsId === insats.id).map((b) => ({ ar: b.ar, belopp: b.belopp.toNumber() }));
      const use = budgetUse(belopp(budgetposter), belopp(utfall));
      return {
        id: insats.id,
        namn: insats.namn,
        insatstyp: insats.insatstyp,
        status: insats.status,
        matningsmetod: insats.matningsmetod,
        startdatum: toIsoDate(insats.startdatum),
        slutdatum: toIsoDateOrNull(insats.slutdatum),
        mal,
        deltagare: raknaDeltagare(data, fonster),
        budget: { budget: use.total.budget, utfall: use.total.utfall, andel: use.total.andel, ar: use.perAr.map((r) => r.ar) },
        varningar: dataVarningar(data, egna.map((m) => m.definition), fonster, idag),
      };
    });

    return { forbund: { slug: forbund.slug, namn: forbund.namn }, filter, period: { fran, till }, idag, minCell: forbund.minCellStorlek, matvariabelNamn: Object.fromEntries(matvariabler.map((m) => [m.kod, m.namn])), insatser: rows };
  }), { timeoutMs: 60_000 });
}

/** The calendar years a period touches, for budget posts kept per year; null = every year. */
function arIPerioden(fran: string | null, till: string | null): { fran: number; till: number } | null {
  if (!fran && !till) return null;
  return { fran: fran ? Number(fran.slice(0, 4)) : 0, till: till ? Number(till.slice(0, 4)) : 9999 };
}
