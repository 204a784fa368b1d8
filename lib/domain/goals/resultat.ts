import type { Intervall } from "./wilson";
import type { Fonster } from "./rows";

export type MalStatus = "UPPNATT" | "PA_VAG" | "RISK" | "EJ_UPPNATT" | "UNDERLAG_SAKNAS" | "EJ_MATBART" | "MANUELL";

/** One calendar year (nyckel "2020") or one grupp (nyckel = grupp id) of an ANTAL goal. */
export type Undergrupp = {
  nyckel: string;
  namn: string;
  antal: number;
  /** Years only: the year's target — minAntal, pro rata for a year the period covers in part. */
  malAntal?: number;
  uppnatt: boolean;
  /** Years only: the year's own status; a year not yet begun has none and never fails the goal. */
  status?: MalStatus;
  ejPaborjad?: boolean;
};

export type MalResultat = {
  typ: "ANDEL" | "ANTAL" | "KVALITATIV";
  per?: "PERIOD" | "AR" | "GRUPP";
  status: MalStatus;
  /** People meeting every condition (ANTAL: over the whole period). */
  taljare: number;
  /** People in the population whose data the conditions need are present. */
  namnare: number;
  /**
   * ANDEL: taljare / namnare (null when namnare = 0). ANTAL per PERIOD: taljare.
   * ANTAL per AR / GRUPP: the number of years / groups that reached minAntal.
   */
  varde: number | null;
  /** 95 % Wilson interval, shares only, absent when namnare = 0. */
  intervall?: Intervall;
  mal: { minAndel?: number; maxAndel?: number; minAntal?: number; minGrupper?: number };
  /** People in the population lacking what a condition needs — shown, never dropped. */
  saknarData: number;
  perUndergrupp?: Undergrupp[];
  /** The window the goal was evaluated over. */
  period?: Fonster;
  forklaring?: string;
};

const allvar: Partial<Record<MalStatus, number>> = { UPPNATT: 0, PA_VAG: 1, RISK: 2, EJ_UPPNATT: 3 };

/** The worst of several deadline statuses (EJ_UPPNATT > RISK > PA_VAG > UPPNATT). */
export function samstaStatus(statusar: MalStatus[]): MalStatus | undefined {
  let worst: MalStatus | undefined;
  for (const s of statusar) {
    if (worst === undefined || (allvar[s] ?? 0) > (allvar[worst] ?? 0)) worst = s;
  }
  return worst;
}

export function tomt(typ: MalResultat["typ"], status: MalStatus, mal: MalResultat["mal"]): MalResultat {
  return { typ, status, taljare: 0, namnare: 0, varde: null, mal, saknarData: 0 };
}
