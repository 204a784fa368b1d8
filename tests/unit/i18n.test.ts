import { describe, expect, it } from "vitest";
import { loadMessageAreas, loadMessages, MESSAGE_AREAS } from "@/messages/load";
import { pickLocale } from "@/i18n/locales";

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const sv = await loadMessages("sv");
const en = await loadMessages("en");

describe("messages", () => {
  it("uses each top-level key in one area only, so no area silently overrides another", async () => {
    for (const locale of ["sv", "en"]) {
      const areas = await loadMessageAreas(locale);
      const seen = new Map<string, string>();
      for (const area of MESSAGE_AREAS) {
        for (const key of Object.keys(areas[area] ?? {})) {
          expect(seen.get(key), `${locale}: "${key}" in ${area} and ${seen.get(key)}`).toBeUndefined();
          seen.set(key, area);
        }
      }
    }
  });

  it("has every Swedish key in English and vice versa", () => {
    const svKeys = keys(sv).sort();
    const enKeys = keys(en).sort();
    expect(enKeys.filter((k) => !svKeys.includes(k))).toEqual([]);
    expect(svKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it("has no empty texts", () => {
    const empty = (m: unknown) => keys(m).filter((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], m) === "");
    expect(empty(sv)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});

describe("pickLocale", () => {
  it("prefers the remembered choice", () => expect(pickLocale("en", "sv-SE,sv;q=0.9")).toBe("en"));
  it("follows the browser's language on a first visit", () => {
    expect(pickLocale(undefined, "en-GB,en;q=0.9")).toBe("en");
    expect(pickLocale(undefined, "de-DE,sv;q=0.8,en;q=0.5")).toBe("sv");
  });
  it("falls back to Swedish for unknown or missing languages", () => {
    expect(pickLocale(undefined, null)).toBe("sv");
    expect(pickLocale("fr", "fr-FR")).toBe("sv");
  });
});
