import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { DEFAULT_MATVARIABLER } from "@/lib/domain/matvariabler";
import { lasCsv, lasXlsx, gissaAvgransare, FilFel } from "./las-fil";
import { felText, valideraTabell, type ValideringsInstallningar } from "./validera";
import { mallCsv, mallXlsx } from "./mall";

const anonym: ValideringsInstallningar = {
  metod: "ANONYM",
  matvariabler: DEFAULT_MATVARIABLER,
  grupper: ["Grupp A"],
  insatsStart: "2024-01-01",
  insatsSlut: "2026-12-31",
  today: "2026-06-15",
};
const person: ValideringsInstallningar = { ...anonym, metod: "PERSONUPPGIFTER" };

const ANON_HEAD = "Kön;Födelseår;Startdatum;Försörjning vid start;VAS start;Avslutsdatum;Avslutsorsak;Försörjning vid avslut;Sysselsättning vid avslut;VAS avslut";
const PERS_HEAD = "Personnummer;Förnamn;Efternamn;Samtycke datum;Samtycke omfattning;Startdatum;Avslutsdatum";

const csv = (...lines: string[]) => lines.join("\r\n") + "\r\n";
const check = (text: string, opt = anonym) => valideraTabell(lasCsv(text), opt);
const felen = (text: string, opt = anonym) => check(text, opt).fel.map(felText);

describe("valideraTabell — good rows", () => {
  it("reads an anonymous row with measurements, avslut, codes and labels in any case", () => {
    const r = check(csv(ANON_HEAD, "k;1985;2025-02-01;försörjningsstöd|A_KASSA;4;2025-06-30;arbete;LON;Förvärvsarbete;8"));
    expect(r.fel).toEqual([]);
    expect(r.antalRader).toBe(1);
    expect(r.rader[0]).toMatchObject({
      rad: 2,
      deltagare: { typ: "ANONYM", kod: null, kon: "K", fodelsear: 1985, skyddad: false },
      inskrivning: { startdatum: "2025-02-01", forsorjningStart: ["FORSORJNINGSSTOD", "A_KASSA"], avslutsdatum: "2025-06-30", avslutsorsak: "ARBETE", forsorjningAvslut: ["LON"], sysselsattningAvslut: ["FORVARVSARBETE"] },
      matningar: [
        { variabelKod: "VAS", tidpunkt: "START", datum: "2025-02-01", varde: 4 },
        { variabelKod: "VAS", tidpunkt: "AVSLUT", datum: "2025-06-30", varde: 8 },
      ],
      uppfoljning: null,
    });
  });

  it("reads a person row: personnummer normalised, kön and födelseår from it", () => {
    const r = check(csv(PERS_HEAD, "850412-9985;Anna;Andersson;2025-02-01;Registrering och uppföljning;2025-02-01;"), person);
    expect(r.fel).toEqual([]);
    expect(r.rader[0]!.deltagare).toEqual({
      typ: "PERSON",
      personnummer: "19850412-9985",
      kon: "K",
      fodelsear: 1985,
      kontakt: { fornamn: "Anna", efternamn: "Andersson" },
      samtycke: { datum: "2025-02-01", omfattning: "Registrering och uppföljning" },
    });
  });

  it("registers skyddad identitet anonymously under PERSONUPPGIFTER", () => {
    const r = check(csv("Personnummer;Skyddad identitet;Kön;Födelseår;Samtycke datum;Samtycke omfattning;Startdatum", ";ja;M;1990;;;2025-03-01"), person);
    expect(r.fel).toEqual([]);
    expect(r.rader[0]!.deltagare).toEqual({ typ: "ANONYM", kod: null, kon: "M", fodelsear: 1990, skyddad: true });
  });

  it("records a follow-up with ej nådd and its own date for uppföljning measurements", () => {
    const r = check(
      csv(
        "Kön;Födelseår;Startdatum;Avslutsdatum;Avslutsorsak;Försörjning vid avslut;Sysselsättning vid avslut;Uppföljning datum;Uppföljning status;NARMARE_ARBETSMARKNADEN uppföljning",
        "M;1970;2025-01-10;2025-03-01;Arbete;LON;FORVARVSARBETE;2025-06-01;ej nådd;ja",
      ),
    );
    expect(r.fel).toEqual([]);
    expect(r.rader[0]!.uppfoljning).toEqual({ datum: "2025-06-01", status: "EJ_NADD", forsorjning: [], sysselsattning: [], kommentar: "" });
    expect(r.rader[0]!.matningar).toEqual([{ variabelKod: "NARMARE_ARBETSMARKNADEN", tidpunkt: "UPPFOLJNING_90", datum: "2025-06-01", varde: 1 }]);
  });

  it("skips empty lines but keeps the spreadsheet's row numbers", () => {
    const r = check(csv("Kön;Födelseår;Startdatum", "K;1985;2025-02-01", ";;", "M;1985;2031-02-01"));
    expect(r.antalRader).toBe(2);
    expect(r.fel.map((f) => f.rad)).toEqual([4]);
  });
});

describe("valideraTabell — each kind of bad value gets a Swedish message with row and column", () => {
  it.each([
    ["a wrong Luhn digit", "850412-9986;Anna;Andersson;2025-02-01;Registrering;2025-02-01;", "Rad 2, kolumn Personnummer: kontrollsiffran stämmer inte – kontrollera att numret är rätt skrivet"],
    ["an impossible date in the personnummer", "850230-9985;Anna;Andersson;2025-02-01;Registrering;2025-02-01;", "Rad 2, kolumn Personnummer: födelsedatumet 1985-02-30 finns inte"],
    ["names but no personnummer", ";Anna;Andersson;2025-02-01;Registrering;2025-02-01;", "Rad 2, kolumn Personnummer: ange ett personnummer"],
    ["no identity at all", ";;;;;2025-02-01;", "Rad 2, kolumn Personnummer: ange personnummer eller samordningsnummer, eller ja i Skyddad identitet"],
    ["no consent", "850412-9985;Anna;Andersson;;;2025-02-01;", "Rad 2, kolumn Samtycke datum: registrering med personuppgifter kräver ett registrerat samtycke"],
    ["no first name", "850412-9985;;Andersson;2025-02-01;Registrering;2025-02-01;", "Rad 2, kolumn Förnamn: ange förnamn"],
    ["consent in the future", "850412-9985;Anna;Andersson;2027-01-01;Registrering;2025-02-01;", "Rad 2, kolumn Samtycke datum: samtyckets datum kan inte ligga i framtiden"],
  ])("PERSONUPPGIFTER: %s", (_label, line, message) => {
    expect(felen(csv(PERS_HEAD, line), person)).toContain(message);
  });

  it.each([
    ["a wrong kön", "X;1985;2025-02-01;;;;;;;", 'Rad 2, kolumn Kön: "X" finns inte i kodlistan – använd en av K, M eller deras benämningar'],
    ["a two-digit födelseår", "K;85;2025-02-01;;;;;;;", 'Rad 2, kolumn Födelseår: ange födelseår med fyra siffror, t.ex. 1985 (nu "85")'],
    ["a missing kön", ";1985;2025-02-01;;;;;;;", "Rad 2, kolumn Kön: ange kön (K eller M)"],
    ["a date in the wrong format", "K;1985;1/2/2025;;;;;;;", 'Rad 2, kolumn Startdatum: ange datum som ÅÅÅÅ-MM-DD (nu "1/2/2025")'],
    ["a date that does not exist", "K;1985;2025-02-30;;;;;;;", 'Rad 2, kolumn Startdatum: datumet finns inte (nu "2025-02-30")'],
    ["a start before the insats", "K;1985;2023-02-01;;;;;;;", "Rad 2, kolumn Startdatum: startdatum ska ligga inom insatsens period (2024-01-01 – 2026-12-31)"],
    ["an unknown code in a multi-value cell", "K;1985;2025-02-01;LON|BIDRAG;;;;;;", 'Rad 2, kolumn Försörjning vid start: "BIDRAG" finns inte i kodlistan'],
    ["VAS out of range", "K;1985;2025-02-01;;11;;;;;", "Rad 2, kolumn VAS start: livskvalitet (VAS) ska vara ett heltal mellan 0 och 10"],
    ["VAS not a number", "K;1985;2025-02-01;;mycket;;;;;", 'Rad 2, kolumn VAS start: ange ett tal (nu "mycket")'],
    ["avslut before start", "K;1985;2025-02-01;;;2025-01-01;ARBETE;LON;FORVARVSARBETE;", "Rad 2, kolumn Avslutsdatum: avslutsdatum kan inte vara före startdatum (2025-02-01)"],
    ["avslut in the future", "K;1985;2025-02-01;;;2026-07-01;ARBETE;LON;FORVARVSARBETE;", "Rad 2, kolumn Avslutsdatum: avslutsdatum kan inte vara i framtiden"],
    ["avslut without avslutsorsak", "K;1985;2025-02-01;;;2025-03-01;;LON;FORVARVSARBETE;", "Rad 2, kolumn Avslutsorsak: ange avslutsorsak"],
    ["avslut without försörjning (the form's schema)", "K;1985;2025-02-01;;;2025-03-01;ARBETE;;FORVARVSARBETE;", "Rad 2, kolumn Försörjning vid avslut: välj minst en försörjning vid avslut"],
    ["an avslut measurement without avslutsdatum", "K;1985;2025-02-01;;;;;;;7", "Rad 2, kolumn Avslutsdatum: ange avslutsdatum – raden har uppgifter om avslut"],
  ])("ANONYM: %s", (_label, line, message) => {
    expect(felen(csv(ANON_HEAD, line)).some((f) => f.startsWith(message))).toBe(true);
  });

  it("refuses a follow-up without avslut and a ja/nej answer that is neither", () => {
    const f = felen(csv("Kön;Födelseår;Startdatum;Uppföljning datum;Uppföljning status;Försörjning vid uppföljning;ONSKVARD_UTVECKLING start", "K;1985;2025-02-01;2025-05-01;Arbete;LON;kanske"));
    expect(f).toContain("Rad 2, kolumn Uppföljning datum: uppföljning kan bara anges för en avslutad inskrivning – ange avslutsdatum");
    expect(f).toContain('Rad 2, kolumn ONSKVARD_UTVECKLING start: skriv ja eller nej (nu "kanske")');
  });

  it("refuses försörjning when the follow-up did not reach the person (the form's schema)", () => {
    const f = felen(
      csv(
        "Kön;Födelseår;Startdatum;Avslutsdatum;Avslutsorsak;Försörjning vid avslut;Sysselsättning vid avslut;Uppföljning datum;Uppföljning status;Försörjning vid uppföljning",
        "M;1970;2025-01-10;2025-03-01;ARBETE;LON;FORVARVSARBETE;2025-06-01;EJ_NADD;LON",
      ),
    );
    expect(f).toEqual(["Rad 2, kolumn Försörjning vid uppföljning: lämna försörjning tom när deltagaren inte nåddes"]);
  });

  it("checks a given deltagarkod and an unknown grupp", () => {
    const f = felen(csv("Deltagarkod;Kön;Födelseår;Startdatum;Grupp", "ABC-1234;K;1985;2025-02-01;Grupp B"));
    expect(f[0]).toMatch(/^Rad 2, kolumn Deltagarkod: koden innehåller 1/);
    expect(f[1]).toBe('Rad 2, kolumn Grupp: gruppen "Grupp B" finns inte i insatsen – välj en av Grupp A');
  });

  it("reports header problems on row 1 and nothing else", () => {
    expect(felen(csv("Kön;Startdatum;Favoritfärg", "K;2025-02-01;blå"))).toEqual([
      "Rad 1, kolumn Favoritfärg: okänd kolumn – giltiga kolumnnamn står i mallens förklaringsblad",
      "Rad 1, kolumn Födelseår: kolumnen saknas",
    ]);
    expect(felen(csv("Personnummer;Kön;Födelseår;Startdatum", "850412-9985;K;1985;2025-02-01"))).toEqual([
      "Rad 1, kolumn Personnummer: insatsen är anonym – kolumnen ska vara tom eller tas bort",
    ]);
    expect(felen("")).toEqual(["Rad 1: filen är tom – första raden ska vara kolumnrubrikerna"]);
  });

  it("reports no rows as valid when one row is bad", () => {
    const r = check(csv("Kön;Födelseår;Startdatum", "K;1985;2025-02-01", "K;1985;2025-13-01"));
    expect(r.rader).toEqual([]);
    expect(r.fel).toHaveLength(1);
  });
});

describe("duplicates inside the file", () => {
  it("reports the same personnummer twice with overlapping dates, allows it when the dates do not overlap", () => {
    const r = check(
      csv(
        `${PERS_HEAD};Avslutsorsak`,
        "850412-9985;Anna;Andersson;2025-01-10;Registrering;2025-01-10;2025-03-01;FELREGISTRERING",
        "198504129985;Anna;Andersson;2025-02-01;Registrering;2025-02-01;2025-02-20;FELREGISTRERING",
        "850412-9985;Anna;Andersson;2025-03-02;Registrering;2025-03-02;2025-04-01;FELREGISTRERING",
      ),
      { ...person, matvariabler: [] },
    );
    expect(r.fel.map(felText)).toEqual(["Rad 3, kolumn Personnummer: samma personnummer som på rad 2, med överlappande datum – samma inskrivning två gånger?"]);
  });

  it("reports the same deltagarkod with another kön", () => {
    // 222-2222: all-zero data, so the check character is 2 too (lib/domain/deltagare-kod.ts).
    const r = check(csv("Deltagarkod;Kön;Födelseår;Startdatum;Avslutsdatum;Avslutsorsak", "222-2222;K;1985;2025-01-01;2025-01-31;FELREGISTRERING", "2222222;M;1985;2025-03-01;;"));
    expect(r.fel.map(felText)).toEqual(["Rad 3, kolumn Deltagarkod: samma deltagarkod som på rad 2 men annat kön eller födelseår"]);
  });
});

describe("reading files", () => {
  it("detects ; and , and strips a UTF-8 BOM", () => {
    expect(gissaAvgransare("Kön;Födelseår,x;y")).toBe(";");
    expect(gissaAvgransare('"a;b",c,d')).toBe(",");
    const withBom = new TextEncoder().encode("\uFEFFKön,Födelseår,Startdatum\r\nK,1985,2025-02-01\r\n");
    expect(lasCsv(withBom)).toEqual([
      ["Kön", "Födelseår", "Startdatum"],
      ["K", "1985", "2025-02-01"],
    ]);
    const r = valideraTabell(lasCsv(withBom), anonym);
    expect(r.fel).toEqual([]);
    expect(r.rader).toHaveLength(1);
  });

  it("reads a Windows-1252 CSV as older Excel saves it", () => {
    const latin1 = Uint8Array.from([...Buffer.from("K\xf6n;F\xf6delse\xe5r;Startdatum\r\nK;1985;2025-02-01\r\n", "latin1")]);
    expect(lasCsv(latin1)[0]).toEqual(["Kön", "Födelseår", "Startdatum"]);
  });

  it("refuses an unclosed quote", () => {
    expect(() => lasCsv('Kön;Födelseår\r\n"K;1985\r\n')).toThrow(FilFel);
  });

  it("reads Excel: text, numbers, real date cells and formulas", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    ws.addRow(["Kön", "Födelseår", "Startdatum", "VAS start", "Försörjning vid start"]);
    ws.addRow(["Man", 1985, new Date(Date.UTC(2025, 1, 1)), { formula: "2+3", result: 5 }, { richText: [{ text: "Lön/" }, { text: "arbete" }] }]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const tabell = await lasXlsx(bytes);
    expect(tabell[1]).toEqual(["Man", "1985", "2025-02-01", "5", "Lön/arbete"]);
    const r = valideraTabell(tabell, anonym);
    expect(r.fel).toEqual([]);
    expect(r.rader[0]!.matningar[0]!.varde).toBe(5);
  });

  it("refuses bytes that are not an xlsx", async () => {
    await expect(lasXlsx(new TextEncoder().encode("not a zip"))).rejects.toThrow(FilFel);
  });
});

describe("the template", () => {
  const mall = { metod: "PERSONUPPGIFTER" as const, matvariabler: DEFAULT_MATVARIABLER, exempelStartdatum: "2025-02-01", insatsNamn: "Friska Vindar 2.0" };

  it("CSV: header and an example row that itself validates", () => {
    const text = mallCsv(mall);
    expect(text.startsWith("\uFEFFPersonnummer;Förnamn;Efternamn;Skyddad identitet;Kön;Födelseår;Samtycke datum")).toBe(true);
    const r = valideraTabell(lasCsv(text), person);
    expect(r.fel).toEqual([]);
    expect(r.rader).toHaveLength(1);
  });

  it("xlsx: the example row validates and the second sheet explains every column", async () => {
    const bytes = await mallXlsx({ ...mall, metod: "ANONYM" });
    const r = valideraTabell(await lasXlsx(bytes), anonym);
    expect(r.fel).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const forklaring = wb.getWorksheet("Förklaring")!;
    const rubriker = wb.getWorksheet("Deltagare")!.getRow(1).values as unknown[];
    const forklarade = new Set<unknown>();
    forklaring.eachRow((row) => forklarade.add(row.getCell(1).value));
    for (const rubrik of rubriker.filter(Boolean)) expect(forklarade.has(rubrik)).toBe(true);
  });
});
