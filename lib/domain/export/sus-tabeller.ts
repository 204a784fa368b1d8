import { ALDERSBAND, type Aldersband } from "@/lib/domain/dashboard/alder";
import { avslutsorsak, forsorjningGrupp, kon, sysselsattning, type Locale } from "@/lib/domain/kodlistor";
import type { Korstabell } from "./korstabell";
import type { ExportTabell, TabellVarde } from "./tabell";
import { FLERA, SAKNAS, SUS_TABELLER, type SusSammanstallning, type SusTabellId } from "@/lib/domain/rapporter/sus";

const TEXT = {
  sv: {
    totalt: "Totalt",
    saknas: "Uppgift saknas",
    flera: "Flera",
    alder: "Ålder vid start",
    orsak: "Avslutsorsak",
    start: "Vid start",
    avslut: "vid avslut",
    titlar: {
      "alder-kon": "Inskrivningar efter ålder och kön",
      "kon-avslutsorsak": "Avslutade efter avslutsorsak och kön",
      forsorjning: "Försörjning vid start och vid avslut",
      sysselsattning: "Sysselsättning vid start och vid avslut",
    },
    noter: {
      "alder-kon": "Inskrivningar som pågick någon gång under perioden. En person som skrivits in två gånger räknas två gånger. Ålder = startår minus födelseår.",
      "kon-avslutsorsak": "Inskrivningar som avslutades under perioden (felregistreringar räknas aldrig).",
      forsorjning: "Avslutade under perioden. Rader: försörjning vid start, kolumner: vid avslut, i SCB:s grupper. Flera = källor i mer än en grupp.",
      sysselsattning: "Avslutade under perioden. Rader: sysselsättning vid start, kolumner: vid avslut. Flera = mer än en sysselsättning angiven.",
    },
    ar: (fran: number, till: number) => (Number.isFinite(till) ? `${fran}–${till} år` : `${fran} år och äldre`),
  },
  en: {
    totalt: "Total",
    saknas: "Not recorded",
    flera: "Several",
    alder: "Age at start",
    orsak: "Reason for exit",
    start: "At start",
    avslut: "at exit",
    titlar: {
      "alder-kon": "Enrolments by age and gender",
      "kon-avslutsorsak": "Exits by reason and gender",
      forsorjning: "Income source at start and at exit",
      sysselsattning: "Occupation at start and at exit",
    },
    noter: {
      "alder-kon": "Enrolments active at some time in the period. A person enrolled twice counts twice. Age = start year minus birth year.",
      "kon-avslutsorsak": "Enrolments that ended in the period (registrations made in error never count).",
      forsorjning: "Ended in the period. Rows: income at start, columns: at exit, in SCB's groups. Several = sources in more than one group.",
      sysselsattning: "Ended in the period. Rows: occupation at start, columns: at exit. Several = more than one occupation recorded.",
    },
    ar: (fran: number, till: number) => (Number.isFinite(till) ? `${fran}–${till} years` : `${fran} years and older`),
  },
} as const;

function aldersbandNamn(kod: Aldersband, locale: Locale): string {
  const i = ALDERSBAND.findIndex((b) => b.kod === kod);
  const till = ALDERSBAND[i]!.till;
  if (i === 0) return locale === "sv" ? `Under ${till + 1} år` : `Under ${till + 1} years`;
  return TEXT[locale].ar(ALDERSBAND[i - 1]!.till + 1, till);
}

/** A row or column code as the reader sees it. */
export function susEtikett(tabell: SusTabellId, kod: string, axel: "rad" | "kolumn", locale: Locale): string {
  if (kod === SAKNAS) return TEXT[locale].saknas;
  if (kod === FLERA) return TEXT[locale].flera;
  if (tabell === "alder-kon") return axel === "rad" ? aldersbandNamn(kod as Aldersband, locale) : kon.label(kod, locale);
  if (tabell === "kon-avslutsorsak") return axel === "rad" ? avslutsorsak.label(kod, locale) : kon.label(kod, locale);
  if (tabell === "forsorjning") return forsorjningGrupp.label(kod, locale);
  return sysselsattning.label(kod, locale);
}

function tabell<C extends TabellVarde>(id: SusTabellId, t: Korstabell<C>, locale: Locale): ExportTabell {
  const x = TEXT[locale];
  const forsta = id === "alder-kon" ? x.alder : id === "kon-avslutsorsak" ? x.orsak : x.start;
  const kolumn = (k: string) => (id === "forsorjning" || id === "sysselsattning" ? `${susEtikett(id, k, "kolumn", locale)} ${x.avslut}` : susEtikett(id, k, "kolumn", locale));
  return {
    id,
    titel: x.titlar[id],
    kolumner: [forsta, ...t.kolumner.map(kolumn), x.totalt],
    rader: [
      ...t.rader.map((r, i) => [susEtikett(id, r, "rad", locale), ...t.celler[i]!, t.radsummor[i]!] as TabellVarde[]),
      [x.totalt, ...t.kolumnsummor, t.totalt],
    ],
    not: x.noter[id],
  };
}

/** The summary's four tables, in the page's order — the page and every export render these same objects. */
export function susTabeller<C extends TabellVarde>(s: SusSammanstallning<C>, locale: Locale = "sv"): ExportTabell[] {
  return SUS_TABELLER.map((id) => tabell(id, s[id], locale));
}
