import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { budgeteratAntal, fordelaPerAr } from "./budgeterat-antal";
import { deltagareUnderAr, volymUnderAr, type ArsInskrivning } from "./deltagare-under-ar";
import { byggUppfoljningFinsam, standardAr, type FinsamInsatsInput } from "./uppfoljning-finsam";
import { FINSAM_CSV_RUBRIKER, uppfoljningFinsamCsv } from "./uppfoljning-finsam-csv";

const ins = (deltagareId: string, startdatum: string, avslutsdatum: string | null = null, kon: "K" | "M" | null = "K", avslutsorsak: string | null = null): ArsInskrivning => ({
  deltagareId,
  kon,
  startdatum,
  avslutsdatum,
  avslutsorsak: avslutsorsak ?? (avslutsdatum ? "ARBETE" : null),
});

describe("deltagareUnderAr — active during the year = an inskrivning overlapping it", () => {
  it("counts one who ended on 1 January and one who started on 31 December", () => {
    const r = deltagareUnderAr([ins("a", "2022-05-01", "2024-01-01", "K"), ins("b", "2024-12-31", null, "M")], 2024);
    expect(r).toEqual({ kvinnor: 1, man: 1, okantKon: 0, totalt: 2 });
  });

  it("leaves out one who ended on 31 December the year before and one who starts on 1 January the year after", () => {
    expect(deltagareUnderAr([ins("a", "2023-02-01", "2023-12-31"), ins("b", "2025-01-01")], 2024).totalt).toBe(0);
  });

  it("counts a person still enrolled from an earlier year", () => {
    expect(deltagareUnderAr([ins("a", "2019-03-01")], 2024).totalt).toBe(1);
  });

  it("counts a person with two inskrivningar in the year once", () => {
    const r = deltagareUnderAr([ins("a", "2024-01-10", "2024-03-01", "M"), ins("a", "2024-09-01", null, "M"), ins("b", "2024-02-02", null, "K")], 2024);
    expect(r).toEqual({ kvinnor: 1, man: 1, okantKon: 0, totalt: 2 });
  });

  it("never counts a felregistrering", () => {
    expect(deltagareUnderAr([ins("a", "2024-03-01", "2024-03-02", "K", "FELREGISTRERING")], 2024).totalt).toBe(0);
  });

  it("counts a person of unknown kön in the total and apart from women and men", () => {
    expect(deltagareUnderAr([ins("a", "2024-03-01", null, null), ins("b", "2024-03-01", null, "K")], 2024)).toEqual({ kvinnor: 1, man: 0, okantKon: 1, totalt: 2 });
  });

  it("gives zeros for no participants", () => {
    expect(deltagareUnderAr([], 2024)).toEqual({ kvinnor: 0, man: 0, okantKon: 0, totalt: 0 });
  });
});

describe("volymUnderAr", () => {
  it("adds every registration that overlaps the year, including one spanning the new year", () => {
    const volym = [
      { periodStart: "2023-09-01", periodSlut: "2024-01-31", kvinnor: 3, man: 2 },
      { periodStart: "2024-02-01", periodSlut: "2024-06-30", kvinnor: 5, man: 4 },
      { periodStart: "2024-12-31", periodSlut: "2025-03-31", kvinnor: 1, man: 0 },
      { periodStart: "2023-01-01", periodSlut: "2023-12-31", kvinnor: 9, man: 9 },
      { periodStart: "2025-01-01", periodSlut: "2025-12-31", kvinnor: 9, man: 9 },
    ];
    expect(volymUnderAr(volym, 2024)).toEqual({ kvinnor: 9, man: 6, okantKon: 0, totalt: 15 });
  });
});

describe("budgeteratAntal", () => {
  const plan = { startdatum: "2020-01-01", slutdatum: "2021-12-31", planeradeDeltagare: 400, planeradeDeltagarePer: "PERIOD" as const };

  it("spreads a period's plan over its years so the years add up exactly (Friska Vindar: 400 → 200 + 200)", () => {
    expect(budgeteratAntal(plan, 2020)).toEqual({ antal: 200, regel: "PERIOD_FORDELAD" });
    expect(budgeteratAntal(plan, 2021)).toEqual({ antal: 200, regel: "PERIOD_FORDELAD" });
  });

  it("spreads by days covered, largest remainder first", () => {
    // 2020-07-01 – 2022-12-31: 184 + 365 + 365 = 914 days; 61 × 184/914 = 12.28, × 365/914 = 24.36 each → 12 + 24 + 24 = 60, +1 to the earlier of the tied 2021/2022.
    expect([...fordelaPerAr(61, "2020-07-01", "2022-12-31")]).toEqual([
      [2020, 12],
      [2021, 25],
      [2022, 24],
    ]);
  });

  it("gives a per-year plan in full for a whole year and pro rata for a part year (as the ANTAL goal does)", () => {
    const vagknuten = { startdatum: "2017-02-01", slutdatum: "2020-01-31", planeradeDeltagare: 30, planeradeDeltagarePer: "AR" as const };
    expect(budgeteratAntal(vagknuten, 2018)).toEqual({ antal: 30, regel: "AR" });
    // 2017: 334 of 365 days → ceil(30 × 334 / 365) = ceil(27.45) = 28; 2020: 31 days → ceil(2.55) = 3.
    expect(budgeteratAntal(vagknuten, 2017)).toEqual({ antal: 28, regel: "AR" });
    expect(budgeteratAntal(vagknuten, 2020)).toEqual({ antal: 3, regel: "AR" });
  });

  it("invents no figure for a period plan without an end date, or when nothing is planned", () => {
    expect(budgeteratAntal({ ...plan, slutdatum: null }, 2020)).toEqual({ antal: null, regel: "PERIOD_UTAN_SLUT" });
    expect(budgeteratAntal({ ...plan, planeradeDeltagare: null }, 2020)).toEqual({ antal: null, regel: "SAKNAS" });
  });

  it("budgets nothing for a year outside the period", () => {
    expect(budgeteratAntal(plan, 2022)).toEqual({ antal: 0, regel: "UTANFOR_PERIOD" });
  });
});

const insats = (o: Partial<FinsamInsatsInput> = {}): FinsamInsatsInput => ({
  id: "i1",
  namn: "Vägen vidare",
  insatstyp: "INDIVIDINRIKTAD",
  preciseradInriktning: "Arbetsförberedande",
  malgrupp: "Unga vuxna",
  esfFinansierad: false,
  matningsmetod: "ANONYM",
  startdatum: "2024-01-01",
  slutdatum: "2024-12-31",
  planeradeDeltagare: 24,
  planeradeDeltagarePer: "PERIOD",
  inskrivningar: [],
  volym: [],
  budget: null,
  utfall: null,
  ...o,
});

describe("byggUppfoljningFinsam", () => {
  it("lists an insats running in the year even with no participants, with zeros", () => {
    const r = byggUppfoljningFinsam(2024, [insats()]);
    expect(r.insatser).toHaveLength(1);
    expect(r.insatser[0]).toMatchObject({ budgeteratAntal: 24, deltagare: { totalt: 0 }, kalla: "INSKRIVNINGAR" });
  });

  it("leaves out an insats outside the year with nothing registered, keeps one with data in the year", () => {
    const utanfor = insats({ id: "x", namn: "Gammal", startdatum: "2018-01-01", slutdatum: "2018-12-31" });
    const medData = insats({ id: "y", namn: "Försenad", startdatum: "2018-01-01", slutdatum: "2018-12-31", inskrivningar: [ins("p", "2018-11-01", "2024-02-01")] });
    const r = byggUppfoljningFinsam(2024, [utanfor, medData]);
    expect(r.insatser.map((i) => i.namn)).toEqual(["Försenad"]);
    expect(r.insatser[0]).toMatchObject({ budgeteratAntal: 0, budgeteratRegel: "UTANFOR_PERIOD", deltagare: { totalt: 1 } });
  });

  it("takes a VOLYM insats's counts from its registrations, not from inskrivningar", () => {
    const r = byggUppfoljningFinsam(2024, [
      insats({ matningsmetod: "VOLYM", volym: [{ periodStart: "2024-01-01", periodSlut: "2024-06-30", kvinnor: 7, man: 11 }], inskrivningar: [ins("p", "2024-02-01")] }),
    ]);
    expect(r.insatser[0]).toMatchObject({ kalla: "VOLYM", deltagare: { kvinnor: 7, man: 11, totalt: 18 } });
  });

  it("sums budget and utfall of the förbund over its insatser, and says null when none is recorded", () => {
    const r = byggUppfoljningFinsam(2024, [insats({ id: "a", namn: "A", budget: 100_000.1, utfall: null }), insats({ id: "b", namn: "B", budget: 50_000.2, utfall: 20_000 })]);
    expect(r.forbund).toEqual({ budget: 150_000.3, utfall: 20_000 });
    expect(byggUppfoljningFinsam(2024, [insats()]).forbund).toEqual({ budget: null, utfall: null });
  });

  it("sorts insatser by Swedish collation (Å, Ä, Ö last)", () => {
    const r = byggUppfoljningFinsam(2024, [insats({ id: "1", namn: "Östra" }), insats({ id: "2", namn: "Åby" }), insats({ id: "3", namn: "Zeta" })]);
    expect(r.insatser.map((i) => i.namn)).toEqual(["Zeta", "Åby", "Östra"]);
  });
});

describe("uppfoljningFinsamCsv", () => {
  const csv = uppfoljningFinsamCsv(
    byggUppfoljningFinsam(2024, [insats({ namn: "Ökad hälsa", malgrupp: "Personer med långvarig ohälsa; unga", budget: 1234.5, utfall: 1000, inskrivningar: [ins("a", "2024-03-01")] })]),
  );

  it("starts with a BOM and separates with semicolons, with the national headers", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const { data } = Papa.parse<string[]>(csv.slice(1), { delimiter: ";", skipEmptyLines: true });
    expect(data[0]).toEqual([...FINSAM_CSV_RUBRIKER]);
  });

  it("keeps Swedish characters, quotes a semicolon inside a field, writes decimal commas and a förbund row", () => {
    const { data } = Papa.parse<string[]>(csv.slice(1), { delimiter: ";", skipEmptyLines: true });
    expect(data[1]).toEqual([
      "2024",
      "Ökad hälsa",
      "Individinriktad",
      "Arbetsförberedande",
      "Personer med långvarig ohälsa; unga",
      "Nej",
      "Anonym",
      "24",
      "Periodens planerade antal fördelat på år efter dagar",
      "1",
      "0",
      "0",
      "1",
      "1234,5",
      "1000",
    ]);
    expect(data[2]).toEqual(["2024", "Förbundet totalt", ...Array(11).fill(""), "1234,5", "1000"]);
  });

  it("escapes a name that would run as a formula in Excel", () => {
    const farlig = uppfoljningFinsamCsv(byggUppfoljningFinsam(2024, [insats({ namn: "=HYPERLINK(\"x\")" })]));
    expect(farlig).not.toContain(";=HYPERLINK");
  });
});

describe("standardAr", () => {
  it("opens on the previous year when it has data", () => {
    expect(standardAr([2024, 2025, 2026], "2026-11-24")).toBe(2025);
  });
  it("otherwise on the latest year with data, not a future one", () => {
    expect(standardAr([2018, 2020, 2021, 2030], "2026-11-24")).toBe(2021);
  });
  it("on the current year when there are no data", () => {
    expect(standardAr([], "2026-11-24")).toBe(2026);
  });
});
