/**
 * The goal engine: one pure evaluation of a Malsattning over plain rows
 * (DESIGN.md §3). No I/O, no clock — `today` is an input — so the same rows give
 * the same answer in the dashboard, the export and the tests. The rules:
 * - population membership by period, FELREGISTRERING never counted: rows.ts isMember;
 * - who is in the denominator and who "saknar data": rows.ts testVillkor/testAlla;
 * - ANDEL status (minUnderlag, met/not, ended/running): andel.ts andelStatus;
 * - ANTAL status against elapsed time, per year and per group: antal.ts;
 * - what mätningsmetod VOLYM can answer: volym.ts.
 * Linear in rows: one pass per goal (per year for per AR), measurement indexes
 * built once per row and shared by every goal of an evaluateAll call.
 */
import { kalenderar, antalStatus, perAr, perGrupp } from "./antal";
import { arRadMal, malDefinitionSchema, type AndelDefinition, type AntalDefinition, type MalDefinition, type Villkor } from "./definition";
import { andelMal, andelResultat, DEFAULT_MIN_UNDERLAG, type Rakning } from "./andel";
import { tomt, type MalResultat } from "./resultat";
import { addDays, indexMatningar, isMember, resolvePeriod, testAlla, UPPFOLJNING_DAGAR } from "./rows";
import type { EvalData, Fonster, InskrivningRad, MatIndex } from "./rows";
import { evaluateVolym } from "./volym";
import { evaluateEnkat } from "./enkat";

export type { EvalData, InskrivningRad } from "./rows";
export type { MalResultat, MalStatus, Undergrupp } from "./resultat";

export { DEFAULT_MIN_UNDERLAG } from "./andel";

export type EvalOptions = { today: string; minUnderlag?: number };

// serie.ts takes the shared ANDEL assembly from here, beside antalResultat.
export { andelResultat, type Rakning };

/** Rows plus their measurement indexes, built lazily once and shared by every goal. */
type Prepared = { data: EvalData; idx: (i: number) => MatIndex };

function prepare(data: EvalData): Prepared {
  const cache: (MatIndex | undefined)[] = new Array(data.inskrivningar.length);
  return {
    data,
    idx: (i) => (cache[i] ??= indexMatningar(data.inskrivningar[i] as InskrivningRad)),
  };
}

/** Evaluates one goal over plain rows. Pure: `today` comes from the caller. */
export function evaluateMalsattning(def: MalDefinition, data: EvalData, options: EvalOptions): MalResultat {
  return evaluatePrepared(def, prepare(data), options);
}

/** Evaluates several stored goals over the same rows; an invalid stored definition gives EJ_MATBART. */
export function evaluateAll(
  malsattningar: readonly { id: string; definition: unknown }[],
  data: EvalData,
  options: EvalOptions,
): { id: string; resultat: MalResultat }[] {
  const p = prepare(data);
  return malsattningar.map((m) => {
    const parsed = malDefinitionSchema.safeParse(m.definition);
    if (!parsed.success) {
      const typ = (m.definition as { typ?: unknown } | null)?.typ;
      return {
        id: m.id,
        resultat: {
          ...tomt(typ === "ANTAL" || typ === "KVALITATIV" ? typ : "ANDEL", "EJ_MATBART", {}),
          forklaring: "Målets definition är ogiltig",
        },
      };
    }
    return { id: m.id, resultat: evaluatePrepared(parsed.data, p, options) };
  });
}

function evaluatePrepared(def: MalDefinition, p: Prepared, options: EvalOptions): MalResultat {
  // KVALITATIV: a person sets the status (with a dated comment); the caller fills it in.
  if (def.typ === "KVALITATIV") return tomt("KVALITATIV", "MANUELL", {});
  const f = resolvePeriod(def.period, p.data.insatsPeriod);
  // Answers exist whatever the insats's mätningsmetod: an enkät target is never a VOLYM question.
  if (def.typ === "ENKAT") return evaluateEnkat(def, p.data.enkat, f, options);
  if (p.data.matningsmetod === "VOLYM") {
    return evaluateVolym(def, p.data, f, options.today, options.minUnderlag ?? DEFAULT_MIN_UNDERLAG);
  }

  const saknas = saknadVariabel(def.villkor, p.data);
  if (saknas !== undefined) {
    const mal = def.typ === "ANDEL" ? andelMal(def) : { minAntal: def.minAntal };
    return { ...tomt(def.typ, "EJ_MATBART", mal), forklaring: `Mätvariabeln ${saknas} finns inte`, period: f };
  }
  return def.typ === "ANDEL" ? evaluateAndel(def, p, f, options) : evaluateAntal(def, p, f, options.today);
}

/**
 * The parsed definition when the goal is counted from the inskrivning rows
 * (ANDEL or ANTAL of an insats that is not VOLYM, every variable present);
 * null when its result does not depend on the rows (invalid definition,
 * KVALITATIV, VOLYM counts, a missing variable) — evaluatePrepared's branches.
 */
export function radDefinition(definition: unknown, data: EvalData): AndelDefinition | AntalDefinition | null {
  const parsed = malDefinitionSchema.safeParse(definition);
  if (!parsed.success || !arRadMal(parsed.data) || data.matningsmetod === "VOLYM") return null;
  return saknadVariabel(parsed.data.villkor, data) === undefined ? parsed.data : null;
}

export function saknadVariabel(villkor: Villkor[], data: EvalData): string | undefined {
  const koder = new Set(data.matvariabler.map((m) => m.kod));
  for (const v of villkor) {
    if ((v.typ === "MATVARIABEL_OKAD" || v.typ === "MATVARIABEL_VARDE") && !koder.has(v.variabel)) return v.variabel;
  }
  return undefined;
}


/** Counts JA / NEJ / SAKNAS among population members of window f (and, for per GRUPP, JA per grupp). */
function rakna(def: AndelDefinition | AntalDefinition, p: Prepared, f: Fonster, today: string): Rakning & { jaPerGrupp: Map<string, number> } {
  const senastAvslut = addDays(today, -UPPFOLJNING_DAGAR); // avslut + 90 ≤ today ⇔ avslut ≤ today − 90
  let ja = 0;
  let nej = 0;
  let saknas = 0;
  const jaPerGrupp = new Map<string, number>();
  const rows = p.data.inskrivningar;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as InskrivningRad;
    if (!isMember(r, def.population, f, senastAvslut)) continue;
    const u = def.villkor.length === 0 ? "JA" : testAlla(def.villkor, r, p.idx(i));
    if (u === "JA") {
      ja++;
      if (r.gruppId !== null) jaPerGrupp.set(r.gruppId, (jaPerGrupp.get(r.gruppId) ?? 0) + 1);
    } else if (u === "NEJ") nej++;
    else saknas++;
  }
  return { ja, nej, saknas, jaPerGrupp };
}

function evaluateAndel(def: AndelDefinition, p: Prepared, f: Fonster, options: EvalOptions): MalResultat {
  return andelResultat(def, rakna(def, p, f, options.today), f, options);
}

function evaluateAntal(def: AntalDefinition, p: Prepared, f: Fonster, today: string): MalResultat {
  const c = rakna(def, p, f, today);
  // per AR: each year counts its own members (INSKRIVNA: overlapping that year), so one
  // person enrolled across New Year counts in both years, as SUS counted.
  const arsJa = def.per === "AR" ? (ar: Fonster) => rakna(def, p, ar, today).ja : () => 0;
  return antalResultat(def, c, f, today, { arsJa, gruppJa: c.jaPerGrupp, grupper: p.data.grupper });
}

/**
 * An ANTAL result from its counts: `c` over the whole window, `arsJa` the JA
 * count of one calendar-year window (per AR), `gruppJa` JA per grupp id (per
 * GRUPP). Shared by evaluateMalsattning and the monthly series (serie.ts).
 */
export function antalResultat(
  def: AntalDefinition,
  c: Rakning,
  f: Fonster,
  today: string,
  under: { arsJa: (ar: Fonster) => number; gruppJa: ReadonlyMap<string, number>; grupper: readonly { id: string; namn: string }[] },
): MalResultat {
  const { ja, nej, saknas } = c;
  const bas = { taljare: ja, namnare: ja + nej, saknarData: saknas, period: f };
  if (def.per === "AR") {
    const arsAntal = kalenderar(f, today).map((ar) => ({ ar, antal: under.arsJa(ar) }));
    return perAr(def, bas, arsAntal, today);
  }
  if (def.per === "GRUPP") {
    const grupper = under.grupper.map((g) => ({ ...g, antal: under.gruppJa.get(g.id) ?? 0 }));
    return perGrupp(def, bas, grupper, f, today);
  }
  return {
    typ: "ANTAL",
    per: "PERIOD",
    ...bas,
    status: antalStatus(ja / def.minAntal, f, today),
    varde: ja,
    mal: { minAntal: def.minAntal },
  };
}
