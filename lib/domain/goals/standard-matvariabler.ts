/**
 * The default measurements every förbund starts with (DESIGN.md §4). Goals,
 * templates and the demo seed refer to them by `kod`; a förbund may rename them
 * (the steg scale is its own) but keeps the code.
 */
export type StandardMatvariabel = {
  kod: string;
  namn: string;
  namnEn: string;
  beskrivning: string;
  typ: "SKALA" | "JANEJ";
  min: number | null;
  max: number | null;
};

export const standardMatvariabler = [
  {
    kod: "VAS",
    namn: "Livskvalitet",
    namnEn: "Quality of life",
    beskrivning: "Upplevd livskvalitet på VAS-skala 0–10",
    typ: "SKALA",
    min: 0,
    max: 10,
  },
  {
    kod: "STEG",
    namn: "Förmåga till arbete",
    namnEn: "Work ability",
    beskrivning: "Stegförflyttning 1–7 på förbundets stegtrappa mot arbete",
    typ: "SKALA",
    min: 1,
    max: 7,
  },
  {
    kod: "NARMARE_ARBETSMARKNADEN",
    namn: "Närmare arbetsmarknaden",
    namnEn: "Closer to the labour market",
    beskrivning: "Upplever du att du har kommit närmare arbetsmarknaden? (ja/nej)",
    typ: "JANEJ",
    min: 0,
    max: 1,
  },
  {
    kod: "ONSKVARD_UTVECKLING",
    namn: "Önskvärd utveckling",
    namnEn: "Desired progress",
    beskrivning: "Upplever du en önskvärd utveckling? (ja/nej)",
    typ: "JANEJ",
    min: 0,
    max: 1,
  },
] as const satisfies readonly StandardMatvariabel[];

export type StandardMatvariabelKod = (typeof standardMatvariabler)[number]["kod"];
