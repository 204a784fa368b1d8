/**
 * shared/seeds/vagen-vidare-2018.txt — "Uppdragsbeskrivning VÄGEN VIDARE – för
 * utrikesfödda kvinnor 2018". Texts are the seed's own words.
 *
 * The seed calls the effort a förstudie run by Trollhättans Stads integrationsavdelning,
 * but it enrols women in groups and sets individual outcome targets, so it is filed as
 * an individinriktad insats (Uppföljning Finsam's split); it is followed up anonymously
 * (SUS), so mätningsmetod ANONYM.
 *
 * Intended results (26 women, 13 per group): 7 to arbete/studier (target ≥ 6, reached),
 * 10 to other work-preparatory measures (target ≥ 12, not reached), 20 of 23 measured
 * with a higher VAS at avslut (target 7 of 10, reached), two groups of 13 (reached).
 */
import type { InsatsSpec } from "./typer";

export const VAGEN_VIDARE: InsatsSpec = {
  forbund: "trollhattan",
  namn: "Vägen vidare",
  insatstyp: "INDIVIDINRIKTAD",
  status: "AVSLUTAD",
  matningsmetod: "ANONYM",
  utforareMedlem: "TROLLHATTAN",
  // "Vägen vidare förväntas starta under mars 2018 och pågår tom december 2018."
  startdatum: "2018-03-01",
  slutdatum: "2018-12-31",
  malgrupp: "Målgruppen är utrikesfödda kvinnor (från 20 år) som är motiverade att delta i insatsen.",
  syfte:
    "Vägen vidare syftar till att kvinnorna genom aktiviteter ska kunna närma sig arbetsmarknaden, bli självförsörjande samt att organisationerna ska hitta framgångsrika arbetsmetoder i sin samverkan kring målgruppen. Ytterligare ett syfte är att stärka upp kvinnornas hälsa och livskvalitet.",
  preciseradInriktning:
    "Förstudie för utrikesfödda kvinnor som utifrån ett helhetsperspektiv erbjuds både arbetsmarknadsaktiviteter och hälsoåtgärder: gruppaktiviteter (fördjupad samhällsinformation, arbetsmarknadskunskap, studieinformation och vägledning samt språkträning), enskilda samtal, praktik och arbetsanskaffning.",
  kontaktperson: "Projektsamordnare, Trollhättans Stad (integrationsavdelningen)",
  planeradeDeltagare: 24,
  planeradeDeltagarePer: "PERIOD",
  esfFinansierad: false,
  // "Vägen vidare genomför två grupper bestående av minst 12 personer i varje grupp.
  // Varje grupp pågår i 12 veckor."
  grupper: [
    { namn: "Grupp 1", startdatum: "2018-03-19", veckor: 12, planeradStorlek: 12 },
    { namn: "Grupp 2", startdatum: "2018-08-20", veckor: 12, planeradStorlek: 12 },
  ],
  // "Samordningsförbundet ersätter Trollhättans Stad med maximalt 400 tkr som avser
  // lönekostnader samt vissa kringkostnader för grupperna."
  budget: [
    { ar: 2018, kategori: "LONEKOSTNADER", belopp: 360_000, beskrivning: "Projektsamordnare på sammanlagt 80 %, Trollhättans Stad" },
    { ar: 2018, kategori: "OVRIGT", belopp: 40_000, beskrivning: "Vissa kringkostnader för grupperna" },
  ],
  finansiering: [{ ar: 2018, kalla: "FORBUNDET", belopp: 400_000 }],
  utfall: [
    { ar: 2018, kategori: "LONEKOSTNADER", belopp: 352_480, beskrivning: "Fakturerat av Trollhättans Stad" },
    { ar: 2018, kategori: "OVRIGT", belopp: 31_260, beskrivning: "Studiebesök, material och fika i grupperna" },
  ],
  deltagare: {
    strom: "vagen-vidare",
    antal: 26,
    andelKvinnor: 1,
    alder: { min: 20, max: 58, medel: 34, sd: 8 },
    sistaAvslut: "2018-12-14",
    avslutVidGruppslut: true,
    spar: [
      {
        namn: null,
        andel: 1,
        // Exact counts for 26: 4 + 3 to arbete/studier, 10 to andra arbetsförberedande åtgärder.
        avslutsorsak: {
          ARBETE: 4,
          STUDIER: 3,
          ANNAN_ARBETSFORBEREDANDE_INSATS: 10,
          ARBETSSOKANDE: 3,
          OHALSA: 2,
          FLYTTAT: 1,
          AVBROTT: 2,
          OVRIGT: 1,
        },
        dagar: [84, 84],
        remittent: { AF: 4, KOMMUN_ARBETSMARKNAD: 3, KOMMUN_SOCIALTJANST: 2, EGEN_ANMALAN: 1 },
        forsorjningStart: { FORSORJNINGSSTOD: 5, ETABLERINGSERSATTNING: 3, AKTIVITETSSTOD: 2, INGEN: 2, SJUKPENNING: 1 },
      },
    ],
    utanAvslut: 0,
    felregistreringar: 0,
    aterinskrivningar: 0,
    kommuner: { Trollhättan: 1 },
    utbildningsniva: { FORGYMNASIAL_KORTARE_9: 5, FORGYMNASIAL_9: 3, GYMNASIAL: 3, EFTERGYMNASIAL_KORTARE_3: 1, EFTERGYMNASIAL_3: 1, OKAND: 1 },
    tidIOffentligForsorjning: { UNDER_1_AR: 2, AR_1_2: 3, AR_3_5: 3, AR_6_10: 1, OKAND: 1 },
    // "Minst 7 av 10 upplever ökad livskvalitet. (mät skala VAS-skala)"
    skalor: [
      {
        variabel: "VAS",
        min: 0,
        max: 10,
        startMedel: 4.5,
        startSd: 1.6,
        okar: { per: { ARBETE: 0.95, STUDIER: 0.95, ANNAN_ARBETSFORBEREDANDE_INSATS: 0.85, ARBETSSOKANDE: 0.7 }, ovriga: 0.4 },
      },
    ],
    janej: [],
    saknarStart: 0.02,
    saknarAvslut: 0.04,
    uppfoljning: {
      andel: 0.6,
      ejNadd: 0.1,
      status: {
        ARBETE: { ARBETE: 9, ARBETSSOKANDE: 1 },
        STUDIER: { STUDIER: 1 },
        ANNAN_ARBETSFORBEREDANDE_INSATS: { ANNAN_INSATS: 7, ARBETE: 1, ARBETSSOKANDE: 2 },
      },
      ovriga: { ARBETSSOKANDE: 3, SJUKSKRIVEN: 1, OVRIGT: 1 },
    },
  },
};
