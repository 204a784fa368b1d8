/**
 * Validates a whole import file against the column format (kolumner.ts) and
 * the rules of registration, avslut and follow-up — pure, no database. What
 * needs stored data (existing deltagarkoder and personnummer, overlapping
 * inskrivningar already saved) is checked by lib/server/import.
 *
 * Avslut and follow-up go through the very zod schemas of the forms and the
 * PATCH API (lib/validation/inskrivning-handelser.ts), so the import cannot
 * accept what a form would refuse.
 */
import type { z } from "zod";
import { checkDeltagareKod } from "@/lib/domain/deltagare-kod";
import { kon as konLista, type Kon, type KodPost, type Kodlista } from "@/lib/domain/kodlistor";
import { matningVardeFel, type MatvariabelGranser } from "@/lib/domain/matning-varde";
import { parsePersonnummer } from "@/lib/domain/personnummer";
import { avslutaInskrivningSchema, recordUppfoljningSchema } from "@/lib/validation/inskrivning-handelser";
import { registreraInskrivningSchema } from "@/lib/validation/inskrivning-registrering";
import { lasAr, lasDatum, lasJaNej, lasKod, lasKoder, lasMatvarde, lasText, type Cell } from "./celler";
import { FASTA_KOLUMNER, kolumnerFor, type FastKolumn, type FastNyckel, type ImportMetod, type Kolumn, type MatKolumn, type MatTidpunkt } from "./kolumner";
import type { Tabell } from "./las-fil";

export type ValideringsInstallningar = {
  metod: ImportMetod;
  matvariabler: readonly MatvariabelGranser[];
  /** Names of the insats's grupper. */
  grupper: readonly string[];
  insatsStart: string;
  insatsSlut: string | null;
  /** "YYYY-MM-DD" in Sweden. */
  today: string;
};

export type RadFel = { rad: number; kolumn: string | null; meddelande: string };

export type ImportDeltagare =
  | { typ: "ANONYM"; kod: string | null; kon: Kon; fodelsear: number; skyddad: boolean }
  | {
      typ: "PERSON";
      personnummer: string;
      kon: Kon;
      fodelsear: number;
      kontakt: { fornamn: string; efternamn: string };
      samtycke: { datum: string; omfattning: string };
    };

export type ImportRad = {
  rad: number;
  deltagare: ImportDeltagare;
  inskrivning: {
    startdatum: string;
    grupp: string | null;
    remittent: string | null;
    aktuellHos: string[];
    forsorjningStart: string[];
    sysselsattningStart: string[];
    utbildningsniva: string | null;
    folkbokforingskommun: string | null;
    tidIOffentligForsorjning: string | null;
    spar: string | null;
    avslutsdatum: string | null;
    avslutsorsak: string | null;
    forsorjningAvslut: string[];
    sysselsattningAvslut: string[];
  };
  matningar: { variabelKod: string; tidpunkt: MatTidpunkt; datum: string; varde: number }[];
  uppfoljning: { datum: string; status: string; forsorjning: string[]; sysselsattning: string[]; kommentar: string } | null;
};

export type ValideringsResultat = { rader: ImportRad[]; fel: RadFel[]; antalRader: number };

/** "Rad 12, kolumn Personnummer: kontrollsiffran stämmer inte …" */
export function felText(f: RadFel): string {
  const m = f.meddelande.charAt(0).toLowerCase() + f.meddelande.slice(1);
  return f.kolumn ? `Rad ${f.rad}, kolumn ${f.kolumn}: ${m}` : `Rad ${f.rad}: ${m}`;
}

const RUBRIK = Object.fromEntries(FASTA_KOLUMNER.map((k) => [k.key, k.rubrik])) as Record<FastNyckel, string>;
const METOD_NAMN: Record<ImportMetod, string> = { ANONYM: "anonym", PERSONUPPGIFTER: "med personuppgifter" };
const SLUT = "9999-12-31";

export function valideraTabell(tabell: Tabell, opt: ValideringsInstallningar): ValideringsResultat {
  const fel: RadFel[] = [];
  const header = tabell[0];
  if (!header || header.every((h) => h.trim() === "")) {
    return { rader: [], antalRader: 0, fel: [{ rad: 1, kolumn: null, meddelande: "Filen är tom – första raden ska vara kolumnrubrikerna" }] };
  }
  const kolumner = kolumnerFor(opt.metod, opt.matvariabler);
  const index = lasRubriker(tabell, header, kolumner, opt.metod, fel);
  const dataRader = tabell.slice(1).map((cells, i) => ({ rad: i + 2, cells })).filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (fel.length > 0) return { rader: [], fel, antalRader: dataRader.length };

  const rader: ImportRad[] = [];
  for (const { rad, cells } of dataRader) {
    const r = valideraRad(rad, cells, index, opt, fel);
    if (r) rader.push(r);
  }
  hittaDubbletter(rader, opt.metod, fel);
  fel.sort((a, b) => a.rad - b.rad);
  return { rader: fel.length === 0 ? rader : [], fel, antalRader: dataRader.length };
}

type Index = { fast: Map<FastNyckel, { pos: number; kolumn: FastKolumn }>; matning: { pos: number; kolumn: MatKolumn }[] };

function lasRubriker(tabell: Tabell, header: string[], kolumner: Kolumn[], metod: ImportMetod, fel: RadFel[]): Index {
  const byRubrik = new Map(kolumner.map((k) => [normalRubrik(k.rubrik), k]));
  const annanMetod = new Map(FASTA_KOLUMNER.filter((k) => k.metod !== "ALLA" && k.metod !== metod).map((k) => [normalRubrik(k.rubrik), k]));
  const index: Index = { fast: new Map(), matning: [] };
  const sedda = new Set<string>();
  header.forEach((rubrik, pos) => {
    const n = normalRubrik(rubrik);
    if (n === "") {
      if (tabell.slice(1).some((r) => (r[pos] ?? "").trim() !== "")) fel.push({ rad: 1, kolumn: null, meddelande: `Kolumn ${pos + 1} har värden men ingen rubrik` });
      return;
    }
    if (sedda.has(n)) return void fel.push({ rad: 1, kolumn: rubrik.trim(), meddelande: "Kolumnen finns två gånger" });
    sedda.add(n);
    const k = byRubrik.get(n);
    if (k?.slag === "fast") index.fast.set(k.key, { pos, kolumn: k });
    else if (k?.slag === "matning") index.matning.push({ pos, kolumn: k });
    else if (annanMetod.has(n)) {
      // A template of the other kind of insats: harmless while the column is empty.
      if (tabell.slice(1).some((r) => (r[pos] ?? "").trim() !== "")) {
        fel.push({ rad: 1, kolumn: rubrik.trim(), meddelande: `Insatsen är ${METOD_NAMN[metod]} – kolumnen ska vara tom eller tas bort` });
      }
    } else {
      fel.push({ rad: 1, kolumn: rubrik.trim(), meddelande: "Okänd kolumn – giltiga kolumnnamn står i mallens förklaringsblad" });
    }
  });
  const kravda: FastNyckel[] = metod === "ANONYM" ? ["startdatum", "kon", "fodelsear"] : ["startdatum", "personnummer", "samtyckeDatum", "samtyckeOmfattning"];
  for (const key of kravda) {
    if (!index.fast.has(key)) fel.push({ rad: 1, kolumn: RUBRIK[key], meddelande: "Kolumnen saknas" });
  }
  return index;
}

const normalRubrik = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

function valideraRad(rad: number, cells: string[], index: Index, opt: ValideringsInstallningar, fel: RadFel[]): ImportRad | null {
  const antalFelFore = fel.length;
  const raw = (key: FastNyckel) => {
    const e = index.fast.get(key);
    return e ? (cells[e.pos] ?? "") : "";
  };
  // One message per cell: a value the reader refused is not reported again by a schema.
  const feladeKolumner = new Set<string>();
  const add = (key: FastNyckel | string, meddelande: string) => {
    const kolumn = key === "" ? null : Object.hasOwn(RUBRIK, key) ? RUBRIK[key as FastNyckel] : key;
    if (kolumn !== null && feladeKolumner.has(kolumn)) return;
    if (kolumn !== null) feladeKolumner.add(kolumn);
    fel.push({ rad, kolumn, meddelande });
  };
  function las<T>(key: FastNyckel, cell: Cell<T>): T | undefined {
    if (cell.ok) return cell.value;
    add(key, cell.error);
    return undefined;
  }
  const text = (key: FastNyckel) => {
    const k = index.fast.get(key)?.kolumn;
    return las(key, lasText(raw(key), k?.typ === "text" ? k.max : 1000)) ?? null;
  };
  const kod = (key: FastNyckel) => {
    const k = index.fast.get(key)?.kolumn;
    return k && k.typ === "kod" ? (las(key, lasKod(raw(key), k.lista)) ?? null) : null;
  };
  const koder = (key: FastNyckel) => {
    const k = index.fast.get(key)?.kolumn;
    return k && k.typ === "koder" ? (las(key, lasKoder(raw(key), k.lista)) ?? []) : [];
  };
  const datum = (key: FastNyckel) => las(key, lasDatum(raw(key))) ?? null;

  // Registration: cells read, then the registration form's own schema.
  const skyddad = opt.metod === "PERSONUPPGIFTER" ? (las("skyddad", lasJaNej(raw("skyddad"))) ?? false) : false;
  const konVarde = las("kon", lasKod(raw("kon"), konLista as unknown as Kodlista<KodPost>)) ?? null;
  const fodelsear = las("fodelsear", lasAr(raw("fodelsear"), opt.today)) ?? null;
  let deltagarkod: string | null = null;
  if (opt.metod === "ANONYM" && raw("deltagarkod").trim() !== "") {
    const c = checkDeltagareKod(raw("deltagarkod"));
    if (c.ok) deltagarkod = c.kod;
    else add("deltagarkod", c.error);
  }
  const pnrRaw = raw("personnummer").trim();
  const fornamn = text("fornamn");
  const efternamn = text("efternamn");
  const harIdentitet = opt.metod === "PERSONUPPGIFTER" && (pnrRaw !== "" || fornamn !== null || efternamn !== null);
  const samtyckeDatum = datum("samtyckeDatum");
  const omfattning = text("samtyckeOmfattning");
  const startdatum = datum("startdatum");
  let grupp = text("grupp");
  if (grupp !== null) {
    const traff = opt.grupper.find((g) => g.trim().toLowerCase() === grupp!.toLowerCase());
    if (!traff) {
      add("grupp", opt.grupper.length === 0 ? "Insatsen har inga grupper – lämna kolumnen tom" : `Gruppen "${grupp}" finns inte i insatsen – välj en av ${opt.grupper.join(", ")}`);
    }
    grupp = traff ?? null;
  }
  const inskrivning = {
    startdatum: startdatum ?? "",
    grupp,
    remittent: kod("remittent"),
    aktuellHos: koder("aktuellHos"),
    forsorjningStart: koder("forsorjningStart"),
    sysselsattningStart: koder("sysselsattningStart"),
    utbildningsniva: kod("utbildningsniva"),
    folkbokforingskommun: text("folkbokforingskommun"),
    tidIOffentligForsorjning: kod("tidIOffentligForsorjning"),
    spar: text("spar"),
    avslutsdatum: null as string | null,
    avslutsorsak: null as string | null,
    forsorjningAvslut: [] as string[],
    sysselsattningAvslut: [] as string[],
  };

  // The checks the registration makes against the insats (lib/server/deltagare/register-inskrivning.ts).
  if (opt.metod === "PERSONUPPGIFTER" && !skyddad && !harIdentitet) add("personnummer", PERSONNUMMER_KRAVS);
  if (opt.metod === "ANONYM" || skyddad || !harIdentitet) {
    if (konVarde === null && raw("kon").trim() === "") add("kon", "Ange kön (K eller M)");
    if (fodelsear === null && raw("fodelsear").trim() === "") add("fodelsear", "Ange födelseår");
  }
  if (raw("startdatum").trim() === "") add("startdatum", "Ange startdatum");
  if (startdatum) {
    if (startdatum < opt.insatsStart || (opt.insatsSlut && startdatum > opt.insatsSlut)) {
      add("startdatum", opt.insatsSlut ? `Startdatum ska ligga inom insatsens period (${opt.insatsStart} – ${opt.insatsSlut})` : `Startdatum kan inte vara före insatsens start (${opt.insatsStart})`);
    } else if (startdatum > opt.today) add("startdatum", "Startdatum kan inte ligga i framtiden");
  }
  if (samtyckeDatum && samtyckeDatum > opt.today) add("samtyckeDatum", "Samtyckets datum kan inte ligga i framtiden");

  const registrering = registreraInskrivningSchema.safeParse({
    kon: konVarde ?? undefined,
    fodelsear: fodelsear ?? undefined,
    skyddadIdentitet: skyddad,
    identitet: harIdentitet ? { personnummer: pnrRaw, fornamn: fornamn ?? "", efternamn: efternamn ?? "" } : undefined,
    samtycke: harIdentitet && (samtyckeDatum !== null || omfattning !== null) ? { datum: samtyckeDatum ?? "", omfattning: omfattning ?? "" } : undefined,
    startdatum: startdatum ?? "",
    remittent: inskrivning.remittent ?? undefined,
    aktuellHos: inskrivning.aktuellHos,
    forsorjningStart: inskrivning.forsorjningStart,
    sysselsattningStart: inskrivning.sysselsattningStart,
    utbildningsniva: inskrivning.utbildningsniva ?? undefined,
    folkbokforingskommun: inskrivning.folkbokforingskommun ?? "",
    tidIOffentligForsorjning: inskrivning.tidIOffentligForsorjning ?? undefined,
    spar: inskrivning.spar ?? "",
  });
  let deltagare: ImportDeltagare | null = null;
  if (!registrering.success) laggTillSchemaFel(registrering.error, REGISTRERING_FALT, add);
  else {
    const r = registrering.data;
    const pnr = r.identitet ? parsePersonnummer(r.identitet.personnummer, new Date(`${opt.today}T12:00:00`)) : null;
    if (pnr?.ok && r.samtycke) {
      deltagare = {
        typ: "PERSON",
        personnummer: pnr.normalized,
        kon: pnr.kon,
        fodelsear: Number(pnr.birthDate.slice(0, 4)),
        kontakt: { fornamn: r.identitet!.fornamn, efternamn: r.identitet!.efternamn },
        samtycke: r.samtycke,
      };
    } else if (!r.identitet && r.kon && r.fodelsear !== undefined) {
      deltagare = { typ: "ANONYM", kod: deltagarkod, kon: r.kon, fodelsear: r.fodelsear, skyddad };
    }
  }

  // Measurements: read now, dated once the dates are known.
  const varden: { kolumn: MatKolumn; varde: number }[] = [];
  for (const { pos, kolumn } of index.matning) {
    const cell = lasMatvarde(cells[pos] ?? "", kolumn.variabel.typ);
    if (!cell.ok) add(kolumn.rubrik, cell.error);
    else if (cell.value !== null) {
      const m = matningVardeFel(kolumn.variabel, cell.value);
      if (m) add(kolumn.rubrik, m);
      else varden.push({ kolumn, varde: cell.value });
    }
  }
  const harMatning = (t: MatTidpunkt) => varden.some((v) => v.kolumn.tidpunkt === t);

  // Avslut
  const avslutsdatum = datum("avslutsdatum");
  const avslutsorsak = kod("avslutsorsak");
  const forsorjningAvslut = koder("forsorjningAvslut");
  const sysselsattningAvslut = koder("sysselsattningAvslut");
  const avslutIfyllt = ["avslutsorsak", "forsorjningAvslut", "sysselsattningAvslut"].some((k) => raw(k as FastNyckel).trim() !== "") || harMatning("AVSLUT");
  if (avslutsdatum === null && raw("avslutsdatum").trim() === "" && avslutIfyllt) {
    add("avslutsdatum", "Ange avslutsdatum – raden har uppgifter om avslut");
  }
  if (avslutsdatum !== null) {
    if (startdatum && avslutsdatum < startdatum) add("avslutsdatum", `Avslutsdatum kan inte vara före startdatum (${startdatum})`);
    else if (avslutsdatum > opt.today) add("avslutsdatum", "Avslutsdatum kan inte vara i framtiden");
    if (avslutsorsak === null && raw("avslutsorsak").trim() === "") add("avslutsorsak", "Ange avslutsorsak");
    if (avslutsorsak !== null) {
      const r = avslutaInskrivningSchema.safeParse({ version: 1, avslutsdatum, avslutsorsak, forsorjningAvslut, sysselsattningAvslut });
      if (!r.success) laggTillSchemaFel(r.error, { forsorjningAvslut: "forsorjningAvslut", sysselsattningAvslut: "sysselsattningAvslut", avslutsorsak: "avslutsorsak", avslutsdatum: "avslutsdatum" }, add);
      else Object.assign(inskrivning, { avslutsdatum, avslutsorsak, forsorjningAvslut: r.data.avslutsorsak === "FELREGISTRERING" ? [] : forsorjningAvslut, sysselsattningAvslut: r.data.avslutsorsak === "FELREGISTRERING" ? [] : sysselsattningAvslut });
    }
  }

  // 90-day follow-up
  let uppfoljning: ImportRad["uppfoljning"] = null;
  const uDatum = datum("uppfoljningDatum");
  const uStatus = kod("uppfoljningStatus");
  const uForsorjning = koder("uppfoljningForsorjning");
  const uSysselsattning = koder("uppfoljningSysselsattning");
  const uKommentar = text("uppfoljningKommentar");
  const uIfyllt = ["uppfoljningStatus", "uppfoljningForsorjning", "uppfoljningSysselsattning", "uppfoljningKommentar"].some((k) => raw(k as FastNyckel).trim() !== "") || harMatning("UPPFOLJNING_90");
  if (uDatum === null && raw("uppfoljningDatum").trim() === "" && uIfyllt) add("uppfoljningDatum", "Ange uppföljningens datum – raden har uppgifter om uppföljning");
  if (uDatum !== null) {
    if (raw("avslutsdatum").trim() === "") add("uppfoljningDatum", "Uppföljning kan bara anges för en avslutad inskrivning – ange avslutsdatum");
    else if (avslutsdatum && uDatum < avslutsdatum) add("uppfoljningDatum", `Uppföljningsdatum kan inte vara före avslutsdatum (${avslutsdatum})`);
    if (uDatum > opt.today) add("uppfoljningDatum", "Uppföljningsdatum kan inte vara i framtiden");
    if (uStatus === null && raw("uppfoljningStatus").trim() === "") add("uppfoljningStatus", "Ange status vid uppföljningen");
    if (uStatus !== null) {
      const r = recordUppfoljningSchema.safeParse({ version: 1, datum: uDatum, status: uStatus, forsorjning: uForsorjning, sysselsattning: uSysselsattning, kommentar: uKommentar ?? "" });
      if (!r.success) laggTillSchemaFel(r.error, { forsorjning: "uppfoljningForsorjning", sysselsattning: "uppfoljningSysselsattning", kommentar: "uppfoljningKommentar", status: "uppfoljningStatus", datum: "uppfoljningDatum" }, add);
      else uppfoljning = { datum: uDatum, status: r.data.status, forsorjning: r.data.forsorjning, sysselsattning: r.data.sysselsattning, kommentar: r.data.kommentar };
    }
  }

  if (fel.length > antalFelFore || !deltagare || !startdatum) return null;
  const datumFor: Record<MatTidpunkt, string | null> = { START: startdatum, AVSLUT: inskrivning.avslutsdatum, UPPFOLJNING_90: uppfoljning?.datum ?? null };
  return {
    rad,
    deltagare,
    inskrivning,
    matningar: varden.map((v) => ({ variabelKod: v.kolumn.variabel.kod, tidpunkt: v.kolumn.tidpunkt, datum: datumFor[v.kolumn.tidpunkt]!, varde: v.varde })),
    uppfoljning,
  };
}

/** Issue path (joined with ".") → the column it belongs to. */
const REGISTRERING_FALT: Record<string, FastNyckel> = {
  kon: "kon",
  fodelsear: "fodelsear",
  skyddadIdentitet: "skyddad",
  "identitet.personnummer": "personnummer",
  "identitet.fornamn": "fornamn",
  "identitet.efternamn": "efternamn",
  "samtycke.datum": "samtyckeDatum",
  "samtycke.omfattning": "samtyckeOmfattning",
  startdatum: "startdatum",
  remittent: "remittent",
  aktuellHos: "aktuellHos",
  forsorjningStart: "forsorjningStart",
  sysselsattningStart: "sysselsattningStart",
  utbildningsniva: "utbildningsniva",
  folkbokforingskommun: "folkbokforingskommun",
  tidIOffentligForsorjning: "tidIOffentligForsorjning",
  spar: "spar",
};

const PERSONNUMMER_KRAVS = "Ange personnummer eller samordningsnummer, eller ja i Skyddad identitet";

function laggTillSchemaFel(error: z.ZodError, falt: Record<string, FastNyckel>, add: (key: FastNyckel | "", meddelande: string) => void) {
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    const key = falt[path.join(".")] ?? falt[path[0] ?? ""] ?? falt[path.slice(0, 2).join(".")];
    if (key) add(key, issue.message);
    // An issue on a field the file has no column for (e.g. telefon) cannot be placed; report it on the row.
    else add("", issue.message);
  }
}

/** The same person twice in the file with overlapping dates is one participation entered twice. */
function hittaDubbletter(rader: ImportRad[], metod: ImportMetod, fel: RadFel[]) {
  const grupper = new Map<string, ImportRad[]>();
  for (const r of rader) {
    const nyckel = r.deltagare.typ === "PERSON" ? r.deltagare.personnummer : r.deltagare.kod;
    if (!nyckel) continue;
    const lista = grupper.get(nyckel) ?? [];
    lista.push(r);
    grupper.set(nyckel, lista);
  }
  const kolumn = metod === "PERSONUPPGIFTER" ? RUBRIK.personnummer : RUBRIK.deltagarkod;
  const vem = metod === "PERSONUPPGIFTER" ? "Samma personnummer" : "Samma deltagarkod";
  for (const lista of grupper.values()) {
    for (let i = 1; i < lista.length; i++) {
      const b = lista[i]!;
      for (let j = 0; j < i; j++) {
        const a = lista[j]!;
        if (a.deltagare.typ === "ANONYM" && b.deltagare.typ === "ANONYM" && (a.deltagare.kon !== b.deltagare.kon || a.deltagare.fodelsear !== b.deltagare.fodelsear)) {
          fel.push({ rad: b.rad, kolumn, meddelande: `${vem} som på rad ${a.rad} men annat kön eller födelseår` });
          break;
        }
        if (overlappar(a.inskrivning, b.inskrivning)) {
          fel.push({ rad: b.rad, kolumn, meddelande: `${vem} som på rad ${a.rad}, med överlappande datum – samma inskrivning två gånger?` });
          break;
        }
      }
    }
  }
}

export function overlappar(a: { startdatum: string; avslutsdatum: string | null }, b: { startdatum: string; avslutsdatum: string | null }): boolean {
  return a.startdatum <= (b.avslutsdatum ?? SLUT) && b.startdatum <= (a.avslutsdatum ?? SLUT);
}
