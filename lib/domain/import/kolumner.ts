/**
 * The column format of the deltagare import (issue 5, "Bulk import"): one row
 * per inskrivning. This one definition drives the parser, the downloadable
 * template (CSV and the .xlsx explanation sheet) and the README section, so the
 * three cannot drift apart (lib/domain/import/kolumner.test.ts checks README).
 * Pure — no I/O.
 */
import {
  aktuellHos,
  avslutsorsak,
  forsorjning,
  kon,
  remittent,
  sysselsattning,
  tidIOffentligForsorjning,
  uppfoljningStatus,
  utbildningsniva,
  type KodPost,
  type Kodlista,
} from "@/lib/domain/kodlistor";
import type { MatvariabelGranser } from "@/lib/domain/matning-varde";

export type ImportMetod = "ANONYM" | "PERSONUPPGIFTER";

/** What a cell holds, which decides how it is read. */
export type KolumnTyp =
  | { typ: "text"; max: number }
  | { typ: "datum" }
  | { typ: "ar" }
  | { typ: "janej" }
  | { typ: "kod"; lista: Kodlista<KodPost> }
  | { typ: "koder"; lista: Kodlista<KodPost> };

export type FastKolumn = {
  key: FastNyckel;
  rubrik: string;
  /** Which insatser the column belongs to; a column of the other method must be left empty. */
  metod: ImportMetod | "ALLA";
  /** "Ja", "Nej" or the condition under which it is needed. */
  kravs: string;
  beskrivning: string;
  exempel: string;
} & KolumnTyp;

export type FastNyckel =
  | "deltagarkod"
  | "personnummer"
  | "fornamn"
  | "efternamn"
  | "skyddad"
  | "kon"
  | "fodelsear"
  | "samtyckeDatum"
  | "samtyckeOmfattning"
  | "startdatum"
  | "grupp"
  | "remittent"
  | "aktuellHos"
  | "forsorjningStart"
  | "sysselsattningStart"
  | "utbildningsniva"
  | "folkbokforingskommun"
  | "tidIOffentligForsorjning"
  | "spar"
  | "avslutsdatum"
  | "avslutsorsak"
  | "forsorjningAvslut"
  | "sysselsattningAvslut"
  | "uppfoljningDatum"
  | "uppfoljningStatus"
  | "uppfoljningForsorjning"
  | "uppfoljningSysselsattning"
  | "uppfoljningKommentar";

export type MatTidpunkt = "START" | "AVSLUT" | "UPPFOLJNING_90";

export type MatKolumn = { key: `matning:${MatTidpunkt}:${string}`; rubrik: string; tidpunkt: MatTidpunkt; variabel: MatvariabelGranser };

export const FLERVARDE_SEPARATOR = "|";

const lista = <P extends KodPost>(l: Kodlista<P>) => l as unknown as Kodlista<KodPost>;

const kol = <K extends FastKolumn>(k: K) => k;

/** The fixed columns, in template order. Measurement columns are inserted after each section (see kolumnerFor). */
export const FASTA_KOLUMNER: readonly FastKolumn[] = [
  kol({ key: "deltagarkod", rubrik: "Deltagarkod", metod: "ANONYM", typ: "text", max: 20, kravs: "Nej", exempel: "",
    beskrivning: "Deltagarens kod, t.ex. 7KX-4M2P. Lämna tom så skapas en ny kod. En kod som redan finns i förbundet kopplar raden till den deltagaren." }),
  kol({ key: "personnummer", rubrik: "Personnummer", metod: "PERSONUPPGIFTER", typ: "text", max: 20, kravs: "Ja, utom vid skyddad identitet", exempel: "19850412-9985",
    beskrivning: "Personnummer eller samordningsnummer, 10 eller 12 siffror, med eller utan bindestreck (plustecken för den som fyllt 100). Sparas krypterat. En person som redan finns i förbundet kopplas till samma deltagare." }),
  kol({ key: "fornamn", rubrik: "Förnamn", metod: "PERSONUPPGIFTER", typ: "text", max: 80, kravs: "Ja när personnummer anges", exempel: "Anna", beskrivning: "Sparas krypterat tillsammans med personnumret." }),
  kol({ key: "efternamn", rubrik: "Efternamn", metod: "PERSONUPPGIFTER", typ: "text", max: 80, kravs: "Ja när personnummer anges", exempel: "Andersson", beskrivning: "Sparas krypterat tillsammans med personnumret." }),
  kol({ key: "skyddad", rubrik: "Skyddad identitet", metod: "PERSONUPPGIFTER", typ: "janej", kravs: "Nej", exempel: "nej",
    beskrivning: "ja för skyddade personuppgifter: raden registreras anonymt, utan personnummer och namn, med kön och födelseår." }),
  kol({ key: "kon", rubrik: "Kön", metod: "ALLA", typ: "kod", lista: lista(kon), kravs: "Ja för anonyma deltagare; annars läses det ur personnumret", exempel: "K",
    beskrivning: "K eller M (Kvinna eller Man). Med personnummer behöver kolumnen inte fyllas i, men om den gör det ska den stämma med personnumret." }),
  kol({ key: "fodelsear", rubrik: "Födelseår", metod: "ALLA", typ: "ar", kravs: "Ja för anonyma deltagare; annars läses det ur personnumret", exempel: "1985",
    beskrivning: "Fyra siffror. Med personnummer behöver kolumnen inte fyllas i, men om den gör det ska den stämma med personnumret." }),
  kol({ key: "samtyckeDatum", rubrik: "Samtycke datum", metod: "PERSONUPPGIFTER", typ: "datum", kravs: "Ja när personnummer anges", exempel: "2026-01-12",
    beskrivning: "Dagen deltagaren gav sitt samtycke, ÅÅÅÅ-MM-DD, senast 30 dagar efter start och inte i framtiden. Du som importerar registreras som den som dokumenterat samtycket." }),
  kol({ key: "samtyckeOmfattning", rubrik: "Samtycke omfattning", metod: "PERSONUPPGIFTER", typ: "text", max: 500, kravs: "Ja när personnummer anges",
    exempel: "Registrering och uppföljning i insatsen", beskrivning: "Vad samtycket omfattar, med egna ord." }),
  kol({ key: "startdatum", rubrik: "Startdatum", metod: "ALLA", typ: "datum", kravs: "Ja", exempel: "2026-01-12",
    beskrivning: "Inskrivningens första dag, ÅÅÅÅ-MM-DD, inom insatsens period och inte i framtiden." }),
  kol({ key: "grupp", rubrik: "Grupp", metod: "ALLA", typ: "text", max: 200, kravs: "Nej", exempel: "", beskrivning: "Namnet på en av insatsens grupper, precis som det står på insatsens sida." }),
  kol({ key: "remittent", rubrik: "Remittent", metod: "ALLA", typ: "kod", lista: lista(remittent), kravs: "Nej", exempel: "AF", beskrivning: "Vem som remitterade deltagaren." }),
  kol({ key: "aktuellHos", rubrik: "Aktuell hos", metod: "ALLA", typ: "koder", lista: lista(aktuellHos), kravs: "Nej", exempel: "AF|KOMMUN_SOCIALTJANST",
    beskrivning: "Myndigheter deltagaren är aktuell hos vid start. Flera värden skiljs med |." }),
  kol({ key: "forsorjningStart", rubrik: "Försörjning vid start", metod: "ALLA", typ: "koder", lista: lista(forsorjning), kravs: "Nej", exempel: "FORSORJNINGSSTOD",
    beskrivning: "Försörjning vid start. Flera värden skiljs med |." }),
  kol({ key: "sysselsattningStart", rubrik: "Sysselsättning vid start", metod: "ALLA", typ: "koder", lista: lista(sysselsattning), kravs: "Nej", exempel: "ARBETSSOKANDE",
    beskrivning: "Sysselsättning vid start. Flera värden skiljs med |." }),
  kol({ key: "utbildningsniva", rubrik: "Utbildningsnivå", metod: "ALLA", typ: "kod", lista: lista(utbildningsniva), kravs: "Nej", exempel: "GYMNASIAL", beskrivning: "Högsta avslutade utbildning." }),
  kol({ key: "folkbokforingskommun", rubrik: "Folkbokföringskommun", metod: "ALLA", typ: "text", max: 80, kravs: "Nej", exempel: "Trollhättan", beskrivning: "Kommunens namn." }),
  kol({ key: "tidIOffentligForsorjning", rubrik: "Tid i offentlig försörjning", metod: "ALLA", typ: "kod", lista: lista(tidIOffentligForsorjning), kravs: "Nej", exempel: "AR_1_2",
    beskrivning: "Hur länge deltagaren har haft offentlig försörjning före start." }),
  kol({ key: "spar", rubrik: "Spår", metod: "ALLA", typ: "text", max: 120, kravs: "Nej", exempel: "", beskrivning: "Insatsens spår, om den har flera." }),
  kol({ key: "avslutsdatum", rubrik: "Avslutsdatum", metod: "ALLA", typ: "datum", kravs: "Nej; lämna tom för en pågående inskrivning", exempel: "",
    beskrivning: "Sista dagen, ÅÅÅÅ-MM-DD, inte före startdatum och inte i framtiden." }),
  kol({ key: "avslutsorsak", rubrik: "Avslutsorsak", metod: "ALLA", typ: "kod", lista: lista(avslutsorsak), kravs: "Ja när avslutsdatum anges", exempel: "", beskrivning: "Vart deltagaren gick vid avslut." }),
  kol({ key: "forsorjningAvslut", rubrik: "Försörjning vid avslut", metod: "ALLA", typ: "koder", lista: lista(forsorjning), kravs: "Ja när avslutsdatum anges (utom vid felregistrering)", exempel: "",
    beskrivning: "Försörjning vid avslut. Flera värden skiljs med |." }),
  kol({ key: "sysselsattningAvslut", rubrik: "Sysselsättning vid avslut", metod: "ALLA", typ: "koder", lista: lista(sysselsattning), kravs: "Ja när avslutsdatum anges (utom vid felregistrering)", exempel: "",
    beskrivning: "Sysselsättning vid avslut. Flera värden skiljs med |." }),
  kol({ key: "uppfoljningDatum", rubrik: "Uppföljning datum", metod: "ALLA", typ: "datum", kravs: "Nej; kräver avslutsdatum", exempel: "",
    beskrivning: "Dagen för uppföljningen 90 dagar efter avslut, ÅÅÅÅ-MM-DD, inte före avslutsdatum och inte i framtiden." }),
  kol({ key: "uppfoljningStatus", rubrik: "Uppföljning status", metod: "ALLA", typ: "kod", lista: lista(uppfoljningStatus), kravs: "Ja när uppföljning datum anges", exempel: "",
    beskrivning: "Läget vid uppföljningen. EJ_NADD (Ej nådd) är ett eget utfall och räknas som sådant." }),
  kol({ key: "uppfoljningForsorjning", rubrik: "Försörjning vid uppföljning", metod: "ALLA", typ: "koder", lista: lista(forsorjning), kravs: "Ja när uppföljning datum anges, utom vid Ej nådd (då tom)", exempel: "",
    beskrivning: "Försörjning vid uppföljningen. Flera värden skiljs med |." }),
  kol({ key: "uppfoljningSysselsattning", rubrik: "Sysselsättning vid uppföljning", metod: "ALLA", typ: "koder", lista: lista(sysselsattning), kravs: "Nej", exempel: "",
    beskrivning: "Sysselsättning vid uppföljningen. Flera värden skiljs med |." }),
  kol({ key: "uppfoljningKommentar", rubrik: "Uppföljning kommentar", metod: "ALLA", typ: "text", max: 1000, kravs: "Nej", exempel: "", beskrivning: "Fri text, högst 1000 tecken." }),
];

const TIDPUNKT_SUFFIX: Record<MatTidpunkt, string> = { START: "start", AVSLUT: "avslut", UPPFOLJNING_90: "uppföljning" };
const TIDPUNKT_DATUM: Record<MatTidpunkt, string> = { START: "startdatum", AVSLUT: "avslutsdatum", UPPFOLJNING_90: "uppföljning datum" };
/** Measurement columns of a time point follow this fixed column. */
const MATNING_EFTER: Record<MatTidpunkt, FastNyckel> = { START: "spar", AVSLUT: "sysselsattningAvslut", UPPFOLJNING_90: "uppfoljningKommentar" };

export function matKolumnRubrik(variabelKod: string, tidpunkt: MatTidpunkt): string {
  return `${variabelKod} ${TIDPUNKT_SUFFIX[tidpunkt]}`;
}

export type Kolumn = ({ slag: "fast" } & FastKolumn) | ({ slag: "matning" } & MatKolumn);

/** Every column a file for an insats of `metod` may have, in template order. */
export function kolumnerFor(metod: ImportMetod, matvariabler: readonly MatvariabelGranser[]): Kolumn[] {
  const out: Kolumn[] = [];
  for (const k of FASTA_KOLUMNER) {
    if (k.metod === "ALLA" || k.metod === metod) out.push({ slag: "fast", ...k });
    for (const tidpunkt of Object.keys(MATNING_EFTER) as MatTidpunkt[]) {
      if (MATNING_EFTER[tidpunkt] !== k.key) continue;
      for (const variabel of matvariabler) {
        out.push({ slag: "matning", key: `matning:${tidpunkt}:${variabel.kod}`, rubrik: matKolumnRubrik(variabel.kod, tidpunkt), tidpunkt, variabel });
      }
    }
  }
  return out;
}

/** The explanation of a measurement column, as the template and README show it. */
export function matKolumnBeskrivning(k: MatKolumn): string {
  const v = k.variabel;
  const varden = v.typ === "JANEJ" ? "ja eller nej (1 eller 0)" : `ett heltal ${v.min ?? ""}–${v.max ?? ""}`.replace(" –", " ").trim();
  return `${v.namn} vid ${TIDPUNKT_SUFFIX[k.tidpunkt]}: ${varden}. Mätdatum blir ${TIDPUNKT_DATUM[k.tidpunkt]}, som då måste vara ifyllt.`;
}

/** "Tillåtna värden" text for a column: the codes with their Swedish labels. */
export function tillatnaVarden(k: Kolumn): string {
  if (k.slag === "matning") return k.variabel.typ === "JANEJ" ? "ja, nej, 1, 0" : `${k.variabel.min ?? ""}–${k.variabel.max ?? ""}`;
  switch (k.typ) {
    case "kod":
    case "koder":
      return k.lista.poster
        .filter((p) => !p.utgatt)
        .map((p) => `${p.kod} (${p.sv})`)
        .join(", ");
    case "datum":
      return "ÅÅÅÅ-MM-DD";
    case "ar":
      return "ÅÅÅÅ";
    case "janej":
      return "ja, nej";
    case "text":
      return `Text, högst ${k.max} tecken`;
  }
}

export type KolumnForklaring = { rubrik: string; kravs: string; tillatna: string; beskrivning: string };

export function kolumnForklaringar(metod: ImportMetod, matvariabler: readonly MatvariabelGranser[]): KolumnForklaring[] {
  return kolumnerFor(metod, matvariabler).map((k) => ({
    rubrik: k.rubrik,
    kravs: k.slag === "matning" ? "Nej" : k.kravs,
    tillatna: tillatnaVarden(k),
    beskrivning: k.slag === "matning" ? matKolumnBeskrivning(k) : k.beskrivning,
  }));
}

/** General rules shown above the column list in the template and README. */
export const ALLMANNA_REGLER: readonly string[] = [
  "En rad per inskrivning. Första raden är kolumnrubrikerna; kolumnernas ordning spelar ingen roll och kolumner som inte behövs kan utelämnas.",
  "Filen kan vara CSV (UTF-8, med eller utan BOM, avgränsad med semikolon eller komma) eller Excel (.xlsx, första bladet).",
  "Kodlistornas värden skrivs som koden (t.ex. FORSORJNINGSSTOD) eller som benämningen (t.ex. Försörjningsstöd); stora och små bokstäver spelar ingen roll.",
  "Flera värden i samma cell skiljs med | (lodstreck), t.ex. AF|FK.",
  "Mätkolumnerna heter mätvariabelns kod följt av start, avslut eller uppföljning (t.ex. VAS start) och följer förbundets mätvariabler.",
  "Inget sparas förrän alla rader är giltiga. Kontrollera filen först; felrapporten anger rad och kolumn för varje fel.",
  "En insats med mätmetoden Volym tar inte emot deltagarrader – registrera antal per period i stället.",
];

/** The README section "Import av deltagare", generated from the definitions above with the default Matvariabler. */
export function importFormatMarkdown(matvariabler: readonly MatvariabelGranser[]): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  const tabell = (metod: ImportMetod) =>
    [
      "| kolumn | krävs | tillåtna värden | beskrivning |",
      "|---|---|---|---|",
      ...kolumnForklaringar(metod, matvariabler).map((f) => `| ${cell(f.rubrik)} | ${cell(f.kravs)} | ${cell(f.tillatna)} | ${cell(f.beskrivning)} |`),
    ].join("\n");
  return [
    ...ALLMANNA_REGLER.map((r) => `- ${r}`),
    "",
    "### Anonyma insatser (mätmetod Anonym)",
    "",
    tabell("ANONYM"),
    "",
    "### Insatser med personuppgifter",
    "",
    tabell("PERSONUPPGIFTER"),
  ].join("\n");
}
