import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { tabellTillCsv } from "./svensk-csv";
import { bladnamn, exportVarde, procentText, type ExportTabell } from "./tabell";

const tabell: ExportTabell = {
  id: "deltagare",
  titel: "Inskrivningar efter kön",
  kolumner: ["Insats", "Kön", "Antal", "Andel"],
  rader: [
    ["Vägen vidare – Åre", "Kvinnor", { dold: "LITEN" }, null],
    ["Vägen vidare – Åre", "Män", { dold: "SKYDD" }, "62,5 %"],
    ["=HYPERLINK(\"x\")", "Totalt", 12.5, null],
  ],
};

describe("tabellTillCsv", () => {
  const csv = tabellTillCsv(tabell, 5);

  it("starts with a UTF-8 BOM and separates with ';' for Swedish Excel", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split("\r\n")[0]).toBe("\uFEFFInsats;Kön;Antal;Andel");
  });

  it("round-trips Swedish characters and writes hidden cells as '<5' and '–'", () => {
    const bytes = new TextEncoder().encode(csv);
    const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
    const parsed = Papa.parse<string[]>(text, { delimiter: ";" }).data.filter((r) => r.length > 1);
    expect(parsed[1]).toEqual(["Vägen vidare – Åre", "Kvinnor", "<5", ""]);
    expect(parsed[2]).toEqual(["Vägen vidare – Åre", "Män", "–", "62,5 %"]);
    expect(parsed[3]![2]).toBe("12,5");
  });

  it("escapes formula-like text so it cannot run in a spreadsheet", () => {
    expect(csv).toContain("'=HYPERLINK");
  });
});

describe("cells", () => {
  it("writes numbers as numbers and hidden cells as text, with the förbund's minimum", () => {
    expect(exportVarde(7, 5)).toBe(7);
    expect(exportVarde({ dold: "LITEN" }, 3)).toBe("<3");
    expect(exportVarde({ dold: "SKYDD" }, 5)).toBe("–");
  });
  it("formats shares with a decimal comma and leaves a hidden share empty", () => {
    expect(procentText(0.625)).toBe("62,5 %");
    expect(procentText(null)).toBeNull();
  });
  it("keeps sheet names within Excel's 31 characters and forbidden characters out", () => {
    expect(bladnamn({ ...tabell, titel: "Försörjning vid start/avslut: en mycket lång rubrik" }).length).toBeLessThanOrEqual(31);
    expect(bladnamn({ ...tabell, titel: "a/b:c" })).toBe("a b c");
  });
});
