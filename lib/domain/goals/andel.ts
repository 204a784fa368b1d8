import type { AndelDefinition } from "./definition";
import type { MalResultat, MalStatus } from "./resultat";
import type { Fonster } from "./rows";
import { wilson } from "./wilson";

export const DEFAULT_MIN_UNDERLAG = 5;
/** Shares are compared with a tolerance so 7/10 meets "minst 0.7" whatever floating point does. */
const EPS = 1e-9;

export function andelMal(def: Pick<AndelDefinition, "minAndel" | "maxAndel">): MalResultat["mal"] {
  return {
    ...(def.minAndel !== undefined ? { minAndel: def.minAndel } : {}),
    ...(def.maxAndel !== undefined ? { maxAndel: def.maxAndel } : {}),
  };
}

/**
 * ANDEL status:
 * - namnare < minUnderlag (goal's own, else options', else 5) → UNDERLAG_SAKNAS:
 *   a share of 2 people is not "100 %";
 * - target met (share within [minAndel, maxAndel]) → UPPNATT once the period has
 *   ended (today > end), PA_VAG while it runs;
 * - not met → EJ_UPPNATT once ended, RISK while it runs.
 * The Wilson interval is reported beside the share but does not move the status:
 * the seeds state their targets as point shares ("minst 7 av 10"), and 7 of 10
 * must read as met exactly as written.
 */
export function andelStatus(
  varde: number | null,
  namnare: number,
  minUnderlag: number,
  def: Pick<AndelDefinition, "minAndel" | "maxAndel">,
  f: Fonster,
  today: string,
): MalStatus {
  if (varde === null || namnare < minUnderlag) return "UNDERLAG_SAKNAS";
  const met =
    (def.minAndel === undefined || varde >= def.minAndel - EPS) && (def.maxAndel === undefined || varde <= def.maxAndel + EPS);
  const ended = f.till !== null && today > f.till;
  if (met) return ended ? "UPPNATT" : "PA_VAG";
  return ended ? "EJ_UPPNATT" : "RISK";
}


/** JA / NEJ / SAKNAS among the members of one window (or respondents, for ENKAT). */
export type Rakning = { ja: number; nej: number; saknas: number };

/**
 * An ANDEL result from its counts. The one place the figures, interval and
 * status of a share are put together — used by evaluateMalsattning, by the
 * monthly series (serie.ts) and by ENKAT targets (enkat.ts), so all agree.
 */
export function andelResultat(
  def: Pick<AndelDefinition, "minAndel" | "maxAndel" | "minUnderlag">,
  c: Rakning,
  f: Fonster,
  options: { today: string; minUnderlag?: number },
): MalResultat {
  const { ja, nej, saknas } = c;
  const namnare = ja + nej;
  const varde = namnare > 0 ? ja / namnare : null;
  const minUnderlag = def.minUnderlag ?? options.minUnderlag ?? DEFAULT_MIN_UNDERLAG;
  return {
    typ: "ANDEL",
    status: andelStatus(varde, namnare, minUnderlag, def, f, options.today),
    taljare: ja,
    namnare,
    varde,
    ...(namnare > 0 ? { intervall: wilson(ja, namnare) } : {}),
    mal: andelMal(def),
    saknarData: saknas,
    period: f,
  };
}
