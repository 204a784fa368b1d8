// Default measured variables every förbund starts with (DESIGN.md §4). A
// förbund may rename them (the steg scale is the förbund's own) or add more.

export type MatvariabelDefault = {
  kod: string;
  namn: string;
  beskrivning: string;
  typ: "SKALA" | "JANEJ";
  min: number | null;
  max: number | null;
};

export const DEFAULT_MATVARIABLER: readonly MatvariabelDefault[] = [
  { kod: "VAS", namn: "Livskvalitet (VAS)", beskrivning: "Självskattad livskvalitet på en skala 0–10", typ: "SKALA", min: 0, max: 10 },
  { kod: "STEG", namn: "Steg mot arbete", beskrivning: "Förmåga till arbete på förbundets stegskala 1–7", typ: "SKALA", min: 1, max: 7 },
  {
    kod: "NARMARE_ARBETSMARKNADEN",
    namn: "Närmare arbetsmarknaden",
    beskrivning: "Upplever deltagaren att hen kommit närmare arbetsmarknaden?",
    typ: "JANEJ",
    min: 0,
    max: 1,
  },
  {
    kod: "ONSKVARD_UTVECKLING",
    namn: "Önskvärd utveckling",
    beskrivning: "Upplever deltagaren en önskvärd utveckling?",
    typ: "JANEJ",
    min: 0,
    max: 1,
  },
];
