/**
 * The goal engine over time: every goal's result as it stood on each of a list
 * of days (the dashboard's month ends), in one sweep over the rows instead of
 * one full evaluation per day.
 *
 * Why it gives the engine's own figures: a row's part in a result — member or
 * not, JA / NEJ / SAKNAS, JA per year or grupp — depends on the day only
 * through which of the row's own dates have passed (start, avslut, avslut + 90
 * days, each measurement, the follow-up). So each row is judged, with the
 * engine's own isMember and testAlla on the row as it stood (`radPer`), only at
 * the first day after each of its dates; the change is added to running counts,
 * and each day's result is assembled from its counts by the engine's own
 * andelResultat / antalResultat. Goals whose result does not depend on the rows
 * (VOLYM, EJ_MATBART, KVALITATIV) go through evaluateAll per day.
 * serie.test.ts checks, with generated data, that every day's result equals
 * evaluateAll over dataPer(data, day) — the definition.
 *
 * Cost: rows × (dates per row) × goals, instead of rows × days × goals.
 */
import { kalenderar } from "./antal";
import type { AndelDefinition, AntalDefinition } from "./definition";
import { andelResultat, antalResultat, evaluateAll, radDefinition, type Rakning } from "./evaluate";
import type { MalResultat } from "./resultat";
import { addDays, indexMatningar, isMember, resolvePeriod, testAlla, UPPFOLJNING_DAGAR } from "./rows";
import type { EvalData, Fonster, InskrivningRad, MatIndex, Utfall } from "./rows";

/**
 * One inskrivning as it would have been read on `dag`: null before its start;
 * an avslut, a measurement or a follow-up dated later has not happened yet.
 * (A plan carries no date in the engine's rows and counts as it is now.)
 */
export function radPer(r: InskrivningRad, dag: string): InskrivningRad | null {
  if (r.startdatum > dag) return null;
  const avslutad = r.avslutsdatum !== null && r.avslutsdatum <= dag;
  const matningar = r.matningar.some((m) => m.datum > dag) ? r.matningar.filter((m) => m.datum <= dag) : r.matningar;
  const uppfoljning = r.uppfoljning && r.uppfoljning.datum <= dag ? r.uppfoljning : null;
  if (avslutad || r.avslutsdatum === null) {
    return matningar === r.matningar && uppfoljning === r.uppfoljning ? r : { ...r, matningar, uppfoljning };
  }
  return { ...r, avslutsdatum: null, avslutsorsak: null, forsorjningAvslut: [], matningar, uppfoljning };
}

/** The engine's input as it would have been read on `dag` (VOLYM counts of periods ended by then). */
export function dataPer(data: EvalData, dag: string): EvalData {
  const inskrivningar: InskrivningRad[] = [];
  for (const r of data.inskrivningar) {
    const x = radPer(r, dag);
    if (x !== null) inskrivningar.push(x);
  }
  return { ...data, inskrivningar, volym: data.volym.filter((v) => v.periodSlut <= dag) };
}

type Spar = {
  def: AndelDefinition | AntalDefinition;
  f: Fonster;
  /** Changes per day index (length = days + 1) of the JA / NEJ / SAKNAS counts over f. */
  ja: Int32Array;
  nej: Int32Array;
  saknas: Int32Array;
  /** per AR: every year window up to the last day, with its JA changes. */
  ar: { fonster: Fonster; ja: Int32Array }[];
  /** per GRUPP: JA changes per grupp id. */
  grupp: Map<string, Int32Array> | null;
  serie: MalResultat[];
};

/** Adds `delta` people with utfall `u` from day index j on. */
function andra(s: Spar, u: Utfall, j: number, delta: number, gruppId: string | null, n: number): void {
  if (u === "NEJ") (s.nej[j] as number) += delta;
  else if (u === "SAKNAS") (s.saknas[j] as number) += delta;
  else {
    (s.ja[j] as number) += delta;
    if (s.grupp !== null && gruppId !== null) {
      let d = s.grupp.get(gruppId);
      if (!d) s.grupp.set(gruppId, (d = new Int32Array(n + 1)));
      (d[j] as number) += delta;
    }
  }
}

function resultatFor(
  s: Spar,
  c: Rakning,
  dag: string,
  arsJa: ReadonlyMap<string, number>,
  gruppJa: ReadonlyMap<string, number>,
  grupper: EvalData["grupper"],
  minUnderlag: number | undefined,
): MalResultat {
  if (s.def.typ === "ANDEL") return andelResultat(s.def, c, s.f, { today: dag, minUnderlag });
  return antalResultat(s.def, c, s.f, dag, { arsJa: (ar) => arsJa.get(ar.fran) ?? 0, gruppJa, grupper });
}

const stigande = (a: number, b: number) => a - b;

/** First index i with dagar[i] ≥ d (dagar.length when none). */
function forstaDagFran(dagar: readonly string[], d: string): number {
  let lo = 0;
  let hi = dagar.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dagar[mid] as string) < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Each goal's result on each day of `dagar` (strictly ascending "YYYY-MM-DD"),
 * exactly as `evaluateAll(malsattningar, dataPer(data, dag), { today: dag, minUnderlag })`.
 */
export function evaluateAllPerDag(
  malsattningar: readonly { id: string; definition: unknown }[],
  data: EvalData,
  dagar: readonly string[],
  options: { minUnderlag?: number } = {},
): Map<string, MalResultat[]> {
  for (let i = 1; i < dagar.length; i++) {
    if ((dagar[i] as string) <= (dagar[i - 1] as string)) throw new Error("evaluateAllPerDag: dagarna måste vara stigande");
  }
  const n = dagar.length;
  const out = new Map<string, MalResultat[]>(malsattningar.map((m) => [m.id, []]));
  if (n === 0) return out;
  const sista = dagar[n - 1] as string;

  const spar: Spar[] = [];
  const sparFor = new Map<string, Spar>();
  for (const m of malsattningar) {
    const def = radDefinition(m.definition, data);
    if (def === null) continue;
    const f = resolvePeriod(def.period, data.insatsPeriod);
    const s: Spar = {
      def,
      f,
      ja: new Int32Array(n + 1),
      nej: new Int32Array(n + 1),
      saknas: new Int32Array(n + 1),
      ar: def.typ === "ANTAL" && def.per === "AR" ? kalenderar(f, sista).map((fonster) => ({ fonster, ja: new Int32Array(n + 1) })) : [],
      grupp: def.typ === "ANTAL" && def.per === "GRUPP" ? new Map() : null,
      serie: [],
    };
    spar.push(s);
    sparFor.set(m.id, s);
  }

  if (spar.length > 0) {
    const senastAvslut = dagar.map((d) => addDays(d, -UPPFOLJNING_DAGAR));
    // What each goal last counted for the current row: its utfall over f (null = not a member),
    // and per year window whether it was a JA member.
    const forra: (Utfall | null)[] = new Array(spar.length);
    const forraAr: boolean[][] = spar.map((s) => new Array(s.ar.length));
    for (const r of data.inskrivningar) {
      const start = forstaDagFran(dagar, r.startdatum);
      if (start >= n) continue;
      // The first day index after each of the row's own dates (no closures in this loop: it runs per row).
      const index = [start];
      if (r.avslutsdatum !== null) {
        index.push(forstaDagFran(dagar, r.avslutsdatum), forstaDagFran(dagar, addDays(r.avslutsdatum, UPPFOLJNING_DAGAR)));
      }
      for (const m of r.matningar) index.push(forstaDagFran(dagar, m.datum));
      if (r.uppfoljning) index.push(forstaDagFran(dagar, r.uppfoljning.datum));
      index.sort(stigande);

      forra.fill(null);
      for (const a of forraAr) a.fill(false);
      let foregaende = -1;
      for (const j of index) {
        if (j === foregaende || j < start || j >= n) continue;
        foregaende = j;
        const rad = radPer(r, dagar[j] as string) as InskrivningRad;
        let idx: MatIndex | undefined;
        for (let g = 0; g < spar.length; g++) {
          const s = spar[g] as Spar;
          const { def } = s;
          // The row's utfall does not depend on the window: computed at most once per goal and day.
          const medlem = isMember(rad, def.population, s.f, senastAvslut[j] as string);
          let utfallet: Utfall | undefined;
          if (medlem || s.ar.length > 0) utfallet = def.villkor.length === 0 ? "JA" : testAlla(def.villkor, rad, (idx ??= indexMatningar(rad)));
          const u = medlem ? (utfallet as Utfall) : null;
          const fore = forra[g] as Utfall | null;
          if (u !== fore) {
            if (fore !== null) andra(s, fore, j, -1, r.gruppId, n);
            if (u !== null) andra(s, u, j, 1, r.gruppId, n);
            forra[g] = u;
          }
          const arFore = forraAr[g] as boolean[];
          for (let y = 0; y < s.ar.length; y++) {
            const ar = s.ar[y] as Spar["ar"][number];
            const nu = utfallet === "JA" && isMember(rad, def.population, ar.fonster, senastAvslut[j] as string);
            if (nu !== arFore[y]) {
              (ar.ja[j] as number) += nu ? 1 : -1;
              arFore[y] = nu;
            }
          }
        }
      }
    }
  }

  for (const s of spar) {
    const c: Rakning = { ja: 0, nej: 0, saknas: 0 };
    const arsJa = new Map<string, number>(s.ar.map((a) => [a.fonster.fran, 0]));
    const gruppJa = new Map<string, number>();
    for (let j = 0; j < n; j++) {
      c.ja += s.ja[j] as number;
      c.nej += s.nej[j] as number;
      c.saknas += s.saknas[j] as number;
      for (const a of s.ar) arsJa.set(a.fonster.fran, (arsJa.get(a.fonster.fran) as number) + (a.ja[j] as number));
      if (s.grupp !== null) for (const [id, d] of s.grupp) gruppJa.set(id, (gruppJa.get(id) ?? 0) + (d[j] as number));
      s.serie.push(resultatFor(s, { ...c }, dagar[j] as string, arsJa, gruppJa, data.grupper, options.minUnderlag));
    }
  }

  for (const m of malsattningar) {
    const s = sparFor.get(m.id);
    const serie = out.get(m.id) as MalResultat[];
    if (s) {
      serie.push(...s.serie);
      continue;
    }
    // Not counted from rows: the engine per day, over no rows (the result does not read them).
    const utanRader = { ...data, inskrivningar: [] };
    for (const dag of dagar) {
      serie.push((evaluateAll([m], dataPer(utanRader, dag), { today: dag, minUnderlag: options.minUnderlag })[0] as { resultat: MalResultat }).resultat);
    }
  }
  return out;
}
