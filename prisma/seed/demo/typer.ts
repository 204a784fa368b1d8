/** The shapes the per-seed data files fill in and the generator reads. */
import type {
  FinansieringKalla,
  InsatsStatus,
  Insatstyp,
  KvalitativStatus,
  Matningsmetod,
  PlaneradPer,
} from "../../../generated/prisma/enums";
import type {
  Avslutsorsak,
  Forsorjning,
  aktuellHos,
  budgetKategori,
  remittent,
  sysselsattning,
  tidIOffentligForsorjning,
  uppfoljningStatus,
  utbildningsniva,
} from "../../../lib/domain/kodlistor";
import type { DemoSlug } from "./forbund";
import type { Iso } from "./datum";

type Kod<L extends { koder: readonly string[] }> = L["koder"][number];
export type BudgetKategori = Kod<typeof budgetKategori>;
export type Remittent = Kod<typeof remittent>;
export type AktuellHos = Kod<typeof aktuellHos>;
export type Sysselsattning = Kod<typeof sysselsattning>;
export type Utbildningsniva = Kod<typeof utbildningsniva>;
export type TidIOffentligForsorjning = Kod<typeof tidIOffentligForsorjning>;
export type UppfoljningStatus = Kod<typeof uppfoljningStatus>;
export type { Avslutsorsak, Forsorjning };

/** Relative weights; they need not sum to 1. */
export type Vikter<K extends string> = Partial<Record<K, number>>;

export type BudgetRad = { ar: number; kategori: BudgetKategori; belopp: number; beskrivning: string };
export type FinansieringRad = { ar: number; kalla: FinansieringKalla; medlem?: string; belopp: number };
export type UtfallRad = { ar: number; manad?: number; kategori: BudgetKategori; belopp: number; beskrivning: string };
export type GruppSpec = { namn: string; startdatum: Iso; veckor: number; planeradStorlek?: number };
export type VolymSpec = { periodStart: Iso; periodSlut: Iso; kvinnor: number; man: number; kommentar: string };

/** Dated, hand-set status of a KVALITATIV target; the last entry is the current status. */
export type KvalitativHistorik = { datum: Iso; status: KvalitativStatus; kommentar: string }[];

export type InsatsSpec = {
  forbund: DemoSlug;
  namn: string;
  insatstyp: Insatstyp;
  status: InsatsStatus;
  matningsmetod: Matningsmetod;
  /** Medlem keys from forbund.ts. */
  puaMedlem?: string;
  bitradesavtalDatum?: Iso;
  utforareMedlem?: string;
  startdatum: Iso;
  slutdatum: Iso;
  malgrupp: string;
  syfte: string;
  preciseradInriktning: string;
  kontaktperson: string;
  kontaktEpost?: string;
  planeradeDeltagare?: number;
  planeradeDeltagarePer: PlaneradPer;
  esfFinansierad: boolean;
  grupper: GruppSpec[];
  budget: BudgetRad[];
  finansiering: FinansieringRad[];
  utfall: UtfallRad[];
  volymer?: VolymSpec[];
  deltagare?: DeltagareProfil;
  /** Status history per KVALITATIV target, in the order seed-targets lists them. */
  kvalitativ?: KvalitativHistorik[];
};

/** One track (spår) of an insats: its share of the participants, outcomes and length. */
export type SparProfil = {
  namn: string | null;
  andel: number;
  /** Allocated exactly (largest remainder), not drawn: small insatser hit their intended counts. */
  avslutsorsak: Vikter<Avslutsorsak>;
  /** Length of participation in days, [min, max]. */
  dagar: readonly [number, number];
  remittent: Vikter<Remittent>;
  forsorjningStart: Vikter<Forsorjning>;
};

/** P(measure improved / answered ja) by avslutsorsak; missing orsak → `ovriga`. */
export type Sannolikhet = { per: Vikter<Avslutsorsak>; ovriga: number };

export type SkalaProfil = {
  variabel: "VAS" | "STEG";
  min: number;
  max: number;
  startMedel: number;
  startSd: number;
  okar: Sannolikhet;
};

export type DeltagareProfil = {
  /** Prefix of the deterministic streams of this insats. */
  strom: string;
  /** Number of inskrivningar (including re-enrolments); must equal the sum of `starter`. */
  antal: number;
  andelKvinnor: number;
  alder: { min: number; max: number; medel: number; sd: number };
  /**
   * Starts spread over weekdays, `antal` in each window; without windows everyone
   * starts with a group (spread evenly over the insats's groups).
   */
  starter?: { fran: Iso; till: Iso; antal: number }[];
  /** Group insatser: those who complete leave when their group ends. */
  avslutVidGruppslut?: boolean;
  /** Last possible avslut (the insats winds down before its slutdatum). */
  sistaAvslut: Iso;
  /** Share of participations extended beyond the track's max length, and by how many days. */
  forlangning?: { andel: number; dagar: readonly [number, number] };
  spar: SparProfil[];
  /** Participations left without a registered avslut (a data gap the UI must show). */
  utanAvslut: number;
  felregistreringar: number;
  /** People enrolled twice: the second inskrivning starts after the first avslut. */
  aterinskrivningar: number;
  kommuner: Vikter<string>;
  utbildningsniva: Vikter<Utbildningsniva>;
  tidIOffentligForsorjning: Vikter<TidIOffentligForsorjning>;
  skalor: SkalaProfil[];
  janej: { variabel: "NARMARE_ARBETSMARKNADEN" | "ONSKVARD_UTVECKLING"; ja: Sannolikhet }[];
  /** P(no START measurement), P(no AVSLUT measurement) — the "saknar mätning" cases. */
  saknarStart: number;
  saknarAvslut: number;
  /** Share of avslutade with a 90-day follow-up; status by avslutsorsak; share EJ_NADD. */
  uppfoljning: { andel: number; ejNadd: number; status: Partial<Record<Avslutsorsak, Vikter<UppfoljningStatus>>>; ovriga: Vikter<UppfoljningStatus> };
  /** Genomförandeplan: share of participations with one, and the goals to draw from. */
  plan?: { andel: number; mal: string[] };
  /** PERSONUPPGIFTER: deltagare with skyddade personuppgifter (no identity), and withdrawn consents. */
  skyddade?: number;
  aterkalladeSamtycken?: number;
  samordningsnummer?: number;
  namn?: "svenska" | "blandade";
};
