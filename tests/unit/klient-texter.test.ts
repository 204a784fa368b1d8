import { describe, expect, it } from "vitest";
import { loadMessages } from "@/messages/load";
import { SKAL_NAMNRYMDER, valjTexter } from "@/i18n/klient-texter";
import { deklareradeNamnrymder, klientNamnrymder, routfiler, tacks } from "@/tests/support/klient-texter-analys";

const sv = await loadMessages("sv");
const en = await loadMessages("en");
const sidor = routfiler();

describe("client texts per page", () => {
  it("finds the route files and the client components behind them", () => {
    expect(sidor).toContain("app/f/[forbund]/page.tsx");
    expect(klientNamnrymder("app/f/[forbund]/layout.tsx").namnrymder).toContain("nav");
    expect(klientNamnrymder("app/f/[forbund]/insatser/[insatsId]/mal/nytt/page.tsx").namnrymder).toContain("malForm.villkor");
  });

  it.each(sidor)("%s: every namespace its client components read is in its provider, in both languages", (fil) => {
    const { namnrymder, fel } = klientNamnrymder(fil);
    expect(fel).toEqual([]);
    // Only a page wraps its output in <KlientTexter>; layouts and error pages live on the root provider.
    const har = [...SKAL_NAMNRYMDER, ...(fil.endsWith("/page.tsx") ? deklareradeNamnrymder(fil) : [])];
    expect([...namnrymder].filter((ns) => !tacks(ns, har))).toEqual([]);
    for (const messages of [sv, en]) {
      const valda = valjTexter(messages, har);
      for (const ns of namnrymder) expect(ns.split(".").reduce<unknown>((o, d) => (o as Record<string, unknown> | undefined)?.[d], valda), ns).toBeTypeOf("object");
    }
  });

  it("declares no namespace a page does not need, so the payload stays small", () => {
    for (const fil of sidor) {
      const behov = [...klientNamnrymder(fil).namnrymder];
      for (const ns of deklareradeNamnrymder(fil)) expect(behov.some((b) => tacks(b, [ns])), `${fil}: ${ns}`).toBe(true);
    }
  });
});

describe("the analysis itself", () => {
  const fil = "tests/fixtures/klient-texter/page.tsx";
  it("counts the client components' namespaces, also of files they import, and not the server page's", () => {
    const { namnrymder, klientfiler } = klientNamnrymder(fil);
    expect([...namnrymder].sort()).toEqual(["gdpr", "malForm.villkor", "roles"]);
    expect(klientfiler).toContain("tests/fixtures/klient-texter/djup.tsx");
  });
  it("flags a key whose namespace it cannot see", () => {
    expect(klientNamnrymder(fil).fel).toEqual([expect.stringContaining("klient.tsx:11: nyckel utan bokstavlig namnrymd")]);
  });
  it("reads the namespaces a page declares, and finds the ones missing", () => {
    expect([...deklareradeNamnrymder(fil)]).toEqual(["roles"]);
    expect(["gdpr", "malForm.villkor", "roles"].filter((ns) => !tacks(ns, deklareradeNamnrymder(fil)))).toEqual(["gdpr", "malForm.villkor"]);
    expect(tacks("malForm.villkor", ["malForm"])).toBe(true);
    expect(tacks("malFormX", ["malForm"])).toBe(false);
  });
});

describe("valjTexter", () => {
  const m = { a: { x: "1", y: { z: "2" } }, b: "3", c: { d: "4" } };
  it("keeps the named namespaces and their nesting", () => {
    expect(valjTexter(m, ["a.y", "b"])).toEqual({ a: { y: { z: "2" } }, b: "3" });
    expect(valjTexter(m, ["a", "a.y"])).toEqual({ a: { x: "1", y: { z: "2" } } });
    expect(valjTexter(m, ["saknas", "c.saknas"])).toEqual({});
  });
  it("gives the shell far less than the whole catalogue", () => {
    expect(JSON.stringify(valjTexter(sv, SKAL_NAMNRYMDER)).length).toBeLessThan(JSON.stringify(sv).length / 10);
  });
});
