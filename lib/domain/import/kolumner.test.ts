import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MATVARIABLER } from "@/lib/domain/matvariabler";
import { FASTA_KOLUMNER, importFormatMarkdown, kolumnerFor, kolumnForklaringar } from "./kolumner";

const readme = readFileSync(path.resolve(import.meta.dirname, "../../../README.md"), "utf8");
// The app lists a förbund's Matvariabler by kod (lib/server/import/load-import-insats.ts).
const mv = [...DEFAULT_MATVARIABLER].sort((a, b) => a.kod.localeCompare(b.kod));

describe("the import column format", () => {
  it("is documented in README.md exactly as the template explains it", () => {
    const start = readme.indexOf("## Import av deltagare");
    expect(start).toBeGreaterThanOrEqual(0);
    const next = readme.indexOf("\n## ", start + 1);
    const section = readme.slice(start, next === -1 ? undefined : next);
    expect(section).toContain(importFormatMarkdown(mv));
  });

  it("has unique headers, and every column of a template is explained", () => {
    for (const metod of ["ANONYM", "PERSONUPPGIFTER"] as const) {
      const rubriker = kolumnerFor(metod, mv).map((k) => k.rubrik.toLowerCase());
      expect(new Set(rubriker).size).toBe(rubriker.length);
      expect(kolumnForklaringar(metod, mv).every((f) => f.beskrivning.length > 10 && f.tillatna.length > 0)).toBe(true);
    }
    expect(new Set(FASTA_KOLUMNER.map((k) => k.key)).size).toBe(FASTA_KOLUMNER.length);
  });

  it("keeps identity columns out of an anonymous template and the deltagarkod out of a personal one", () => {
    const anonym = kolumnerFor("ANONYM", mv).map((k) => k.rubrik);
    const person = kolumnerFor("PERSONUPPGIFTER", mv).map((k) => k.rubrik);
    expect(anonym).not.toContain("Personnummer");
    expect(anonym).not.toContain("Samtycke datum");
    expect(person).not.toContain("Deltagarkod");
    expect(anonym).toContain("VAS start");
    // Measurement columns sit with their time point: avslut values after the avslut columns.
    expect(anonym.indexOf("VAS avslut")).toBeGreaterThan(anonym.indexOf("Sysselsättning vid avslut"));
  });
});
