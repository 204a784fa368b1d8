import type { MalResultat, MalStatus } from "@/lib/domain/goals/evaluate";
import type { Cell } from "@/lib/domain/suppression";
import type { OversiktFilter } from "@/lib/validation/oversikt";

/** One kön's (or both's) participants in the period: active at its end, ended within it, and all. */
export type KonRad<C> = { aktiva: C | null; avslutade: C | null; totalt: C };

/**
 * Participants of one insats in the period. Under mätningsmetod VOLYM only
 * registered counts by kön exist, so aktiva/avslutade are null.
 */
export type DeltagareAntal<C> = {
  kalla: "INSKRIVNINGAR" | "VOLYM";
  K: KonRad<C>;
  M: KonRad<C>;
  totalt: KonRad<C>;
  /** Shares of all counted; null when there is nobody, or when suppressed. */
  andelKvinnor: number | null;
  andelMan: number | null;
  /** The seeds' "jämställt": women 40–60 % of the participants. null when the share cannot be shown. */
  jamstalld: boolean | null;
};

export type BudgetAnvandning = { budget: number; utfall: number; andel: number | null; ar: number[] };

export type VarningTyp = "AVSLUT_SAKNAR_MATNING" | "UPPFOLJNING_FORSENAD" | "AVSLUT_SAKNAR_ORSAK" | "INGA_MAL";
/** A data-quality warning for processledare: what is missing and for how many. */
export type Varning = { typ: VarningTyp; antal: number; variabel?: string };

export type OversiktMal = {
  id: string;
  kategori: "RESULTATMAL" | "VERKSAMHETSMAL" | "KVALITATIVT_MAL";
  typ: "ANDEL" | "ANTAL" | "KVALITATIV";
  text: string;
  mening: string;
  kvalitativStatus: string | null;
  resultat: MalResultat;
};

export type InsatsHuvud = {
  id: string;
  namn: string;
  insatstyp: "INDIVIDINRIKTAD" | "STRUKTURINRIKTAD" | "FORSTUDIE";
  status: "PLANERAD" | "PAGAENDE" | "AVSLUTAD";
  matningsmetod: "VOLYM" | "ANONYM" | "PERSONUPPGIFTER";
  startdatum: string;
  slutdatum: string | null;
};

export type InsatsOversikt = InsatsHuvud & {
  mal: OversiktMal[];
  deltagare: DeltagareAntal<number>;
  budget: BudgetAnvandning;
  varningar: Varning[];
};

export type MalStatusSummering = Partial<Record<MalStatus, number>>;

/** The förbund overview for processledare and admin: exact figures. */
export type ForbundOversikt = {
  forbund: { slug: string; namn: string };
  filter: OversiktFilter;
  /** The window participants are counted in; `till` defaults to today. */
  period: { fran: string | null; till: string };
  idag: string;
  minCell: number;
  /** Mätvariabel kod → the förbund's name for it, for the warnings. */
  matvariabelNamn: Record<string, string>;
  insatser: InsatsOversikt[];
};

/** A target's result as the board sees it: counts as cells, shares only where both counts show. */
export type StyrelseMal = {
  id: string;
  kategori: OversiktMal["kategori"];
  typ: OversiktMal["typ"];
  text: string;
  mening: string;
  kvalitativStatus: string | null;
  status: MalStatus;
  per: MalResultat["per"] | null;
  taljare: Cell;
  namnare: Cell;
  /** ANDEL: the share; ANTAL per år/grupp: years/groups reached; ANTAL per period: the count. null when hidden. */
  varde: number | null;
  intervall: { low: number; high: number } | null;
  mal: MalResultat["mal"];
  saknarData: Cell;
  perUndergrupp: { nyckel: string; namn: string; antal: Cell; malAntal: number | null; uppnatt: boolean; ejPaborjad: boolean }[];
  forklaring: string | null;
};

export type StyrelseInsats = InsatsHuvud & {
  mal: StyrelseMal[];
  deltagare: DeltagareAntal<Cell>;
  budget: BudgetAnvandning;
};

/** The board's view model: aggregates only, every small cell suppressed on the server. */
export type StyrelseOversikt = {
  forbund: { slug: string; namn: string };
  filter: OversiktFilter;
  period: { fran: string | null; till: string };
  idag: string;
  minCell: number;
  insatser: StyrelseInsats[];
};
