/**
 * shared/seeds/vagknuten-2.0-ansokan-2017.txt — "Ansökan om projektmedel från
 * Samordningsförbundet i Kalmar län: Vägknuten 2.0". Texts are the seed's own.
 *
 * Followed up in SUS, so anonymously (ANONYM). The seed's three tracks are the
 * inskrivning's spår: "Snabbspår – Enklare vägar ut", "Längre insatser – mer komplexa
 * vägar" and the nollplacerade, "identifieras i en separat grupp för att kunna ta en
 * snabbare väg … i första hand rätt till rätt ersättning".
 *
 * Intended results (90 inskrivningar, 31/31/28 starting 2017/2018/2019): ≥ 30 enrolled in
 * each calendar year (reached); 39 of 82 followed up at 90 days in arbete, studier or
 * rätt ersättning (48 %, target 30 %, reached); 56 of 81 "närmare arbetsmarknaden" (69 %,
 * target 50 %, reached); 53 of 81 "önskvärd utveckling" (65 %, target 70 %, not reached);
 * a genomförandeplan for 87 of 89 (target every deltagare, not reached).
 */
import type { BudgetKategori, InsatsSpec } from "./typer";

// "Finansiering och kostnader Perioden 1 februari 2017 31 januari 2020 År 1 År 2 År 3".
// Project years run February–January; each is filed under the calendar year it starts in.
const BUDGETRADER: [BudgetKategori, string, number, number, number][] = [
  ["LONEKOSTNADER", "Lönekostnader 2,0 projektledare/vägledare inkl. PO och semestertillägg, exkl. vikariekostnad", 980_000, 1_010_000, 1_040_000],
  ["LOKALER", "Lokalkostnader inkl. lokalvård", 135_000, 135_000, 135_000],
  ["OVRIGT", "Tele, data och IT utrustning inkl. support och licenser (2 datorer á 11 000/år, TUBA licens, mobilabonnemang)", 50_000, 50_000, 50_000],
  ["OVRIGT", "Utrustning och inventarier", 20_000, 5_000, 5_000],
  ["RESOR", "Transportkostnader", 72_000, 72_000, 72_000],
  ["OVRIGT", "Utbildning och handledning för personal bl.a. fortsättning 7:20-utbildning", 20_000, 20_000, 20_000],
  ["OVRIGT", "Samverkanskostnader: fler operativa handläggarmöten mm.", 10_000, 10_000, 10_000],
  ["KOMPETENSHOJANDE", "Kompetenhöjande medel: truckkort, stöd till körkort etc.", 50_000, 50_000, 50_000],
  ["KOP_AV_TJANSTER", "Konsultation & tolk bl.a. behovsrelaterade snabbutredningar", 70_000, 70_000, 70_000],
  ["KOP_AV_TJANSTER", "Köp av tjänster: friskvård, föreläsare, motiverande konsulter", 270_000, 270_000, 270_000],
  ["KOP_AV_TJANSTER", "Administration ca 4%", 70_000, 70_000, 70_000],
  ["OVRIGT", "Övrigt", 20_000, 20_000, 20_000],
];
const AR = [2017, 2018, 2019] as const;

// Spending as a share of each year's budget per category: slow start, full years after.
const UTFALLSGRAD: Record<BudgetKategori, readonly [number, number, number]> = {
  LONEKOSTNADER: [0.97, 1.01, 0.99],
  LOKALER: [1, 1, 1],
  KOP_AV_TJANSTER: [0.71, 0.93, 0.88],
  KOMPETENSHOJANDE: [0.54, 1.12, 0.96],
  RESOR: [0.83, 0.9, 0.77],
  OVRIGT: [1.08, 0.86, 0.81],
};

const budget = AR.flatMap((ar, i) =>
  BUDGETRADER.map(([kategori, beskrivning, ...belopp]) => ({ ar, kategori, beskrivning, belopp: belopp[i] as number })),
);

const utfall = AR.flatMap((ar, i) =>
  (Object.keys(UTFALLSGRAD) as BudgetKategori[]).map((kategori) => {
    const budgeterat = budget.filter((b) => b.ar === ar && b.kategori === kategori).reduce((s, b) => s + b.belopp, 0);
    const grad = UTFALLSGRAD[kategori][i] as number;
    return { ar, kategori, belopp: Math.round((budgeterat * grad) / 100) * 100, beskrivning: "Enligt årlig verksamhetsrapport" };
  }),
);

export const VAGKNUTEN: InsatsSpec = {
  forbund: "kalmar",
  namn: "Vägknuten 2.0",
  insatstyp: "INDIVIDINRIKTAD",
  status: "AVSLUTAD",
  matningsmetod: "ANONYM",
  // "Oskarshamns kommun är ansvarig för administration och arbetsledning."
  utforareMedlem: "OSKARSHAMN",
  startdatum: "2017-02-01",
  slutdatum: "2020-01-31",
  malgrupp:
    "Projektet vänder sig till personer i yrkesverksam ålder från 18 år. För att delta i projektet ska den enskilde bedömas vara i behov av samverkan och stöd från myndigheterna inför etablering eller återetablering på arbetsmarknaden och egen försörjning.",
  syfte:
    "Göra vägen kortare för den enskilde in i samverkan och genom det hitta en väg ut mot arbetsmarknaden och ökad egenförsörjning; effektivisera tillgängliga resurser och kompetenser; bedriva samverkan i syfte att undvika dubbelarbete och för att hitta rätt väg för den enskilde och minska risken att hamna utanför samhällets skyddsnät; tidigt identifiera och kartlägga insats- och rehabiliteringsbehov.",
  preciseradInriktning:
    "Projektet kommer arbeta på individ och gruppnivå med personer som behöver samverkat stöd för etablering eller återetablering på arbetsmarknaden, rätt insats eller rätt ersättning: operativ handläggningsgrupp (OH), kompetenshöjande medel och två olika spår.",
  kontaktperson: "Projektledare, Arbetsmarknadsenheten i Oskarshamns kommun",
  planeradeDeltagare: 30,
  planeradeDeltagarePer: "AR",
  esfFinansierad: false,
  grupper: [],
  budget,
  finansiering: AR.map((ar, i) => ({ ar, kalla: "FORBUNDET" as const, belopp: [1_767_000, 1_782_000, 1_812_000][i] as number })),
  utfall,
  deltagare: {
    strom: "vagknuten",
    antal: 90,
    andelKvinnor: 0.46,
    alder: { min: 18, max: 64, medel: 32, sd: 11 },
    // "Intaget till Vägknuten 2.0 kommer att ske löpande" — the last intake in autumn 2019 so
    // everyone can finish within the project ("bör inte överstiga 12 månader").
    starter: [
      { fran: "2017-02-13", till: "2017-12-15", antal: 31 },
      { fran: "2018-01-08", till: "2018-12-14", antal: 31 },
      { fran: "2019-01-07", till: "2019-10-25", antal: 28 },
    ],
    sistaAvslut: "2020-01-24",
    spar: [
      {
        namn: "Snabbspår",
        andel: 0.35,
        avslutsorsak: { ARBETE: 40, STUDIER: 15, ANNAN_ARBETSFORBEREDANDE_INSATS: 15, ARBETSSOKANDE: 15, AVBROTT: 5, FLYTTAT: 5, OVRIGT: 5 },
        dagar: [60, 150],
        remittent: { AF: 5, KOMMUN_ARBETSMARKNAD: 3, KOMMUN_SOCIALTJANST: 2 },
        forsorjningStart: { AKTIVITETSSTOD: 4, A_KASSA: 2, FORSORJNINGSSTOD: 3, INGEN: 1 },
      },
      {
        namn: "Längre insatser",
        andel: 0.45,
        avslutsorsak: {
          ARBETE: 12,
          STUDIER: 6,
          ANNAN_ARBETSFORBEREDANDE_INSATS: 26,
          ARBETSSOKANDE: 12,
          RATT_ERSATTNING: 8,
          OHALSA: 18,
          AVBROTT: 10,
          FLYTTAT: 4,
          ANNAN_MYNDIGHET: 4,
        },
        dagar: [150, 365],
        remittent: { AF: 3, FK: 3, KOMMUN_SOCIALTJANST: 3, REGION: 2 },
        forsorjningStart: { SJUKPENNING: 3, FORSORJNINGSSTOD: 4, AKTIVITETSSTOD: 3, AKTIVITETSERSATTNING: 1, INGEN: 1 },
      },
      {
        namn: "Nollplacerade",
        andel: 0.2,
        avslutsorsak: { RATT_ERSATTNING: 55, OHALSA: 15, ANNAN_ARBETSFORBEREDANDE_INSATS: 10, ANNAN_MYNDIGHET: 10, AVBROTT: 5, ARBETE: 5 },
        dagar: [90, 240],
        remittent: { FK: 5, KOMMUN_SOCIALTJANST: 4, REGION: 1 },
        forsorjningStart: { FORSORJNINGSSTOD: 6, INGEN: 4 },
      },
    ],
    utanAvslut: 0,
    felregistreringar: 1,
    aterinskrivningar: 2,
    kommuner: { Oskarshamn: 55, Mönsterås: 28, Högsby: 17 },
    utbildningsniva: { FORGYMNASIAL_KORTARE_9: 2, FORGYMNASIAL_9: 4, GYMNASIAL: 5, EFTERGYMNASIAL_KORTARE_3: 1, OKAND: 1 },
    tidIOffentligForsorjning: { UNDER_1_AR: 2, AR_1_2: 3, AR_3_5: 3, AR_6_10: 2, OVER_10_AR: 1, OKAND: 1 },
    skalor: [],
    janej: [
      {
        variabel: "NARMARE_ARBETSMARKNADEN",
        ja: {
          per: { ARBETE: 0.95, STUDIER: 0.9, ANNAN_ARBETSFORBEREDANDE_INSATS: 0.75, ARBETSSOKANDE: 0.7, RATT_ERSATTNING: 0.5, OHALSA: 0.25 },
          ovriga: 0.3,
        },
      },
      {
        variabel: "ONSKVARD_UTVECKLING",
        ja: {
          per: { ARBETE: 0.95, STUDIER: 0.9, ANNAN_ARBETSFORBEREDANDE_INSATS: 0.7, ARBETSSOKANDE: 0.6, RATT_ERSATTNING: 0.7, OHALSA: 0.3 },
          ovriga: 0.25,
        },
      },
    ],
    saknarStart: 0,
    saknarAvslut: 0.05,
    // "Efter avslutad insats har vägledare och deltagare en uppföljande kontakt inför
    // utvärderingen efter 90 dagar."
    uppfoljning: {
      andel: 0.92,
      ejNadd: 0.1,
      status: {
        ARBETE: { ARBETE: 85, ARBETSSOKANDE: 15 },
        STUDIER: { STUDIER: 90, ARBETSSOKANDE: 10 },
        ANNAN_ARBETSFORBEREDANDE_INSATS: { ANNAN_INSATS: 70, ARBETE: 15, ARBETSSOKANDE: 15 },
        ARBETSSOKANDE: { ARBETSSOKANDE: 70, ARBETE: 15, ANNAN_INSATS: 15 },
        RATT_ERSATTNING: { RATT_ERSATTNING: 90, OVRIGT: 10 },
        OHALSA: { SJUKSKRIVEN: 70, RATT_ERSATTNING: 20, OVRIGT: 10 },
      },
      ovriga: { OVRIGT: 50, ARBETSSOKANDE: 30, SJUKSKRIVEN: 20 },
    },
    // "varje deltagare ska få en individuell genomförandelplan upprättad" — kartläggning with
    // TUBA first, then the plan.
    plan: {
      andel: 0.95,
      mal: [
        "Kartläggning med TUBA genomförd",
        "Ta truckkort",
        "Stöd till körkort: klara teoriprovet",
        "Ta en sista kurs för att få ett klart betyg från gymnasium",
        "Praktik hos arbetsgivare i området",
        "Delta i rekryteringsträff på Arbetsmarknadsenheten",
        "Utredning av arbetsförmåga klar",
        "Rätt ersättning utredd tillsammans med OH",
        "Delta i gruppverksamheten två dagar i veckan",
        "Studiebesök hos arbetsgivare",
      ],
    },
  },
};
