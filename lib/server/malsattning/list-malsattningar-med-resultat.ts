import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { evaluateAll, type EvalData, type MalResultat } from "@/lib/domain/goals/evaluate";
import { describeMalsattning } from "@/lib/domain/goals/describe";
import { malDefinitionSchema } from "@/lib/domain/goals/definition";
import type { Locale } from "@/lib/domain/kodlistor";
import { todayIso } from "@/lib/server/dates";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { cachedInsatsResult } from "@/lib/server/cache/cached-result";
import { NotFoundError } from "@/lib/errors";
import { loadEvalDataMed } from "./load-eval-data";
import { lasMalKolumner, malKolumner, type LagradMalsattning } from "./mal-kolumner";

export type MalsattningMedResultat = LagradMalsattning & { mening: string; resultat: MalResultat };

/**
 * Every target of an insats with its result — the one function the insats
 * page, the API and the dashboards use, so no figure can disagree with another.
 */
export async function listMalsattningarMedResultat(ctx: TenantContext, insatsId: string, locale: Locale = "sv", today = todayIso()): Promise<MalsattningMedResultat[]> {
  return withTenantTx(
    ctx.forbundId,
    // Cached per data version of the insats (lib/server/cache): the same for every caller of the förbund.
    (tx) => cachedInsatsResult(tx, ctx.forbundId, insatsId, "malsattningarMedResultat", [locale, today], async () => {
      // The rows, targets and settings in one statement (one round trip).
      const { data, extra } = await loadEvalDataMed(ctx, [insatsId], tx, malKolumner(ctx, insatsId));
      const insatsdata = data.get(insatsId);
      if (!insatsdata) throw new NotFoundError("Insatsen");
      const { malsattningar, forbund, matvariabler } = lasMalKolumner(extra);
      return withResultat(malsattningar, insatsdata, { locale, today, minUnderlag: forbund.minCellStorlek, matvariabler });
    }),
    { timeoutMs: 60_000 },
  );
}

type StoredMalsattning = Pick<MalsattningMedResultat, "id" | "typ" | "kategori" | "text" | "kvalitativStatus" | "version"> & { definition: unknown };

/**
 * The insats's stored targets with their results over already loaded rows —
 * shared by listMalsattningarMedResultat and the förbund overview, which loads
 * the rows of every insats at once.
 */
export function withResultat(
  malsattningar: readonly StoredMalsattning[],
  data: EvalData,
  opts: { locale: Locale; today: string; minUnderlag: number; matvariabler: readonly { kod: string; namn: string; typ: "SKALA" | "JANEJ" }[] },
): MalsattningMedResultat[] {
  const { locale, today, minUnderlag, matvariabler } = opts;
  const namn = new Map(matvariabler.map((m) => [m.kod, m.namn]));
  const typ = new Map(matvariabler.map((m) => [m.kod, m.typ]));
  const results = new Map(evaluateAll(malsattningar, data, { today, minUnderlag }).map((r) => [r.id, r.resultat]));
  return malsattningar.map((m) => {
    const parsed = malDefinitionSchema.safeParse(m.definition);
    const resultat = results.get(m.id)!;
    return {
      id: m.id,
      typ: m.typ,
      kategori: m.kategori,
      text: m.text,
      mening: parsed.success
        ? describeMalsattning(parsed.data, { locale, matvariabelNamn: (k) => namn.get(k) ?? k, matvariabelTyp: (k) => typ.get(k), enkatFraga: (id) => data.enkat?.fragor.find((f) => f.id === id) })
        : m.text,
      definition: m.definition,
      kvalitativStatus: m.kvalitativStatus,
      version: m.version,
      // A person sets the status of a qualitative target; the engine only says it is manual.
      resultat: withManualStatus(m, resultat),
    };
  });
}

export function withManualStatus(m: { typ: string; kvalitativStatus: string | null }, resultat: MalResultat): MalResultat {
  return m.typ === "KVALITATIV" && m.kvalitativStatus ? { ...resultat, status: manualStatus(m.kvalitativStatus) } : resultat;
}

function manualStatus(s: string): MalResultat["status"] {
  if (s === "UPPNATT") return "UPPNATT";
  if (s === "EJ_UPPNATT") return "EJ_UPPNATT";
  return "MANUELL";
}
