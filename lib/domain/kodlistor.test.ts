import { describe, expect, it } from "vitest";
import * as kodlistor from "./kodlistor";
import { kodSchema } from "./kod-schema";
import {
  aldersgrupp,
  avslutsorsak,
  forsorjning,
  forsorjningGrupp,
  forsorjningGruppFor,
  kon,
  uppfoljningStatus,
  type Kodlista,
  type KodPost,
} from "./kodlistor";

function isKodlista(v: unknown): boolean {
  return typeof v === "object" && v !== null && "poster" in v && "koder" in v;
}

const listor = Object.entries(kodlistor)
  .filter((e) => isKodlista(e[1]))
  .map(([namn, lista]) => [namn, lista as unknown as Kodlista<KodPost>] as const);

describe("kodlistor", () => {
  it("finds every list the product needs", () => {
    const namn = listor.map(([n]) => n);
    for (const krav of [
      "forsorjning", "forsorjningGrupp", "sysselsattning", "avslutsorsak", "uppfoljningStatus", "remittent",
      "aktuellHos", "utbildningsniva", "tidIOffentligForsorjning", "insatstyp", "inriktning", "matningsmetod",
      "budgetKategori", "finansieringKalla", "kon",
    ]) {
      expect(namn).toContain(krav);
    }
  });

  describe.each(listor)("%s", (_namn, lista) => {
    it("has unique codes", () => {
      expect(new Set(lista.koder).size).toBe(lista.koder.length);
    });

    it("uses stable ASCII UPPER_SNAKE codes", () => {
      for (const kod of lista.koder) expect(kod).toMatch(/^[A-Z][A-Z0-9_]*$/);
    });

    it("has a Swedish and an English label for every code", () => {
      for (const p of lista.poster) {
        expect(p.sv.trim().length, p.kod).toBeGreaterThan(0);
        expect(p.en.trim().length, p.kod).toBeGreaterThan(0);
      }
    });

    it("accepts its own codes and refuses an unknown one in Swedish", () => {
      for (const kod of lista.koder) expect(kodSchema(lista).safeParse(kod).success).toBe(true);
      const r = kodSchema(lista).safeParse("FINNS_INTE");
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("Ogiltigt värde");
      expect(kodSchema(lista).safeParse(lista.koder[0].toLowerCase()).success).toBe(false);
    });

    it("offers one select option per current code", () => {
      expect(lista.options("sv").map((o) => o.value)).toEqual(lista.poster.filter((p) => !p.utgatt).map((p) => p.kod));
    });
  });

  it("places every försörjning code in a known SCB group", () => {
    for (const p of forsorjning.poster) {
      expect(forsorjningGrupp.has(p.grupp), p.kod).toBe(true);
      expect(forsorjningGruppFor(p.kod)).toBe(p.grupp);
    }
    // Every group has at least one member, or it could never match.
    for (const g of forsorjningGrupp.koder) {
      expect(forsorjning.poster.some((p) => p.grupp === g), g).toBe(true);
    }
  });

  it("follows the SCB grouping named in DESIGN.md §4", () => {
    expect(forsorjningGruppFor("SJUKPENNING")).toBe("OHALSA");
    expect(forsorjningGruppFor("AKTIVITETSERSATTNING")).toBe("OHALSA");
    expect(forsorjningGruppFor("SJUKERSATTNING")).toBe("OHALSA");
    expect(forsorjningGruppFor("A_KASSA")).toBe("ARBETSMARKNADSSTOD");
    expect(forsorjningGruppFor("AKTIVITETSSTOD")).toBe("ARBETSMARKNADSSTOD");
    expect(forsorjningGruppFor("ETABLERINGSERSATTNING")).toBe("ARBETSMARKNADSSTOD");
    expect(forsorjningGruppFor("FORSORJNINGSSTOD")).toBe("EKONOMISKT_BISTAND");
    expect(forsorjningGruppFor("LON")).toBe("EGEN_FORSORJNING");
    expect(forsorjningGruppFor("STUDIEMEDEL")).toBe("EGEN_FORSORJNING");
    expect(forsorjningGruppFor("NOPE")).toBeUndefined();
  });

  it("keeps försörjning codes and group codes apart, so a condition may name either", () => {
    const gruppKoder: readonly string[] = forsorjningGrupp.koder;
    const krock = forsorjning.koder.filter((k) => gruppKoder.includes(k));
    expect(krock).toEqual([]);
  });

  it("has FELREGISTRERING among the avslutsorsaker and EJ_NADD among follow-up statuses", () => {
    expect(avslutsorsak.has("FELREGISTRERING")).toBe(true);
    expect(uppfoljningStatus.has("EJ_NADD")).toBe(true);
  });

  it("labels in both locales and shows an unknown code as itself", () => {
    expect(avslutsorsak.label("ARBETE")).toBe("Arbete");
    expect(avslutsorsak.label("ARBETE", "en")).toBe("Work");
    expect(kon.label("K", "sv")).toBe("Kvinna");
    expect(kon.label("M", "en")).toBe("Man");
    expect(avslutsorsak.label("GAMMAL_KOD")).toBe("GAMMAL_KOD");
    expect(forsorjning.options("en").find((o) => o.value === "LON")?.label).toBe("Salary/employment");
  });

  it.each([
    [2004, 2020, "16–19"],
    [2001, 2020, "16–19"],
    [2000, 2020, "20–29"],
    [1991, 2020, "20–29"],
    [1990, 2020, "30–39"],
    [1980, 2020, "40–49"],
    [1961, 2020, "50–59"],
    [1960, 2020, "60–"],
    [1940, 2020, "60–"],
    [2010, 2020, "–15"],
  ])("puts someone born %i, in %i, in age band %s", (fodd, ar, band) => {
    expect(aldersgrupp(fodd, ar)).toBe(band);
  });
});
