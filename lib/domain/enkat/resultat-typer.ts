import type { Cell } from "@/lib/domain/suppression";

/**
 * Plain, serialisable input and output of the enkät results (issue 10). The
 * server reads the rows; lib/domain/enkat computes and suppresses; pages, the
 * API and the exports only render what comes out.
 */

export type FragaTyp = "SKALA" | "JA_NEJ" | "ETT_AV_FLERA" | "FRITEXT";

export type EnkatFragaInfo = {
  id: string;
  ordning: number;
  text: string;
  typ: FragaTyp;
  /** SKALA only. */
  min: number | null;
  max: number | null;
  minEtikett: string | null;
  maxEtikett: string | null;
  /** ETT_AV_FLERA only: the options in their order. */
  alternativ: string[];
};

export type EnkatVersionInfo = { id: string; nummer: number; fragor: EnkatFragaInfo[] };

/** One submitted answer: its version, coarse period (year only is used) and insats (null = förbund level). */
export type SvarRad = {
  versionId: string;
  ar: number;
  insatsId: string | null;
  /** Answered questions only; a skipped question has no entry. */
  varden: { fragaId: string; tal: number | null; text: string | null }[];
};

/** Links handed out, counted per year and insats (the year the link was created). */
export type LankAntal = { ar: number; insatsId: string | null; antal: number };

export type Fordelningsrad = {
  /** The value as stored: "3", "JA", or the option's text. */
  varde: string;
  etikett: string;
  antal: Cell;
};

export type FragaResultat = {
  fragaId: string;
  ordning: number;
  text: string;
  typ: FragaTyp;
  /** People who answered this question. */
  besvarat: Cell;
  /** Respondents who left it empty (shown, never dropped). */
  ejBesvarat: Cell;
  fordelning: Fordelningsrad[];
  /** SKALA only: mean of the answers, null when suppressed or nobody answered. */
  medel: number | null;
  /** JA_NEJ only: share answering ja among those who answered. */
  andelJa: number | null;
  /** FRITEXT only, and only in the unsuppressed view: the texts, in no particular order. */
  fritext?: string[];
};

export type VersionAr = { ar: number; antalSvar: Cell; fragor: FragaResultat[] };

export type Jamforelse = {
  fragaId: string;
  text: string;
  typ: FragaTyp;
  perAr: { ar: number; besvarat: Cell; medel: number | null; andelJa: number | null }[];
};

export type VersionResultat = {
  versionId: string;
  nummer: number;
  antalSvar: Cell;
  perAr: VersionAr[];
  /** Year-on-year, per question, within this version only (versions are never mixed). */
  jamforelse: Jamforelse[];
};

export type Svarsfrekvens = { ar: number; lankar: number; svar: Cell; andel: number | null };

export type EnkatResultat = {
  enkat: { id: string; namn: string; respondentgrupp: string };
  filter: { ar: number | null; insatsId: string | null };
  /** true when small cells are hidden (styrelse, vägledare and every export). */
  undertryckt: boolean;
  minCell: number;
  svarsfrekvens: Svarsfrekvens[];
  versioner: VersionResultat[];
};
