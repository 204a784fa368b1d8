import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { maskPersonnummer, parsePersonnummer, personnummerSchema } from "@/lib/domain/personnummer";

// Fixed "today" for all century logic: 15 June 2025 (local time).
const TODAY = new Date(2025, 5, 15);
const parse = (s: string) => parsePersonnummer(s, TODAY);

/** Independent Luhn helper: appends the check digit to YYMMDDNNN. */
function withLuhn(nine: string): string {
  const sum = [...nine].reduce((acc, ch, i) => {
    const p = Number(ch) * (i % 2 === 0 ? 2 : 1);
    return acc + Math.floor(p / 10) + (p % 10);
  }, 0);
  return nine + String((10 - (sum % 10)) % 10);
}
/** "YYMMDD" + "NNN" → "YYMMDD-NNNC" (10 digits with separator). */
const pn = (yymmdd: string, nnn: string, sep = "-") => {
  const ten = withLuhn(yymmdd + nnn);
  return `${ten.slice(0, 6)}${sep}${ten.slice(6)}`;
};
/** "YYYYMMDD" + "NNN" → "YYYYMMDD-NNNC". */
const pn12 = (yyyymmdd: string, nnn: string, sep = "-") => {
  const ten = withLuhn(yyyymmdd.slice(2) + nnn);
  return `${yyyymmdd}${sep}${ten.slice(6)}`;
};

const wrongCheckDigit = (nr: string) => nr.slice(0, -1) + String((Number(nr.slice(-1)) + 1) % 10);

describe("hand-checked known numbers", () => {
  it("helper agrees with hand-computed check digits", () => {
    // 8·2=16→7, 1, 1·2=2, 2, 1·2=2, 8, 9·2=18→9, 8, 7·2=14→5: sum 44 → 6
    expect(withLuhn("811218987")).toBe("8112189876");
    // 7·2=14→5, 0, 2, 0, 6·2=12→3, 3, 2·2=4, 3, 9·2=18→9: sum 29 → 1
    expect(withLuhn("701063239")).toBe("7010632391");
  });
});

describe("parsePersonnummer — valid", () => {
  const valid: Array<[string, string, string, boolean, "K" | "M"]> = [
    // input, normalized, birthDate, samordningsnummer, kön
    ["811218-9876", "19811218-9876", "1981-12-18", false, "M"],
    ["8112189876", "19811218-9876", "1981-12-18", false, "M"],
    ["19811218-9876", "19811218-9876", "1981-12-18", false, "M"],
    ["198112189876", "19811218-9876", "1981-12-18", false, "M"],
    ["  811218-9876\t", "19811218-9876", "1981-12-18", false, "M"],
    // samordningsnummer: day 63 = 3 October; normalised keeps 63
    ["701063-2391", "19701063-2391", "1970-10-03", true, "M"],
    ["197010632391", "19701063-2391", "1970-10-03", true, "M"],
    // kön: second-to-last digit even → K
    [pn("900101", "224"), `19${pn("900101", "224")}`, "1990-01-01", false, "K"],
    // century: with "-", 2020-03-05 is not after today → 2020; with "+", 1920
    [pn("200305", "123"), `20${pn("200305", "123")}`, "2020-03-05", false, "M"],
    [pn("200305", "123", "+"), `19${pn("200305", "123")}`, "1920-03-05", false, "M"],
    // born today → this century; born tomorrow (in YY terms) → previous century
    [pn("250615", "100"), `20${pn("250615", "100")}`, "2025-06-15", false, "K"],
    [pn("250616", "100"), `19${pn("250616", "100")}`, "1925-06-16", false, "K"],
    [pn("990101", "100"), `19${pn("990101", "100")}`, "1999-01-01", false, "K"],
    // 12 digits with "+": fine when the person really is 100 or older
    [pn12("19200305", "123", "+"), pn12("19200305", "123"), "1920-03-05", false, "M"],
    [pn12("19250615", "123", "+"), pn12("19250615", "123"), "1925-06-15", false, "M"], // 100 today
    // leap days
    [pn("000229", "123"), `20${pn("000229", "123")}`, "2000-02-29", false, "M"],
    [pn("960229", "123"), `19${pn("960229", "123")}`, "1996-02-29", false, "M"],
    [pn12("20240229", "123"), pn12("20240229", "123"), "2024-02-29", false, "M"],
    [pn("000289", "123"), `20${pn("000289", "123")}`, "2000-02-29", true, "M"], // samordning leap day
    [pn("001231", "123"), `20${pn("001231", "123")}`, "2000-12-31", false, "M"],
    [pn("001291", "123"), `20${pn("001291", "123")}`, "2000-12-31", true, "M"],
    // samordningsnummer of someone 100 or older: "+" and day + 60 together
    [pn("200365", "124", "+"), `19${pn("200365", "124")}`, "1920-03-05", true, "K"],
    [pn12("19200365", "124", "+"), pn12("19200365", "124"), "1920-03-05", true, "K"],
    // 10 digits without separator: the most recent possible century
    [pn("250615", "100").replace("-", ""), `20${pn("250615", "100")}`, "2025-06-15", false, "K"],
  ];
  it.each(valid)("%s", (input, normalized, birthDate, samordningsnummer, kon) => {
    expect(parse(input)).toEqual({ ok: true, normalized, birthDate, samordningsnummer, kon });
  });

  it("defaults today to now", () => {
    const r = parsePersonnummer("811218-9876");
    expect(r.ok && r.normalized).toBe("19811218-9876");
  });
});

describe("parsePersonnummer — invalid", () => {
  const invalid: Array<[string, string]> = [
    ["", "Ange ett personnummer"],
    ["   ", "Ange ett personnummer"],
    ["81121A-9876", "Personnumret får bara innehålla siffror och bindestreck eller plustecken"],
    ["abc", "Personnumret får bara innehålla siffror och bindestreck eller plustecken"],
    ["811218 9876", "Personnumret får bara innehålla siffror och bindestreck eller plustecken"],
    ["811218/9876", "Personnumret får bara innehålla siffror och bindestreck eller plustecken"],
    ["811218--9876", "Bindestreck eller plustecken ska stå före de fyra sista siffrorna, och bara ett"],
    ["8112-189876", "Bindestreck eller plustecken ska stå före de fyra sista siffrorna, och bara ett"],
    ["811218-98-76", "Bindestreck eller plustecken ska stå före de fyra sista siffrorna, och bara ett"],
    ["-8112189876", "Bindestreck eller plustecken ska stå före de fyra sista siffrorna, och bara ett"],
    ["8112189876-", "Bindestreck eller plustecken ska stå före de fyra sista siffrorna, och bara ett"],
    ["81121-9876", "Personnumret ska ha 10 eller 12 siffror (nu 9)"],
    ["19811218987", "Personnumret ska ha 10 eller 12 siffror (nu 11)"],
    ["1981121898761", "Personnumret ska ha 10 eller 12 siffror (nu 13)"],
    ["1234", "Personnumret ska ha 10 eller 12 siffror (nu 4)"],
    [pn("901301", "123"), "Månaden 13 finns inte – månaden ska vara 01–12"],
    [pn("900001", "123"), "Månaden 00 finns inte – månaden ska vara 01–12"],
    [pn("900100", "123"), "Dagen 00 finns inte – dagen ska vara 01–31, eller 61–91 för ett samordningsnummer"],
    [pn("900132", "123"), "Dagen 32 finns inte – dagen ska vara 01–31, eller 61–91 för ett samordningsnummer"],
    [pn("900160", "123"), "Dagen 60 finns inte – dagen ska vara 01–31, eller 61–91 för ett samordningsnummer"],
    [pn("900192", "123"), "Dagen 92 finns inte – dagen ska vara 01–31, eller 61–91 för ett samordningsnummer"],
    [pn("900230", "123"), "Födelsedatumet 1990-02-30 finns inte"],
    [pn("900431", "123"), "Födelsedatumet 1990-04-31 finns inte"],
    [pn("970229", "123"), "Födelsedatumet 1997-02-29 finns inte"],
    [pn12("19000229", "123"), "Födelsedatumet 1900-02-29 finns inte"], // 1900 not a leap year
    [pn("970289", "123"), "Födelsedatumet 1997-02-29 finns inte (samordningsnummer: dagen minus 60)"],
    [pn("900491", "123"), "Födelsedatumet 1990-04-31 finns inte (samordningsnummer: dagen minus 60)"],
    [pn12("20250676", "123"), "Födelsedatumet 2025-06-16 ligger i framtiden"], // samordningsnummer in the future
    [wrongCheckDigit(pn("200361", "123", "+")), "Kontrollsiffran stämmer inte – kontrollera att numret är rätt skrivet"], // 100+ samordningsnummer
    [pn12("20250616", "123"), "Födelsedatumet 2025-06-16 ligger i framtiden"],
    [pn12("20300101", "123"), "Födelsedatumet 2030-01-01 ligger i framtiden"],
    [pn12("17990101", "123"), "Födelseåret 1799 är inte rimligt – kontrollera århundradet"],
    [pn("250616", "123", "+"), "Födelseåret 1825 är inte rimligt – kontrollera århundradet"],
    [
      pn12("19900101", "123", "+"),
      "Plustecken används bara för den som fyllt 100 år, men födelsedatumet 1990-01-01 ger en lägre ålder – använd bindestreck",
    ],
    [
      pn12("19250616", "123", "+"), // turns 100 tomorrow
      "Plustecken används bara för den som fyllt 100 år, men födelsedatumet 1925-06-16 ger en lägre ålder – använd bindestreck",
    ],
    ["811218-9875", "Kontrollsiffran stämmer inte – kontrollera att numret är rätt skrivet"],
    ["19811218-9870", "Kontrollsiffran stämmer inte – kontrollera att numret är rätt skrivet"],
    ["701063-2392", "Kontrollsiffran stämmer inte – kontrollera att numret är rätt skrivet"],
    ["811218-9867", "Kontrollsiffran stämmer inte – kontrollera att numret är rätt skrivet"], // transposed 7/6
  ];
  it.each(invalid)("%j → %s", (input, error) => {
    expect(parse(input)).toEqual({ ok: false, error });
  });
});

describe("maskPersonnummer", () => {
  it("shows the birth date and hides the last four", () => {
    expect(maskPersonnummer("19811218-9876")).toBe("19811218-****");
    expect(maskPersonnummer("19701063-2391")).toBe("19701063-****");
  });
  it("masks anything not in normalised form completely", () => {
    expect(maskPersonnummer("811218-9876")).toBe("********-****");
    expect(maskPersonnummer("")).toBe("********-****");
  });
});

describe("personnummerSchema", () => {
  it("transforms to the normalised form", () => {
    expect(personnummerSchema.parse(" 8112189876 ")).toBe("19811218-9876");
  });
  it("fails with the Swedish message", () => {
    const r = personnummerSchema.safeParse("811218-9875");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(
      "Kontrollsiffran stämmer inte – kontrollera att numret är rätt skrivet",
    );
  });
});

// ---- properties ----

const DAY_MS = 86_400_000;
const pad = (n: number, w: number) => String(n).padStart(w, "0");

/** A "today" between 1990 and 2100 and a birth date up to 149 years before it. */
const arbCase = fc
  .record({
    todayDays: fc.integer({ min: Date.UTC(1990, 0, 1) / DAY_MS, max: Date.UTC(2100, 11, 31) / DAY_MS }),
    ageDays: fc.integer({ min: 0, max: 149 * 365 }),
    serial: fc.integer({ min: 0, max: 999 }),
    samordning: fc.boolean(),
    twelve: fc.boolean(),
    separator: fc.boolean(),
  })
  .map(({ todayDays, ageDays, serial, samordning, twelve, separator }) => {
    const t = new Date(todayDays * DAY_MS);
    const b = new Date((todayDays - ageDays) * DAY_MS);
    const [by, bm, bd] = [b.getUTCFullYear(), b.getUTCMonth() + 1, b.getUTCDate()];
    const [ty, tm, td] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
    const today = new Date(ty, tm - 1, td);
    const hundred = by + 100 < ty || (by + 100 === ty && (bm < tm || (bm === tm && bd <= td)));
    const writtenDay = bd + (samordning ? 60 : 0);
    const ten = withLuhn(`${pad(by % 100, 2)}${pad(bm, 2)}${pad(writtenDay, 2)}${pad(serial, 3)}`);
    const normalized = `${pad(by, 4)}${ten.slice(2, 6)}-${ten.slice(6)}`;
    // 10-digit form must use "+" from 100 years on; 12-digit form carries the century itself.
    const input = twelve
      ? normalized.replace("-", separator ? "-" : "")
      : `${ten.slice(0, 6)}${hundred ? "+" : separator ? "-" : ""}${ten.slice(6)}`;
    return { today, input, normalized, birthDate: `${pad(by, 4)}-${pad(bm, 2)}-${pad(bd, 2)}`, samordning };
  });

describe("parsePersonnummer — properties", () => {
  it("every generated valid number parses and round-trips", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const r = parsePersonnummer(c.input, c.today);
        expect(r).toMatchObject({
          ok: true,
          normalized: c.normalized,
          birthDate: c.birthDate,
          samordningsnummer: c.samordning,
        });
        expect(parsePersonnummer(c.normalized, c.today)).toEqual(r);
      }),
      { numRuns: 2000 },
    );
  });

  it("changing the check digit always fails", () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: 1, max: 9 }), (c, delta) => {
        const last = Number(c.input.slice(-1));
        const wrong = c.input.slice(0, -1) + String((last + delta) % 10);
        expect(parsePersonnummer(wrong, c.today)).toEqual({
          ok: false,
          error: "Kontrollsiffran stämmer inte – kontrollera att numret är rätt skrivet",
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parsePersonnummer(s, TODAY);
        expect(typeof r.ok).toBe("boolean");
      }),
    );
  });
});
