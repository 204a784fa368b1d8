import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { canSeeInsatsDeltagare } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/actions/result";
import { dashboardFilterSchema, type DashboardFilter } from "@/lib/validation/dashboard";
import type { OversiktMal } from "@/lib/domain/oversikt/types";
import type { Locale } from "@/lib/domain/kodlistor";
import { filtreraUrval, arFiltrerat, type Urval } from "@/lib/domain/dashboard/urval";
import { utvecklingPerManad, type Utvecklingspunkt } from "@/lib/domain/dashboard/utveckling";
import { fordelningar, type Fordelningar } from "@/lib/domain/dashboard/fordelning";
import { sammanfattaPar, stegforflyttning, type ParSammanfattning, type Stegforflyttning } from "@/lib/domain/dashboard/parade";
import { forsorjningKorstabell, type Korstabell } from "@/lib/domain/dashboard/forsorjning";
import { todayIso } from "@/lib/server/dates";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { cachedInsatsResult } from "@/lib/server/cache/cached-result";
import { loadEvalDataMed } from "@/lib/server/malsattning/load-eval-data";
import { withResultat } from "@/lib/server/malsattning/list-malsattningar-med-resultat";
import { dashboardAggregat } from "@/lib/domain/dashboard/aggregat";
import { dashboardKolumner, lasDashboardKolumner } from "./dashboard-kolumner";

/** A target as the overview shows it, plus its development. */
export type DashboardMal = OversiktMal & {
  /** Cumulative, one point per month end; empty for KVALITATIV. */
  utveckling: Utvecklingspunkt[];
};

export type Matsammanfattning<T> = { kod: string; namn: string; sammanfattning: T } | null;

/** Everything the insats dashboard shows — the page and GET …/dashboard return this same object. */
export type InsatsDashboard = {
  insats: { id: string; namn: string; startdatum: string; slutdatum: string | null; matningsmetod: "VOLYM" | "ANONYM" | "PERSONUPPGIFTER" };
  filter: DashboardFilter;
  filtrerat: boolean;
  grupper: { id: string; namn: string }[];
  idag: string;
  mal: DashboardMal[];
  utvecklingsperiod: { fran: string; till: string } | null;
  fordelningar: Fordelningar;
  vas: Matsammanfattning<ParSammanfattning>;
  steg: Matsammanfattning<Stegforflyttning>;
  forsorjning: Korstabell;
};

const VAS = "VAS";
const STEG = "STEG";

/**
 * The insats dashboard's one data function. Target figures come only from the
 * goal engine (evaluateAll over loadEvalData's rows, as the insats page);
 * counts and breakdowns are folded from the same rows (dashboardAggregat).
 * Everything is read in one statement (loadEvalDataMed: the rows plus the
 * insats's names, targets and settings). Participant rows never leave
 * the server. Styrelse and unassigned vägledare are refused (DESIGN.md §5:
 * styrelse see suppressed aggregates elsewhere).
 */
export async function getInsatsDashboard(
  ctx: TenantContext,
  insatsId: string,
  filterInput: unknown,
  options: { locale?: Locale; today?: string } = {},
): Promise<InsatsDashboard> {
  if (!canSeeInsatsDeltagare(ctx, insatsId)) throw new ForbiddenError();
  const filter = parseInput(dashboardFilterSchema, filterInput);
  const today = options.today ?? todayIso();
  const locale = options.locale ?? "sv";

  // One tenant transaction (row-level security); its queries run one after another on one connection.
  // Cached per data version of the insats (lib/server/cache) after the access check above; no identities in it.
  return withTenantTx(ctx.forbundId, (tx) => cachedInsatsResult(tx, ctx.forbundId, insatsId, "insatsDashboard", [filter, locale, today], async () => {
    const { data, extra } = await loadEvalDataMed(ctx, [insatsId], tx, dashboardKolumner(ctx, insatsId));
    const insatsdata = data.get(insatsId);
    if (!insatsdata || extra.insats === null) throw new NotFoundError("Insatsen");
    const { insats, malsattningar, forbund, matvariabler } = lasDashboardKolumner(extra);
    if (filter.grupp !== undefined && !insats.grupper.some((g) => g.id === filter.grupp)) {
      throw new ValidationError("Kontrollera de markerade fälten.", { grupp: ["Gruppen finns inte i insatsen"] });
    }
    const urval: Urval = { fran: filter.fran, till: filter.till, gruppId: filter.grupp };

    // The same evaluation as the insats page (withResultat), over the selection's rows.
    const urvalsdata = filtreraUrval(insatsdata, urval);
    const { fordelning, matpar, forsorjning } = dashboardAggregat(urvalsdata.inskrivningar, [VAS, STEG]);
    const medResultat = withResultat(malsattningar, urvalsdata, { locale, today, minUnderlag: forbund.minCellStorlek, matvariabler });
    const utvecklingsperiod = serieperiod(insatsdata.insatsPeriod, urval, today);
    const serier = utvecklingsperiod ? utvecklingPerManad(malsattningar, urvalsdata, { ...utvecklingsperiod, minUnderlag: forbund.minCellStorlek }) : new Map();
    const mal: DashboardMal[] = medResultat.map((m) => ({
      id: m.id,
      typ: m.typ,
      kategori: m.kategori,
      text: m.text,
      mening: m.mening,
      kvalitativStatus: m.kvalitativStatus,
      resultat: m.resultat,
      utveckling: serier.get(m.id) ?? [],
    }));

    const variabel = new Map(matvariabler.map((m) => [m.kod, m]));
    const vas = variabel.get(VAS);
    const steg = variabel.get(STEG);
    return {
      insats: {
        id: insatsId,
        namn: insats.namn,
        startdatum: insatsdata.insatsPeriod.start,
        slutdatum: insatsdata.insatsPeriod.slut,
        matningsmetod: insatsdata.matningsmetod,
      },
      filter,
      filtrerat: arFiltrerat(urval),
      grupper: insats.grupper,
      idag: today,
      mal,
      utvecklingsperiod,
      fordelningar: fordelningar(fordelning, insats.grupper),
      vas: vas ? { kod: VAS, namn: vas.namn, sammanfattning: sammanfattaPar(matpar.get(VAS) ?? []) } : null,
      steg: steg
        ? { kod: STEG, namn: steg.namn, sammanfattning: stegforflyttning(matpar.get(STEG) ?? [], { min: steg.min ?? 1, max: steg.max ?? 7 }) }
        : null,
      forsorjning: forsorjningKorstabell(forsorjning),
    };
  }), { timeoutMs: 60_000 });
}

/** Month ends from the insats's (or the cohort's) start to its end or today, whichever comes first. */
function serieperiod(insats: { start: string; slut: string | null }, urval: Urval, today: string): { fran: string; till: string } | null {
  const fran = urval.fran !== undefined && urval.fran > insats.start ? urval.fran : insats.start;
  const till = insats.slut !== null && insats.slut < today ? insats.slut : today;
  return till >= fran ? { fran, till } : null;
}
