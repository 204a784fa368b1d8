/**
 * shared/seeds/friska-vindar-2.0-2020-2021.txt — "Uppdragsbeskrivning för FRISKA
 * VINDAR 2.0, Österlånggatan 47 i Trollhättan 2020 och 2021". Texts are the seed's own.
 *
 * Identity is kept (PERSONUPPGIFTER) with Trollhättans Stad, the kommun that runs the
 * house through ASF, as personuppgiftsansvarig: the insats carries on Friska Vindar's
 * ESF project, and ESF reports each participant by personnummer (DESIGN.md §4).
 *
 * Intended results (420 inskrivningar of 414 people, 2 felregistreringar, 54 % women):
 * steg up for 274 of 384 (71 %, target 8 of 10, not reached), lön/studiemedel at avslut
 * for 174 of 404 (43 %, target 4 of 10, reached), VAS up for 301 of 384 (78 %, target 7 of
 * 10, reached), 418 enrolled in 2020–2021 and a women's share of 54 % (both reached).
 */
import type { InsatsSpec } from "./typer";

const FRISKVARD = "Friskvård och inspiration";
const FORDJUPNING = "Fördjupning";

export const FRISKA_VINDAR: InsatsSpec = {
  forbund: "trollhattan",
  namn: "Friska Vindar 2.0",
  insatstyp: "INDIVIDINRIKTAD",
  status: "AVSLUTAD",
  matningsmetod: "PERSONUPPGIFTER",
  puaMedlem: "TROLLHATTAN",
  bitradesavtalDatum: "2019-12-16",
  utforareMedlem: "TROLLHATTAN",
  startdatum: "2020-01-01",
  slutdatum: "2021-12-31",
  malgrupp: [
    "Kvinnor och män i behov av rehabilitering inför övergångar till arbete, studier eller andra arbetsförberedande insatser",
    "Kvinnor och män i behov av samverkan mellan flera myndigheter",
    "Kvinnor och män som är arbetslösa eller som är eller har varit sjukskrivna",
    "Deltagare kan komma från hela förbundets upptagningsområde",
  ].join(". ") + ".",
  syfte:
    "Syftet med en insats istället för tre i Trollhättan är att alla som kommer till samverkansinsatsen ska få en individuell planering där en eller flera inslag av tidigare insatser kan väljas utifrån personens unika behov. Det ska vara enkelt att få en plats och det ska bli enklare för myndigheterna att samarbeta med en insats istället för flera.",
  preciseradInriktning:
    "En väg in för kvinnor och män i behov av samordning för sin rehabilitering: kartläggning och individuell rehabiliteringsplan, hälsoaktiviteter och/eller arbetsmarknadsaktiviteter under 12–16 veckor, stöd vid myndighetskontakter och arbetsåtergång. En sammanslagning av Hälsa för Alla, Friska Vindar och Trampolinen.",
  kontaktperson: "Enhetschef, Trollhättans Stads arbetsmarknad och socialförvaltning (ASF)",
  planeradeDeltagare: 400,
  planeradeDeltagarePer: "PERIOD",
  // "Sammanlagt för Friska Vindar finns budget avsatt om 4,4 mkr varav 1,3 mkr beräknas
  // komma från den Europeiska socialfonden i Väst."
  esfFinansierad: true,
  grupper: [],
  budget: [2020, 2021].flatMap((ar) => [
    { ar, kategori: "LONEKOSTNADER" as const, belopp: 1_560_000, beskrivning: "Personalens faktiska lönekostnader, finansieras av förbundet direkt till respektive organisation" },
    { ar, kategori: "LOKALER" as const, belopp: 380_000, beskrivning: "Lokal och driftskostnader, Österlånggatan 47 (Trollhättans Stads ASF)" },
    { ar, kategori: "OVRIGT" as const, belopp: 260_000, beskrivning: "Kringkostnader: friskvårdsaktiviteter, föreläsningar och studiebesök" },
  ]),
  finansiering: [2020, 2021].flatMap((ar) => [
    { ar, kalla: "FORBUNDET" as const, belopp: 1_550_000 },
    { ar, kalla: "ESF" as const, belopp: 650_000 },
  ]),
  utfall: [
    { ar: 2020, kategori: "LONEKOSTNADER", belopp: 1_482_300, beskrivning: "Lönekostnader enligt fakturor från parterna" },
    { ar: 2020, kategori: "LOKALER", belopp: 380_000, beskrivning: "Månadsvis ersättning till ASF" },
    { ar: 2020, kategori: "OVRIGT", belopp: 171_900, beskrivning: "Färre gruppaktiviteter under pandemin" },
    { ar: 2021, kategori: "LONEKOSTNADER", belopp: 1_538_750, beskrivning: "Lönekostnader enligt fakturor från parterna" },
    { ar: 2021, kategori: "LOKALER", belopp: 385_200, beskrivning: "Månadsvis ersättning till ASF inkl. indexuppräkning" },
    { ar: 2021, kategori: "OVRIGT", belopp: 229_400, beskrivning: "Friskvård, föreläsningar och studiebesök" },
  ],
  deltagare: {
    strom: "friska-vindar",
    antal: 420,
    andelKvinnor: 0.54,
    alder: { min: 19, max: 64, medel: 41, sd: 11 },
    starter: [
      { fran: "2020-01-08", till: "2020-12-18", antal: 214 },
      { fran: "2021-01-07", till: "2021-09-03", antal: 206 },
    ],
    sistaAvslut: "2021-12-22",
    // "Aktiviteter under 12–16 veckor … kan förlängas vid behov och plats"
    forlangning: { andel: 0.15, dagar: [28, 70] },
    spar: [
      {
        // "friskvårdsaktiviteter, föreläsningar och t.ex. inspirationspass …, 12–16 veckor med en
        // aktivitetsnivå på 4–10 timmar/v"
        namn: FRISKVARD,
        andel: 0.55,
        avslutsorsak: {
          ARBETE: 22,
          STUDIER: 10,
          ANNAN_ARBETSFORBEREDANDE_INSATS: 24,
          ARBETSSOKANDE: 10,
          RATT_ERSATTNING: 8,
          OHALSA: 14,
          FLYTTAT: 3,
          AVBROTT: 7,
          OVRIGT: 2,
        },
        dagar: [84, 112],
        remittent: { FK: 30, REGION: 20, AF: 20, KOMMUN_SOCIALTJANST: 15, ANNAN: 10, EGEN_ANMALAN: 5 },
        forsorjningStart: { SJUKPENNING: 30, AKTIVITETSERSATTNING: 8, SJUKERSATTNING: 6, FORSORJNINGSSTOD: 20, AKTIVITETSSTOD: 14, A_KASSA: 6, LON: 6, INGEN: 10 },
      },
      {
        // "Fördjupningsdelen … fördjupande kartläggning inför arbetsutbildning/praktik och arbetslivet
        // med nära stöd och uppföljning … stegförflyttningen vara upp till 40 timmar/v"
        namn: FORDJUPNING,
        andel: 0.45,
        avslutsorsak: {
          ARBETE: 42,
          STUDIER: 14,
          ANNAN_ARBETSFORBEREDANDE_INSATS: 12,
          ARBETSSOKANDE: 10,
          RATT_ERSATTNING: 4,
          OHALSA: 8,
          FLYTTAT: 3,
          AVBROTT: 5,
          OVRIGT: 2,
        },
        dagar: [98, 140],
        remittent: { AF: 35, FK: 20, KOMMUN_SOCIALTJANST: 20, KOMMUN_ARBETSMARKNAD: 10, REGION: 5, ANNAN: 10 },
        forsorjningStart: { AKTIVITETSSTOD: 26, A_KASSA: 12, FORSORJNINGSSTOD: 24, SJUKPENNING: 18, AKTIVITETSERSATTNING: 6, LON: 6, INGEN: 8 },
      },
    ],
    utanAvslut: 3,
    felregistreringar: 2,
    aterinskrivningar: 6,
    kommuner: { Trollhättan: 75, "Lilla Edet": 13, Grästorp: 12 },
    utbildningsniva: { FORGYMNASIAL_KORTARE_9: 8, FORGYMNASIAL_9: 22, GYMNASIAL: 45, EFTERGYMNASIAL_KORTARE_3: 12, EFTERGYMNASIAL_3: 9, OKAND: 4 },
    tidIOffentligForsorjning: { UNDER_1_AR: 22, AR_1_2: 30, AR_3_5: 25, AR_6_10: 12, OVER_10_AR: 7, OKAND: 4 },
    // "I Friska Vindar 2.0 kommer man följa stegförflyttningen noga" and "individers upplevelse
    // av förändrad livskvalitet".
    skalor: [
      {
        variabel: "STEG",
        min: 1,
        max: 7,
        startMedel: 2.6,
        startSd: 1.1,
        okar: {
          per: { ARBETE: 0.95, STUDIER: 0.9, ANNAN_ARBETSFORBEREDANDE_INSATS: 0.78, ARBETSSOKANDE: 0.7, RATT_ERSATTNING: 0.35, OHALSA: 0.2 },
          ovriga: 0.2,
        },
      },
      {
        variabel: "VAS",
        min: 0,
        max: 10,
        startMedel: 4.2,
        startSd: 1.7,
        okar: {
          per: { ARBETE: 0.93, STUDIER: 0.9, ANNAN_ARBETSFORBEREDANDE_INSATS: 0.85, ARBETSSOKANDE: 0.78, RATT_ERSATTNING: 0.7, OHALSA: 0.5 },
          ovriga: 0.45,
        },
      },
    ],
    janej: [],
    saknarStart: 0.02,
    saknarAvslut: 0.03,
    uppfoljning: {
      andel: 0.65,
      ejNadd: 0.08,
      status: {
        ARBETE: { ARBETE: 85, ARBETSSOKANDE: 10, SJUKSKRIVEN: 5 },
        STUDIER: { STUDIER: 85, ARBETE: 5, ARBETSSOKANDE: 10 },
        ANNAN_ARBETSFORBEREDANDE_INSATS: { ANNAN_INSATS: 60, ARBETE: 15, ARBETSSOKANDE: 20, SJUKSKRIVEN: 5 },
        ARBETSSOKANDE: { ARBETSSOKANDE: 60, ARBETE: 20, ANNAN_INSATS: 20 },
        RATT_ERSATTNING: { RATT_ERSATTNING: 80, SJUKSKRIVEN: 20 },
        OHALSA: { SJUKSKRIVEN: 70, RATT_ERSATTNING: 20, ANNAN_INSATS: 10 },
      },
      ovriga: { OVRIGT: 40, ARBETSSOKANDE: 30, SJUKSKRIVEN: 30 },
    },
    // "Kartläggning och samordning av rehabilitering, individuell rehabiliteringsplan"
    plan: {
      andel: 0.92,
      mal: [
        "Kartläggning klar och rehabiliteringsplan upprättad vid VISA-besök",
        "Friskvårdsaktivitet två gånger i veckan",
        "Öka aktivitetsnivån till 20 timmar i veckan",
        "Arbetsträning 50 % hos arbetsgivare",
        "Praktik via kommunens praktikplatssamordning",
        "Studievägledning och ansökan till utbildning",
        "Arbetsåtergång hos arbetsgivare",
        "Avstämningsmöte med Försäkringskassan och arbetsgivare",
        "Studiebesök hos arbetsgivare inom önskat yrkesområde",
      ],
    },
    skyddade: 3,
    aterkalladeSamtycken: 2,
    namn: "svenska",
  },
};
