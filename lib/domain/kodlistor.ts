/**
 * Every code list of the product in one module (DESIGN.md §4), so the lists can
 * follow SUS, Uppföljning Finsam and SCB as they change. Codes are stable ASCII
 * UPPER_SNAKE strings stored as plain text in the database; labels are for the UI.
 * Retiring a code: keep it in the list (old rows must still get a label) and
 * mark it `utgatt: true` so `options()` no longer offers it.
 */

export type Locale = "sv" | "en";

export type KodPost = { kod: string; sv: string; en: string; utgatt?: boolean };

export type Kodlista<P extends KodPost> = {
  poster: readonly P[];
  koder: readonly [P["kod"], ...P["kod"][]];
  // Its zod validator is kodSchema(lista) in ./kod-schema: this module stays free of zod for the browser.
  has(kod: string): kod is P["kod"];
  get(kod: string): P | undefined;
  /** The label in `locale`; an unknown code is shown as itself rather than hidden. */
  label(kod: string, locale?: Locale): string;
  options(locale?: Locale): { value: P["kod"]; label: string }[];
};

export function defineKodlista<const T extends readonly [KodPost, ...KodPost[]]>(poster: T): Kodlista<T[number]> {
  type P = T[number];
  const byKod = new Map<string, P>(poster.map((p) => [p.kod, p]));
  const koder = poster.map((p) => p.kod) as unknown as readonly [P["kod"], ...P["kod"][]];
  return {
    poster,
    koder,
    has: (kod: string): kod is P["kod"] => byKod.has(kod),
    get: (kod) => byKod.get(kod),
    label: (kod, locale = "sv") => byKod.get(kod)?.[locale] ?? kod,
    options: (locale = "sv") =>
      poster.filter((p) => !p.utgatt).map((p) => ({ value: p.kod as P["kod"], label: p[locale] })),
  };
}

/** SCB's grouping of försörjning (DESIGN.md §4), the default for reports. */
export const forsorjningGrupp = defineKodlista([
  { kod: "OHALSA", sv: "Ohälsa", en: "Ill health" },
  { kod: "ARBETSMARKNADSSTOD", sv: "Arbetsmarknadsstöd", en: "Labour market support" },
  { kod: "EKONOMISKT_BISTAND", sv: "Ekonomiskt bistånd", en: "Social assistance" },
  { kod: "EGEN_FORSORJNING", sv: "Egen försörjning", en: "Self-support" },
  { kod: "OVRIG", sv: "Ingen, annan eller okänd försörjning", en: "None, other or unknown" },
]);
export type ForsorjningGrupp = (typeof forsorjningGrupp.koder)[number];

/** Source of income at start and at avslut (SUS försörjningskälla). */
export const forsorjning = defineKodlista([
  { kod: "LON", sv: "Lön/arbete", en: "Salary/employment", grupp: "EGEN_FORSORJNING" },
  { kod: "STUDIEMEDEL", sv: "Studiemedel", en: "Student finance", grupp: "EGEN_FORSORJNING" },
  { kod: "SJUKPENNING", sv: "Sjukpenning/rehabiliteringspenning", en: "Sickness/rehabilitation benefit", grupp: "OHALSA" },
  { kod: "AKTIVITETSERSATTNING", sv: "Aktivitetsersättning", en: "Activity compensation", grupp: "OHALSA" },
  { kod: "SJUKERSATTNING", sv: "Sjukersättning", en: "Sickness compensation", grupp: "OHALSA" },
  { kod: "A_KASSA", sv: "Arbetslöshetsersättning (a-kassa)", en: "Unemployment benefit", grupp: "ARBETSMARKNADSSTOD" },
  { kod: "AKTIVITETSSTOD", sv: "Aktivitetsstöd/utvecklingsersättning", en: "Activity support/development allowance", grupp: "ARBETSMARKNADSSTOD" },
  { kod: "ETABLERINGSERSATTNING", sv: "Etableringsersättning", en: "Introduction benefit", grupp: "ARBETSMARKNADSSTOD" },
  { kod: "FORSORJNINGSSTOD", sv: "Försörjningsstöd", en: "Financial assistance", grupp: "EKONOMISKT_BISTAND" },
  { kod: "INGEN", sv: "Ingen försörjning", en: "No income", grupp: "OVRIG" },
  { kod: "ANNAN", sv: "Annan försörjning", en: "Other income", grupp: "OVRIG" },
  { kod: "OKAND", sv: "Okänd", en: "Unknown", grupp: "OVRIG" },
]);
export type Forsorjning = (typeof forsorjning.koder)[number];

export function forsorjningGruppFor(kod: string): ForsorjningGrupp | undefined {
  return forsorjning.get(kod)?.grupp;
}

/** SUS sysselsättning at start and after. */
export const sysselsattning = defineKodlista([
  { kod: "FORVARVSARBETE", sv: "Förvärvsarbete", en: "Employment" },
  { kod: "SUBVENTIONERAT_ARBETE", sv: "Subventionerad anställning (t.ex. lönebidrag, nystartsjobb)", en: "Subsidised employment" },
  { kod: "SKYDDAT_ARBETE", sv: "Skyddat arbete", en: "Sheltered employment" },
  { kod: "STUDIER", sv: "Studier", en: "Studies" },
  { kod: "ARBETSSOKANDE", sv: "Aktivt arbetssökande", en: "Actively seeking work" },
  { kod: "OVRIGA", sv: "Övriga", en: "Other" },
]);

/** Where the person went at avslut (SUS avslutsorsak). */
export const avslutsorsak = defineKodlista([
  { kod: "ARBETE", sv: "Arbete", en: "Work" },
  { kod: "STUDIER", sv: "Studier", en: "Studies" },
  { kod: "ANNAN_ARBETSFORBEREDANDE_INSATS", sv: "Annan arbetsförberedande insats", en: "Other work-preparatory programme" },
  { kod: "ARBETSSOKANDE", sv: "Arbetssökande", en: "Job seeker" },
  { kod: "RATT_ERSATTNING", sv: "Rätt ersättning eller försörjning", en: "Right benefit or income" },
  { kod: "OHALSA", sv: "Sjukdom/ohälsa", en: "Illness" },
  { kod: "FLYTTAT", sv: "Flyttat", en: "Moved" },
  { kod: "AVBROTT", sv: "Avbrott/eget beslut", en: "Dropped out/own decision" },
  { kod: "ANNAN_MYNDIGHET", sv: "Annan insats eller myndighet", en: "Other programme or authority" },
  { kod: "OVRIGT", sv: "Övrigt", en: "Other" },
  // SUS: a registration made in error. Never counted anywhere (lib/domain/goals/evaluate.ts).
  { kod: "FELREGISTRERING", sv: "Felregistrering", en: "Registered in error" },
]);
export type Avslutsorsak = (typeof avslutsorsak.koder)[number];

/** Status 90 days after avslut. EJ_NADD is a recorded outcome, not missing data. */
export const uppfoljningStatus = defineKodlista([
  { kod: "ARBETE", sv: "Arbete", en: "Work" },
  { kod: "STUDIER", sv: "Studier", en: "Studies" },
  { kod: "ARBETSSOKANDE", sv: "Arbetssökande", en: "Job seeker" },
  { kod: "ANNAN_INSATS", sv: "Annan insats", en: "Other programme" },
  { kod: "RATT_ERSATTNING", sv: "Rätt ersättning", en: "Right benefit" },
  { kod: "SJUKSKRIVEN", sv: "Sjukskriven", en: "On sick leave" },
  { kod: "OVRIGT", sv: "Övrigt", en: "Other" },
  { kod: "EJ_NADD", sv: "Ej nådd", en: "Not reached" },
]);

const myndigheter = [
  { kod: "AF", sv: "Arbetsförmedlingen", en: "Public Employment Service" },
  { kod: "FK", sv: "Försäkringskassan", en: "Social Insurance Agency" },
  { kod: "REGION", sv: "Region/hälso- och sjukvård", en: "Region/health care" },
  { kod: "KOMMUN_SOCIALTJANST", sv: "Kommunens socialtjänst", en: "Municipal social services" },
  { kod: "KOMMUN_ARBETSMARKNAD", sv: "Kommunens arbetsmarknadsenhet", en: "Municipal labour market unit" },
] as const;

/** Who referred the person. */
export const remittent = defineKodlista([
  ...myndigheter,
  { kod: "EGEN_ANMALAN", sv: "Egen anmälan", en: "Self-referral" },
  { kod: "ANNAN", sv: "Annan", en: "Other" },
]);

/** Authorities the person is known to at start (several allowed). */
export const aktuellHos = defineKodlista([...myndigheter, { kod: "ANNAN", sv: "Annan", en: "Other" }]);

/** SCB SUN levels as SUS asked them. */
export const utbildningsniva = defineKodlista([
  { kod: "FORGYMNASIAL_KORTARE_9", sv: "Förgymnasial utbildning kortare än 9 år", en: "Primary education, less than 9 years" },
  { kod: "FORGYMNASIAL_9", sv: "Förgymnasial utbildning 9 år", en: "Primary education, 9 years" },
  { kod: "GYMNASIAL", sv: "Gymnasial utbildning", en: "Upper secondary education" },
  { kod: "EFTERGYMNASIAL_KORTARE_3", sv: "Eftergymnasial utbildning kortare än 3 år", en: "Post-secondary, less than 3 years" },
  { kod: "EFTERGYMNASIAL_3", sv: "Eftergymnasial utbildning 3 år eller längre", en: "Post-secondary, 3 years or more" },
  { kod: "OKAND", sv: "Okänd", en: "Unknown" },
]);

/** Time in need of public support before start (SUS). */
export const tidIOffentligForsorjning = defineKodlista([
  { kod: "UNDER_1_AR", sv: "Mindre än 1 år", en: "Less than 1 year" },
  { kod: "AR_1_2", sv: "1–2 år", en: "1–2 years" },
  { kod: "AR_3_5", sv: "3–5 år", en: "3–5 years" },
  { kod: "AR_6_10", sv: "6–10 år", en: "6–10 years" },
  { kod: "OVER_10_AR", sv: "Mer än 10 år", en: "More than 10 years" },
  { kod: "OKAND", sv: "Okänd", en: "Unknown" },
]);

/** Uppföljning Finsam: an insats is individinriktad or strukturövergripande (a förstudie is its own kind). */
export const insatstyp = defineKodlista([
  { kod: "INDIVIDINRIKTAD", sv: "Individinriktad", en: "Individual-oriented" },
  { kod: "STRUKTURINRIKTAD", sv: "Strukturövergripande", en: "Structural" },
  { kod: "FORSTUDIE", sv: "Förstudie", en: "Pilot study" },
]);
export const inriktning = insatstyp;

export const matningsmetod = defineKodlista([
  { kod: "VOLYM", sv: "Volym (endast antal)", en: "Volume (counts only)" },
  { kod: "ANONYM", sv: "Anonym", en: "Anonymous" },
  { kod: "PERSONUPPGIFTER", sv: "Med personuppgifter", en: "With personal data" },
]);

export const budgetKategori = defineKodlista([
  { kod: "LONEKOSTNADER", sv: "Lönekostnader", en: "Salaries" },
  { kod: "LOKALER", sv: "Lokaler", en: "Premises" },
  { kod: "KOP_AV_TJANSTER", sv: "Köp av tjänster", en: "Purchased services" },
  { kod: "KOMPETENSHOJANDE", sv: "Kompetenshöjande medel", en: "Skills funds" },
  { kod: "RESOR", sv: "Resor och transporter", en: "Travel" },
  { kod: "OVRIGT", sv: "Övrigt", en: "Other" },
]);

export const finansieringKalla = defineKodlista([
  { kod: "FORBUNDET", sv: "Samordningsförbundet", en: "The association" },
  { kod: "ESF", sv: "Europeiska socialfonden (ESF)", en: "European Social Fund (ESF)" },
  { kod: "MEDLEM", sv: "Medlem", en: "Member organisation" },
  { kod: "ANNAN", sv: "Annan", en: "Other" },
]);

export const kon = defineKodlista([
  { kod: "K", sv: "Kvinna", en: "Woman", svPlural: "kvinnor", enPlural: "women" },
  { kod: "M", sv: "Man", en: "Man", svPlural: "män", enPlural: "men" },
]);
export type Kon = (typeof kon.koder)[number];

export const tidpunkt = defineKodlista([
  { kod: "START", sv: "Start", en: "Start" },
  { kod: "AVSLUT", sv: "Avslut", en: "Exit" },
  { kod: "UPPFOLJNING_90", sv: "90 dagar efter avslut", en: "90 days after exit" },
  { kod: "DATUM", sv: "Datum", en: "Date" },
]);

export const matvariabelTyp = defineKodlista([
  { kod: "SKALA", sv: "Skala", en: "Scale" },
  { kod: "JANEJ", sv: "Ja/nej", en: "Yes/no" },
]);

export const malKategori = defineKodlista([
  { kod: "RESULTATMAL", sv: "Resultatmål", en: "Outcome target" },
  { kod: "VERKSAMHETSMAL", sv: "Verksamhetsmål", en: "Activity target" },
  { kod: "KVALITATIVT_MAL", sv: "Kvalitativt mål", en: "Qualitative target" },
]);

export const kvalitativStatus = defineKodlista([
  { kod: "EJ_PABORJAT", sv: "Ej påbörjat", en: "Not started" },
  { kod: "PAGAR", sv: "Pågår", en: "In progress" },
  { kod: "UPPNATT", sv: "Uppnått", en: "Achieved" },
  { kod: "EJ_UPPNATT", sv: "Ej uppnått", en: "Not achieved" },
]);

/** Age bands for reports: "–15" exists only so a wrong födelseår is visible, not hidden in "16–19". */
export const aldersgrupper = ["–15", "16–19", "20–29", "30–39", "40–49", "50–59", "60–"] as const;
export type Aldersgrupp = (typeof aldersgrupper)[number];

/** Age band by age reached during calendar year `ar` (födelseår is all we keep). */
export function aldersgrupp(fodelsear: number, ar: number): Aldersgrupp {
  const alder = ar - fodelsear;
  if (alder < 16) return "–15";
  if (alder < 20) return "16–19";
  if (alder >= 60) return "60–";
  return aldersgrupper[Math.floor(alder / 10)] as Aldersgrupp;
}
