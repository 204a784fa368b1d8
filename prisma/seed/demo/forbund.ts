/**
 * The four demo förbund and their medlemmar (parter), as the seed documents in
 * shared/seeds name them. Organisationsnummer are left out on purpose: the
 * real ones belong to real legal entities and a made-up one might too.
 */
import type { MedlemTyp } from "../../../generated/prisma/enums";

export type MedlemSpec = { key: string; namn: string; typ: MedlemTyp };

export type ForbundSpec = {
  slug: string;
  namn: string;
  /**
   * Months after avslut before identity is erased. The demo's participations
   * ended 2019–2022; with the default of 24 a retention run would erase every
   * demo identity and nothing could show how identity is kept and revealed, so
   * the förbund with PERSONUPPGIFTER insatser keep them for ten years.
   */
  gallringManader?: number;
  medlemmar: MedlemSpec[];
  /** The förbund's own names for default measurements (the steg scale is its own, DESIGN.md §4). */
  matvariabelNamn?: Record<string, { namn: string; beskrivning: string }>;
};

const AF: MedlemSpec = { key: "AF", namn: "Arbetsförmedlingen", typ: "AF" };
const FK: MedlemSpec = { key: "FK", namn: "Försäkringskassan", typ: "FK" };

export const FORBUND: ForbundSpec[] = [
  {
    // Vägen vidare 2018: "Samordningsförbundet Trollhättan, Lilla Edet och Grästorp och dess
    // ingående parter Arbetsförmedlingen, Försäkringskassan, Västra Götalandsregionen samt
    // kommunerna Trollhättan, Lilla Edet och Grästorp".
    slug: "trollhattan",
    namn: "Samordningsförbundet Trollhättan, Lilla Edet och Grästorp",
    gallringManader: 120,
    // Friska Vindar 2.0: "I Friska Vindar 2.0 kommer man följa stegförflyttningen noga".
    matvariabelNamn: {
      STEG: { namn: "Stegförflyttning", beskrivning: "Förmåga till förvärvsarbete på förbundets stegtrappa 1–7" },
    },
    medlemmar: [
      AF,
      FK,
      { key: "REGION", namn: "Västra Götalandsregionen", typ: "REGION" },
      { key: "TROLLHATTAN", namn: "Trollhättans Stad", typ: "KOMMUN" },
      { key: "LILLA_EDET", namn: "Lilla Edets kommun", typ: "KOMMUN" },
      { key: "GRASTORP", namn: "Grästorps kommun", typ: "KOMMUN" },
    ],
  },
  {
    // Vägknuten 2.0: "Projektets parter är Arbetsförmedlingen, Försäkringskassan, Landstinget i
    // Kalmar län, Högsby kommun, Mönsterås kommun och Oskarshamns kommun." The förbund has
    // more kommuner; only those the seed names are listed.
    slug: "kalmar",
    namn: "Samordningsförbundet i Kalmar län",
    medlemmar: [
      AF,
      FK,
      { key: "REGION", namn: "Landstinget i Kalmar län", typ: "REGION" },
      { key: "HOGSBY", namn: "Högsby kommun", typ: "KOMMUN" },
      { key: "MONSTERAS", namn: "Mönsterås kommun", typ: "KOMMUN" },
      { key: "OSKARSHAMN", namn: "Oskarshamns kommun", typ: "KOMMUN" },
    ],
  },
  {
    // Samjamt/i14: "medlemmarnas (AF, FK, Landstinget och Jämtlands åtta kommuner)".
    slug: "jamtland",
    namn: "Samordningsförbundet Jämtlands län",
    medlemmar: [
      AF,
      FK,
      { key: "REGION", namn: "Jämtlands läns landsting", typ: "REGION" },
      { key: "BERG", namn: "Bergs kommun", typ: "KOMMUN" },
      { key: "BRACKE", namn: "Bräcke kommun", typ: "KOMMUN" },
      { key: "HARJEDALEN", namn: "Härjedalens kommun", typ: "KOMMUN" },
      { key: "KROKOM", namn: "Krokoms kommun", typ: "KOMMUN" },
      { key: "RAGUNDA", namn: "Ragunda kommun", typ: "KOMMUN" },
      { key: "STROMSUND", namn: "Strömsunds kommun", typ: "KOMMUN" },
      { key: "ARE", namn: "Åre kommun", typ: "KOMMUN" },
      { key: "OSTERSUND", namn: "Östersunds kommun", typ: "KOMMUN" },
    ],
  },
  {
    // Till arbete eller studier is an ESF project owned by "Västerås stad,
    // Arbetsmarknadsenheten"; the seed names no samordningsförbund, so the demo files it
    // under Västerås's own. Its parter are those the seed names: Försäkringskassan,
    // "vård inom region Västmanland", Arbetsförmedlingen and Västerås stad.
    slug: "vasteras",
    namn: "Samordningsförbundet Västerås",
    gallringManader: 120,
    medlemmar: [AF, FK, { key: "REGION", namn: "Region Västmanland", typ: "REGION" }, { key: "VASTERAS", namn: "Västerås stad", typ: "KOMMUN" }],
  },
];

export const DEMO_SLUGS = ["trollhattan", "kalmar", "jamtland", "vasteras"] as const;
export type DemoSlug = (typeof DEMO_SLUGS)[number];
