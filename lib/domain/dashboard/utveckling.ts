import { evaluateAll, type EvalData, type InskrivningRad, type MalStatus } from "@/lib/domain/goals/evaluate";

/**
 * Development month by month: the goal engine itself, evaluated once per month
 * end over the data as they stood that day (`dataPer`), with `today` set to
 * that day. Cumulative by construction — each point counts everything known
 * so far — and it cannot disagree with the engine, because it is the engine.
 */

export type Utvecklingspunkt = {
  /** The month end "YYYY-MM-DD" (the last point may be an earlier day: today). */
  datum: string;
  taljare: number;
  namnare: number;
  varde: number | null;
  saknarData: number;
  status: MalStatus;
};

const MAX_MANADER = 120;

/**
 * Every month end from the month of `fran` to the month of `till`; the last
 * point is `till` itself when it falls before its month's end (a month in
 * progress is shown as of today). At most the latest 120 months.
 */
export function manadsslut(fran: string, till: string): string[] {
  if (till < fran) return [];
  const out: string[] = [];
  let [y, m] = fran.split("-").map(Number) as [number, number];
  for (;;) {
    const slut = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    if (slut >= till) {
      out.push(till);
      break;
    }
    out.push(slut);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out.slice(-MAX_MANADER);
}

/**
 * The rows as they would have been read on `dag`: people not yet enrolled are
 * absent; an avslut, a measurement or a follow-up dated later has not happened
 * yet. (A plan carries no date in the engine's rows and counts as it is now.)
 */
export function dataPer(data: EvalData, dag: string): EvalData {
  const inskrivningar: InskrivningRad[] = [];
  for (const r of data.inskrivningar) {
    if (r.startdatum > dag) continue;
    const avslutad = r.avslutsdatum !== null && r.avslutsdatum <= dag;
    const matningar = r.matningar.some((m) => m.datum > dag) ? r.matningar.filter((m) => m.datum <= dag) : r.matningar;
    const uppfoljning = r.uppfoljning && r.uppfoljning.datum <= dag ? r.uppfoljning : null;
    if (avslutad || r.avslutsdatum === null) {
      if (matningar === r.matningar && uppfoljning === r.uppfoljning) inskrivningar.push(r);
      else inskrivningar.push({ ...r, matningar, uppfoljning });
    } else {
      inskrivningar.push({ ...r, avslutsdatum: null, avslutsorsak: null, forsorjningAvslut: [], matningar, uppfoljning });
    }
  }
  return { ...data, inskrivningar, volym: data.volym.filter((v) => v.periodSlut <= dag) };
}

/** One series per goal id; KVALITATIV goals (a person's judgement) get none. */
export function utvecklingPerManad(
  malsattningar: readonly { id: string; typ: string; definition: unknown }[],
  data: EvalData,
  options: { fran: string; till: string; minUnderlag?: number },
): Map<string, Utvecklingspunkt[]> {
  const matbara = malsattningar.filter((m) => m.typ !== "KVALITATIV");
  const serier = new Map<string, Utvecklingspunkt[]>(matbara.map((m) => [m.id, []]));
  if (matbara.length === 0) return serier;
  for (const dag of manadsslut(options.fran, options.till)) {
    const resultat = evaluateAll(matbara, dataPer(data, dag), { today: dag, minUnderlag: options.minUnderlag });
    for (const { id, resultat: r } of resultat) {
      serier.get(id)!.push({ datum: dag, taljare: r.taljare, namnare: r.namnare, varde: r.varde, saknarData: r.saknarData, status: r.status });
    }
  }
  return serier;
}
