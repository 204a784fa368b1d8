import type { MalDefinition } from "./definition";

/**
 * Starting points for the goal form: the targets förbund write again and again
 * (the seeds' targets among them). A template fills the form; the processledare
 * adjusts numbers and period before saving. Matvariabel codes are the defaults
 * of lib/domain/matvariabler.ts.
 */
export type MalTemplate = {
  id: string;
  namn: string;
  namnEn: string;
  kategori: "RESULTATMAL" | "VERKSAMHETSMAL" | "KVALITATIVT_MAL";
  definition: MalDefinition;
};

export const malTemplates: MalTemplate[] = [
  {
    id: "okad-livskvalitet",
    namn: "Ökad livskvalitet (VAS) från start till avslut",
    namnEn: "Improved quality of life (VAS) from start to exit",
    kategori: "RESULTATMAL",
    definition: {
      typ: "ANDEL",
      population: "AVSLUTADE",
      villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "VAS", fran: "START", till: "AVSLUT" }],
      minAndel: 0.7,
    },
  },
  {
    id: "okad-stegforflyttning",
    namn: "Ökad förmåga till arbete (stegförflyttning)",
    namnEn: "Improved work ability (steps)",
    kategori: "RESULTATMAL",
    definition: {
      typ: "ANDEL",
      population: "AVSLUTADE",
      villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "STEG", fran: "START", till: "AVSLUT" }],
      minAndel: 0.8,
    },
  },
  {
    id: "egenforsorjning-vid-avslut",
    namn: "Egenförsörjning vid avslut (arbete eller studier)",
    namnEn: "Self-support at exit (work or studies)",
    kategori: "RESULTATMAL",
    definition: {
      typ: "ANDEL",
      population: "AVSLUTADE",
      villkor: [{ typ: "FORSORJNING_AVSLUT", koder: ["LON", "STUDIEMEDEL"] }],
      minAndel: 0.4,
    },
  },
  {
    id: "avslut-arbete-studier",
    namn: "Avslut till arbete eller studier (antal)",
    namnEn: "Exits to work or studies (count)",
    kategori: "RESULTATMAL",
    definition: {
      typ: "ANTAL",
      population: "AVSLUTADE",
      villkor: [{ typ: "AVSLUTSORSAK", koder: ["ARBETE", "STUDIER"] }],
      minAntal: 6,
      per: "PERIOD",
    },
  },
  {
    id: "vidare-annan-insats",
    namn: "Vidare till annan arbetsförberedande insats (antal)",
    namnEn: "On to another work-preparatory programme (count)",
    kategori: "RESULTATMAL",
    definition: {
      typ: "ANTAL",
      population: "AVSLUTADE",
      villkor: [{ typ: "AVSLUTSORSAK", koder: ["ANNAN_ARBETSFORBEREDANDE_INSATS"] }],
      minAntal: 12,
      per: "PERIOD",
    },
  },
  {
    id: "deltagare-per-ar",
    namn: "Antal deltagare per kalenderår",
    namnEn: "Participants per calendar year",
    kategori: "VERKSAMHETSMAL",
    definition: { typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal: 30, per: "AR" },
  },
  {
    id: "deltagare-under-perioden",
    namn: "Planerat antal deltagare under perioden",
    namnEn: "Planned number of participants for the period",
    kategori: "VERKSAMHETSMAL",
    definition: { typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal: 60, per: "PERIOD" },
  },
  {
    id: "jamstalld-fordelning",
    namn: "Jämställd fördelning av platserna (40–60 % kvinnor)",
    namnEn: "Gender-balanced places (40–60% women)",
    kategori: "VERKSAMHETSMAL",
    definition: { typ: "ANDEL", population: "INSKRIVNA", villkor: [{ typ: "KON", kon: "K" }], minAndel: 0.4, maxAndel: 0.6 },
  },
  {
    id: "ratt-ersattning-90-dagar",
    namn: "Självförsörjning eller rätt ersättning 90 dagar efter avslut",
    namnEn: "Self-support or the right benefit 90 days after exit",
    kategori: "RESULTATMAL",
    definition: {
      typ: "ANDEL",
      population: "AVSLUTADE_MED_UPPFOLJNING",
      villkor: [{ typ: "UPPFOLJNING_STATUS", koder: ["ARBETE", "STUDIER", "RATT_ERSATTNING"] }],
      minAndel: 0.3,
    },
  },
  {
    id: "narmare-arbetsmarknaden",
    namn: "Närmare arbetsmarknaden vid avslut (ja/nej)",
    namnEn: "Closer to the labour market at exit (yes/no)",
    kategori: "RESULTATMAL",
    definition: {
      typ: "ANDEL",
      population: "AVSLUTADE",
      villkor: [{ typ: "MATVARIABEL_VARDE", variabel: "NARMARE_ARBETSMARKNADEN", tidpunkt: "AVSLUT", koder: [1] }],
      minAndel: 0.5,
    },
  },
  {
    id: "onskvard-utveckling",
    namn: "Önskvärd utveckling vid avslut (ja/nej)",
    namnEn: "Desired progress at exit (yes/no)",
    kategori: "RESULTATMAL",
    definition: {
      typ: "ANDEL",
      population: "AVSLUTADE",
      villkor: [{ typ: "MATVARIABEL_VARDE", variabel: "ONSKVARD_UTVECKLING", tidpunkt: "AVSLUT", koder: [1] }],
      minAndel: 0.7,
    },
  },
  {
    id: "individuell-genomforandeplan",
    namn: "Varje deltagare har en individuell genomförandeplan",
    namnEn: "Every participant has an individual plan",
    kategori: "VERKSAMHETSMAL",
    definition: { typ: "ANDEL", population: "INSKRIVNA", villkor: [{ typ: "HAR_PLAN" }], minAndel: 1 },
  },
  {
    id: "grupper-om-minst",
    namn: "Grupper om minst N deltagare",
    namnEn: "Groups of at least N participants",
    kategori: "VERKSAMHETSMAL",
    definition: { typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal: 12, per: "GRUPP", minGrupper: 2 },
  },
  {
    id: "kvalitativt-mal",
    namn: "Kvalitativt mål (bedöms manuellt)",
    namnEn: "Qualitative target (assessed manually)",
    kategori: "KVALITATIVT_MAL",
    definition: { typ: "KVALITATIV" },
  },
];

export function findMalTemplate(id: string): MalTemplate | undefined {
  return malTemplates.find((t) => t.id === id);
}
