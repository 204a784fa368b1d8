import { describe, expect, it } from "vitest";
// The parser next-intl itself uses (next-intl → use-intl → intl-messageformat).
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { loadMessages } from "@/messages/load";

type Tree = Record<string, unknown>;

function entries(obj: unknown, prefix = ""): [string, string][] {
  if (typeof obj === "string") return [[prefix, obj]];
  if (typeof obj !== "object" || obj === null) return [];
  return Object.entries(obj as Tree).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
}

function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    out.add(e.type === TYPE.tag ? `<${e.value}>` : e.value);
    if (e.type === TYPE.tag) argumentsOf(e.children, out);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const o of Object.values(e.options)) argumentsOf(o.value, out);
  }
  return out;
}

const sv = new Map(entries(await loadMessages("sv")));
const en = new Map(entries(await loadMessages("en")));

describe("message syntax", () => {
  // An unparseable message (e.g. a literal "<nyckel>" read as a rich-text tag) renders as its raw key on the page.
  it("parses every message in both languages as ICU", () => {
    const broken: string[] = [];
    for (const [locale, messages] of [["sv", sv], ["en", en]] as const) {
      for (const [key, text] of messages) {
        try {
          parse(text);
        } catch (e) {
          broken.push(`${locale} ${key}: ${(e as Error).message}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("uses the same placeholders and tags in Swedish and English", () => {
    const differ: string[] = [];
    for (const [key, svText] of sv) {
      const enText = en.get(key);
      if (enText === undefined) continue; // the parity test in i18n.test.ts reports it
      try {
        const a = [...argumentsOf(parse(svText))].sort().join(",");
        const b = [...argumentsOf(parse(enText))].sort().join(",");
        if (a !== b) differ.push(`${key}: sv {${a}} en {${b}}`);
      } catch {
        // reported by the test above
      }
    }
    expect(differ).toEqual([]);
  });
});
