import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { Locale } from "@/lib/domain/kodlistor";
import { budgetUse } from "@/lib/domain/insats/budget-use";
import { raknaDeltagare } from "@/lib/domain/oversikt/deltagare-antal";
import { dataVarningar } from "@/lib/domain/oversikt/varningar";
import type { ForbundOversikt, InsatsOversikt } from "@/lib/domain/oversikt/types";
import type { OversiktFilter } from "@/lib/validation/oversikt";
import { fromIsoDate, todayIso } from "@/lib/server/dates";
import { loadEvalDataMed } from "@/lib/server/malsattning/load-eval-data";
import { lasOversiktKolumner, oversiktKolumner } from "./oversikt-kolumner";
import { withResultat } from "@/lib/server/malsattning/list-malsattningar-med-resultat";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { cachedPerInsats } from "@/lib/server/cache/cached-result";

const TIDIGAST = "0001-01-01";

/**
 * The förbund overview: per insats its targets with their results (the goal
 * engine, via withResultat — the same figures as the insats page), its
 * participants by kön in the period, budget use and data-quality warnings.
 * One query per table for the insatser computed, never one per insats. Exact
 * figures: the board gets them only through styrelseVy (lib/domain/oversikt).
 */
export async function getForbundOversikt(ctx: TenantContext, filter: OversiktFilter, opts: { locale?: Locale; today?: string } = {}): Promise<ForbundOversikt> {
  const idag = opts.today ?? todayIso();
  const locale = opts.locale ?? "sv";
  const fran = filter.fran ?? null;
  const period = { fran, till: filter.till ?? null, locale, idag };

  return withTenantTx(ctx.forbundId, async (tx) => {
    // Which insatser, in which order: one small query per call, so a new, renamed or ended insats shows at once.
    const urval = await tx.insats.findMany({
      where: {
        forbundId: ctx.forbundId,
        ...(filter.insats.length > 0 ? { id: { in: filter.insats } } : {}),
        ...(filter.insatstyp ? { insatstyp: filter.insatstyp } : {}),
        ...(filter.status ? { status: filter.status } : {}),
        // Insatser running at some time in the period.
        ...(filter.till ? { startdatum: { lte: fromIsoDate(filter.till) } } : {}),
        ...(fran ? { OR: [{ slutdatum: null }, { slutdatum: { gte: fromIsoDate(fran) } }] } : {}),
      },
      select: { id: true },
      orderBy: [{ startdatum: "desc" }, { namn: "asc" }],
    });
    // One piece per insats, cached on its own data version (lib/server/cache): after a write only the changed insatser
    // are computed again. The same for every caller of the förbund; styrelseVy suppresses afterwards.
    const rader = await cachedPerInsats(tx, ctx.forbundId, urval.map((i) => i.id), "forbundOversikt", period, (ids) => insatsRader(tx, ctx, ids, period));
    // Read after the pieces' versions, so never older than the figures.
    const [forbund, matvariabler] = await Promise.all([
      tx.forbund.findUniqueOrThrow({ where: { id: ctx.forbundId }, select: { slug: true, namn: true, minCellStorlek: true } }),
      tx.matvariabel.findMany({ where: { forbundId: ctx.forbundId }, select: { kod: true, namn: true } }),
    ]);
    return {
      forbund: { slug: forbund.slug, namn: forbund.namn },
      filter,
      period: { fran, till: filter.till ?? idag },
      idag,
      minCell: forbund.minCellStorlek,
      matvariabelNamn: Object.fromEntries(matvariabler.map((m) => [m.kod, m.namn])),
      insatser: [...rader.values()],
    };
  }, { timeoutMs: 60_000 });
}

type Period = { fran: string | null; till: string | null; locale: Locale; idag: string };

/** The overview rows of these insatser, from one query per table for all of them. */
async function insatsRader(tx: Tx, ctx: TenantContext, ids: string[], { fran, till: tillFilter, locale, idag }: Period): Promise<Map<string, InsatsOversikt>> {
  const till = tillFilter ?? idag;
  const ar = arIPerioden(fran, tillFilter);
  // The rows and everything else the pieces need in one statement (one round trip, not seven).
  const { data: evalData, extra } = await loadEvalDataMed(ctx, ids, tx, oversiktKolumner(ctx, ids, ar));
  const { insatser, forbund, malsattningar, matvariabler, budgetposter, utfall } = lasOversiktKolumner(extra);

  const fonster = { fran: fran ?? TIDIGAST, till };
  const out = new Map<string, InsatsOversikt>();
  for (const insats of insatser) {
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
    const belopp = (r: { insatsId: string; ar: number; belopp: string }[]) => r.filter((b) => b.insatsId === insats.id).map((b) => ({ ar: b.ar, belopp: Number(b.belopp) }));
    const use = budgetUse(belopp(budgetposter), belopp(utfall));
    out.set(insats.id, {
      id: insats.id,
      namn: insats.namn,
      insatstyp: insats.insatstyp,
      status: insats.status,
      matningsmetod: insats.matningsmetod,
      startdatum: insats.startdatum,
      slutdatum: insats.slutdatum,
      mal,
      deltagare: raknaDeltagare(data, fonster),
      budget: { budget: use.total.budget, utfall: use.total.utfall, andel: use.total.andel, ar: use.perAr.map((r) => r.ar) },
      varningar: dataVarningar(data, egna.map((m) => m.definition), fonster, idag),
    });
  }
  return out;
}

/** The calendar years a period touches, for budget posts kept per year; null = every year. */
function arIPerioden(fran: string | null, till: string | null): { fran: number; till: number } | null {
  if (!fran && !till) return null;
  return { fran: fran ? Number(fran.slice(0, 4)) : 0, till: till ? Number(till.slice(0, 4)) : 9999 };
}
