/**
 * shared/seeds/till-arbete-eller-studier-esf-2020.txt — ESF project 2020/00089 "Till
 * arbete eller studier", owned by Västerås stad, Arbetsmarknadsenheten. Texts are the
 * seed's own.
 *
 * ESF reports every participant to SCB by personnummer, so identity is kept
 * (PERSONUPPGIFTER) with Västerås stad as personuppgiftsansvarig. "Individen är i
 * projektet under 6 månader. Den första tiden i insatsen är en 6 veckors gruppaktivitet":
 * each intake is a group of 6 weeks, then individual support to six months.
 *
 * Intended results: 65 deltagare against "Planerat antal deltagare: 61" (reached); the
 * budget and ESF-stöd exactly as the seed states, split over the project's half-years.
 */
import type { BudgetRad, FinansieringRad, GruppSpec, InsatsSpec, UtfallRad } from "./typer";

const BUDGET_TOTALT = 11_218_708;
const ESF_STOD = 5_258_446;

// 2020-07-01 – 2022-12-31 is five half-years: 1 in 2020, 2 each in 2021 and 2022.
const ARSBUDGET = { 2020: 2_243_741, 2021: 4_487_483, 2022: 4_487_484 } as const;
const ARS_ESF = { 2020: 1_051_689, 2021: 2_103_378, 2022: 2_103_379 } as const;
const AR = [2020, 2021, 2022] as const;

function arsbudget(ar: (typeof AR)[number]): BudgetRad[] {
  const halvar = ar === 2020 ? 1 : 2;
  const rader: BudgetRad[] = [
    { ar, kategori: "LONEKOSTNADER", belopp: 1_615_000 * halvar, beskrivning: "Projektledare och arbetsmarknadskonsulenter inkl. sociala avgifter" },
    { ar, kategori: "LOKALER", belopp: 180_000 * halvar, beskrivning: "Lokaler för gruppaktiviteten" },
    { ar, kategori: "KOP_AV_TJANSTER", belopp: 225_000 * halvar, beskrivning: "Språkträning enligt suggestopedi, tolk och föreläsare" },
    { ar, kategori: "RESOR", belopp: 20_000 * halvar, beskrivning: "Studiebesök och resor" },
  ];
  const rest = ARSBUDGET[ar] - rader.reduce((s, r) => s + r.belopp, 0);
  return [...rader, { ar, kategori: "OVRIGT", belopp: rest, beskrivning: "Indirekta kostnader (schablon)" }];
}

const budget = AR.flatMap(arsbudget);

const finansiering: FinansieringRad[] = AR.flatMap((ar) => [
  { ar, kalla: "ESF" as const, belopp: ARS_ESF[ar] },
  // The seed gives the total and the ESF-stöd; the rest is Västerås stad's own co-financing.
  { ar, kalla: "MEDLEM" as const, medlem: "VASTERAS", belopp: ARSBUDGET[ar] - ARS_ESF[ar] },
]);

const utfall: UtfallRad[] = [
  { ar: 2020, kategori: "LONEKOSTNADER", belopp: 1_498_200, beskrivning: "Rekrytering klar i september" },
  { ar: 2020, kategori: "LOKALER", belopp: 180_000, beskrivning: "" },
  { ar: 2020, kategori: "KOP_AV_TJANSTER", belopp: 141_350, beskrivning: "Gruppaktivitet på distans under pandemin" },
  { ar: 2020, kategori: "RESOR", belopp: 3_900, beskrivning: "Studiebesök inställda" },
  { ar: 2020, kategori: "OVRIGT", belopp: 187_070, beskrivning: "Indirekta kostnader (schablon)" },
  { ar: 2021, kategori: "LONEKOSTNADER", belopp: 3_262_800, beskrivning: "" },
  { ar: 2021, kategori: "LOKALER", belopp: 360_000, beskrivning: "" },
  { ar: 2021, kategori: "KOP_AV_TJANSTER", belopp: 398_640, beskrivning: "" },
  { ar: 2021, kategori: "RESOR", belopp: 22_480, beskrivning: "" },
  { ar: 2021, kategori: "OVRIGT", belopp: 407_520, beskrivning: "Indirekta kostnader (schablon)" },
  { ar: 2022, kategori: "LONEKOSTNADER", belopp: 3_187_450, beskrivning: "" },
  { ar: 2022, kategori: "LOKALER", belopp: 360_000, beskrivning: "" },
  { ar: 2022, kategori: "KOP_AV_TJANSTER", belopp: 462_910, beskrivning: "" },
  { ar: 2022, kategori: "RESOR", belopp: 41_200, beskrivning: "" },
  { ar: 2022, kategori: "OVRIGT", belopp: 398_120, beskrivning: "Indirekta kostnader (schablon)" },
];

const GRUPPSTARTER = ["2020-08-24", "2020-11-02", "2021-02-01", "2021-04-19", "2021-08-23", "2021-10-25", "2022-02-07", "2022-04-25"];
const grupper: GruppSpec[] = GRUPPSTARTER.map((startdatum, i) => ({
  namn: `Grupp ${i + 1} – ${startdatum.slice(0, 7)}`,
  startdatum,
  veckor: 6,
  planeradStorlek: 8,
}));

export const TILL_ARBETE_ELLER_STUDIER: InsatsSpec = {
  forbund: "vasteras",
  namn: "Till arbete eller studier",
  insatstyp: "INDIVIDINRIKTAD",
  status: "AVSLUTAD",
  matningsmetod: "PERSONUPPGIFTER",
  puaMedlem: "VASTERAS",
  bitradesavtalDatum: "2020-06-15",
  utforareMedlem: "VASTERAS",
  startdatum: "2020-07-01",
  slutdatum: "2022-12-31",
  malgrupp:
    "Nyanlända med sammansatt problematik. Utbildning kan saknas eller vara mycket låg, man har inte den utbildning som arbetsgivarna efterfrågar, ingen erfarenhet av den svenska arbetsmarknaden, begränsade kunskaper i svenska språket och begränsad digital kompetens, några saknar arbetslivserfarenhet från hemlandet, flera har psykiska och/eller fysiska hälsoproblem.",
  syfte:
    "Vår ambition är att projektet ska ta fram en anpassad insats som på sikt minskar individens behov av samhällstöd. (sjukvård, försörjningsstöd, arbetsförmedling, försäkringskassan, tolkservice etc.) Genom effektivare samverkan mellan förvaltningar i Västerås stad och mellan myndigheter ska fler nyanlända erbjudas anpassade insatser för att snabbare integreras i svenska samhälle, nå egen försörjning och bli en del av arbetskraften.",
  preciseradInriktning:
    "Individen är i projektet under 6 månader. Den första tiden i insatsen är en 6 veckors gruppaktivitet som förberedelse inför det svenska arbetslivet: språkträning utifrån metoden suggestopedi, digital träning och hälsa. Från och med vecka 7 påbörjas resan mot individens målbild med en egen arbetsmarknadskonsulent.",
  kontaktperson: "Emma Steiner",
  kontaktEpost: "emma.steiner@vasteras.se",
  planeradeDeltagare: 61,
  planeradeDeltagarePer: "PERIOD",
  esfFinansierad: true,
  grupper,
  budget,
  finansiering,
  utfall,
  deltagare: {
    strom: "till-arbete-eller-studier",
    antal: 65,
    andelKvinnor: 0.52,
    alder: { min: 20, max: 60, medel: 38, sd: 9 },
    sistaAvslut: "2022-12-16",
    spar: [
      {
        namn: null,
        andel: 1,
        avslutsorsak: {
          ARBETE: 20,
          STUDIER: 22,
          ANNAN_ARBETSFORBEREDANDE_INSATS: 18,
          ARBETSSOKANDE: 14,
          OHALSA: 8,
          RATT_ERSATTNING: 6,
          FLYTTAT: 4,
          AVBROTT: 6,
          ANNAN_MYNDIGHET: 2,
        },
        dagar: [168, 196],
        remittent: { KOMMUN_SOCIALTJANST: 6, KOMMUN_ARBETSMARKNAD: 2, AF: 2 },
        forsorjningStart: { FORSORJNINGSSTOD: 8, AKTIVITETSSTOD: 1, INGEN: 1 },
      },
    ],
    utanAvslut: 0,
    felregistreringar: 0,
    aterinskrivningar: 0,
    kommuner: { Västerås: 1 },
    utbildningsniva: { FORGYMNASIAL_KORTARE_9: 6, FORGYMNASIAL_9: 2, GYMNASIAL: 2, EFTERGYMNASIAL_KORTARE_3: 0.5, OKAND: 1 },
    tidIOffentligForsorjning: { UNDER_1_AR: 1, AR_1_2: 3, AR_3_5: 4, AR_6_10: 1, OKAND: 0.5 },
    skalor: [],
    janej: [],
    saknarStart: 0,
    saknarAvslut: 0,
    uppfoljning: {
      andel: 0.8,
      ejNadd: 0.1,
      status: {
        ARBETE: { ARBETE: 85, ARBETSSOKANDE: 15 },
        STUDIER: { STUDIER: 90, ARBETSSOKANDE: 10 },
        ANNAN_ARBETSFORBEREDANDE_INSATS: { ANNAN_INSATS: 70, ARBETE: 10, STUDIER: 10, ARBETSSOKANDE: 10 },
        ARBETSSOKANDE: { ARBETSSOKANDE: 75, ARBETE: 10, STUDIER: 15 },
        OHALSA: { SJUKSKRIVEN: 70, RATT_ERSATTNING: 30 },
        RATT_ERSATTNING: { RATT_ERSATTNING: 1 },
      },
      ovriga: { OVRIGT: 60, ARBETSSOKANDE: 40 },
    },
    // "stötta individen att formulera sin målbild och plan framåt genom lösningsfokuserade samtal"
    plan: {
      andel: 0.95,
      mal: [
        "Formulera målbild och plan framåt",
        "Digital träning: BankID, 1177 och Platsbanken",
        "Fortsatt språkträning två dagar i veckan",
        "Kontakt med utbildningsanordnare",
        "Praktik inom kommunen",
        "Praktik hos privat arbetsgivare",
        "Studiebesök på arbetsplats inom önskat yrke",
        "Friskvård en gång i veckan",
      ],
    },
    skyddade: 1,
    aterkalladeSamtycken: 1,
    samordningsnummer: 1,
    namn: "blandade",
  },
};

// The seed's totals, checked here so an edit of the split above cannot drift from them.
const summa = (rader: { belopp: number }[]) => rader.reduce((s, r) => s + r.belopp, 0);
if (summa(budget) !== BUDGET_TOTALT || summa(finansiering.filter((f) => f.kalla === "ESF")) !== ESF_STOD) {
  throw new Error("Till arbete eller studier: budget or ESF-stöd does not add up to the seed's figures");
}
