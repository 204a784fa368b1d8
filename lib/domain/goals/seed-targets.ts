import type { MalDefinition } from "./definition";

/**
 * Every target of the five seed documents (DESIGN.md §3) as structured data.
 * `text` is the seed's own words (including its spelling); `definition` is how
 * the product expresses it. Reused by the demo seed, the API documentation and
 * the goal engine's tests.
 *
 * Choices where the seed leaves room:
 * - "självförsörjande i form av arbete eller egenfinansierade studier" is the
 *   avslutsorsak ARBETE or STUDIER (where the person went);
 * - "egenförsörjande i form av arbete eller studier vid avslut" is the
 *   försörjning recorded at avslut: lön or studiemedel;
 * - "nått självförsörjning eller fått rätt ersättning" 90 days after avslut is the
 *   follow-up status ARBETE, STUDIER or RATT_ERSATTNING;
 * - "30 personer deltar årligen" counts everyone enrolled at some time in each
 *   calendar year (overlap), as SUS counted deltagare per year.
 */
export type SeedTarget = {
  insats: string;
  text: string;
  kategori: "RESULTATMAL" | "VERKSAMHETSMAL" | "KVALITATIVT_MAL";
  definition: MalDefinition;
};

export const SEED_INSATSER = {
  VAGEN_VIDARE: "Vägen vidare",
  FRISKA_VINDAR: "Friska Vindar 2.0",
  VAGKNUTEN: "Vägknuten 2.0",
  TILL_ARBETE: "Till arbete eller studier",
  SAMJAMT: "Samjamt/i14",
} as const;

const { VAGEN_VIDARE, FRISKA_VINDAR, VAGKNUTEN, TILL_ARBETE, SAMJAMT } = SEED_INSATSER;

export const seedTargets: SeedTarget[] = [
  {
    insats: VAGEN_VIDARE,
    kategori: "RESULTATMAL",
    text: "Minst 6 personer avslutas mot att de blivit självförsörjande i form av arbete eller egenfinansierade studier.",
    definition: {
      typ: "ANTAL",
      population: "AVSLUTADE",
      villkor: [{ typ: "AVSLUTSORSAK", koder: ["ARBETE", "STUDIER"] }],
      minAntal: 6,
      per: "PERIOD",
    },
  },
  {
    insats: VAGEN_VIDARE,
    kategori: "RESULTATMAL",
    text: "Minst 12 personer går vidare i andra arbetsförberedande åtgärder efter avslutad insats.",
    definition: {
      typ: "ANTAL",
      population: "AVSLUTADE",
      villkor: [{ typ: "AVSLUTSORSAK", koder: ["ANNAN_ARBETSFORBEREDANDE_INSATS"] }],
      minAntal: 12,
      per: "PERIOD",
    },
  },
  {
    insats: VAGEN_VIDARE,
    kategori: "RESULTATMAL",
    text: "Minst 7 av 10 upplever ökad livskvalitet. (mät skala VAS-skala)",
    definition: {
      typ: "ANDEL",
      population: "AVSLUTADE",
      villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "VAS", fran: "START", till: "AVSLUT" }],
      minAndel: 0.7,
    },
  },
  {
    insats: VAGEN_VIDARE,
    kategori: "VERKSAMHETSMAL",
    text: "Vägen vidare genomför två grupper bestående av minst 12 personer i varje grupp. Varje grupp pågår i 12 veckor.",
    definition: { typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal: 12, per: "GRUPP", minGrupper: 2 },
  },
  {
    insats: FRISKA_VINDAR,
    kategori: "RESULTATMAL",
    text: "Minst 8 av 10 personer som avslutas i finansierade insatser ska öka sin förmåga till förvärvsarbete",
    definition: {
      typ: "ANDEL",
      population: "AVSLUTADE",
      villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "STEG", fran: "START", till: "AVSLUT" }],
      minAndel: 0.8,
    },
  },
  {
    insats: FRISKA_VINDAR,
    kategori: "RESULTATMAL",
    text: "Minst 4 av 10 personer som avslutas i finansierade insatser ska vid avslut vara egenförsörjande i form av arbete eller studier",
    definition: {
      typ: "ANDEL",
      population: "AVSLUTADE",
      villkor: [{ typ: "FORSORJNING_AVSLUT", koder: ["LON", "STUDIEMEDEL"] }],
      minAndel: 0.4,
    },
  },
  {
    insats: FRISKA_VINDAR,
    kategori: "RESULTATMAL",
    text: "Minst 7 av 10 deltagare skall vid avslutad aktivitet uppleva ökad livskvalitet",
    definition: {
      typ: "ANDEL",
      population: "AVSLUTADE",
      villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "VAS", fran: "START", till: "AVSLUT" }],
      minAndel: 0.7,
    },
  },
  {
    insats: FRISKA_VINDAR,
    kategori: "VERKSAMHETSMAL",
    text: "Under 2020 och 2021 förväntas att 400 kvinnor och män får del av Friska Vindar 2.0.",
    definition: {
      typ: "ANTAL",
      population: "INSKRIVNA",
      villkor: [],
      minAntal: 400,
      per: "PERIOD",
      period: { fran: "2020-01-01", till: "2021-12-31" },
    },
  },
  {
    insats: FRISKA_VINDAR,
    kategori: "VERKSAMHETSMAL",
    text: "Kvinnor och män ska vara nöjda och känna meningsfullhet i att delta i insatsen och de platserna som förfogas över ska fördelas jämställt.",
    definition: {
      typ: "ANDEL",
      population: "INSKRIVNA",
      villkor: [{ typ: "KON", kon: "K" }],
      minAndel: 0.4,
      maxAndel: 0.6,
    },
  },
  {
    insats: VAGKNUTEN,
    kategori: "VERKSAMHETSMAL",
    text: "30 personer deltar årligen i projektet",
    definition: { typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal: 30, per: "AR" },
  },
  {
    insats: VAGKNUTEN,
    kategori: "RESULTATMAL",
    text: "30% av antalet deltagare ska 90 dagar efter avslutad insats nått självförsörjning eller fått rätt ersättning",
    definition: {
      typ: "ANDEL",
      population: "AVSLUTADE_MED_UPPFOLJNING",
      villkor: [{ typ: "UPPFOLJNING_STATUS", koder: ["ARBETE", "STUDIER", "RATT_ERSATTNING"] }],
      minAndel: 0.3,
    },
  },
  {
    insats: VAGKNUTEN,
    kategori: "RESULTATMAL",
    text: "50% av deltagarna ska ha upplevt vid avslutad insats, att de kommit närmare arbetsmarknaden",
    definition: {
      typ: "ANDEL",
      population: "AVSLUTADE",
      villkor: [{ typ: "MATVARIABEL_VARDE", variabel: "NARMARE_ARBETSMARKNADEN", tidpunkt: "AVSLUT", koder: [1] }],
      minAndel: 0.5,
    },
  },
  {
    insats: VAGKNUTEN,
    kategori: "RESULTATMAL",
    text: "70% av deltagarna ska ha upplevt vid avslutad insats, att han/hon upplever en önskvärd utveckling.",
    definition: {
      typ: "ANDEL",
      population: "AVSLUTADE",
      villkor: [{ typ: "MATVARIABEL_VARDE", variabel: "ONSKVARD_UTVECKLING", tidpunkt: "AVSLUT", koder: [1] }],
      minAndel: 0.7,
    },
  },
  {
    insats: VAGKNUTEN,
    kategori: "VERKSAMHETSMAL",
    text: "varje deltagare ska få en individuell genomförandelplan upprättad",
    definition: { typ: "ANDEL", population: "INSKRIVNA", villkor: [{ typ: "HAR_PLAN" }], minAndel: 1 },
  },
  {
    insats: TILL_ARBETE,
    kategori: "VERKSAMHETSMAL",
    text: "Planerat antal deltagare: 61",
    definition: { typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal: 61, per: "PERIOD" },
  },
  {
    insats: SAMJAMT,
    kategori: "KVALITATIVT_MAL",
    text: "Identifiera, testa och utvärdera arbetsmetoder och verktyg för att kartlägga inlärningsbakgrund och inlärningsfärdigheter samt eventuella särskilda behov (som exempelvis funktionshinder) avseende språkinläring och arbetsmarknadsintegration hos personer i målgruppen.",
    definition: { typ: "KVALITATIV" },
  },
  {
    insats: SAMJAMT,
    kategori: "KVALITATIVT_MAL",
    text: "Identifiera, testa och utvärdera arbetsmetoder och verktyg som stärker kopplingen mellan målgruppen och privata och offentliga arbetsgivare – den så kallade arbetsmarknadskunskapen.",
    definition: { typ: "KVALITATIV" },
  },
];
