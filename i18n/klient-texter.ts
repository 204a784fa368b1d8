// The browser gets only the texts its client components read: the full catalogue (~64 kB) in
// every page's RSC payload was sent and parsed on every request. tests/unit/klient-texter.test.ts
// checks that every client component's namespace reaches it.

/** What the layouts' client components (navigation, user menu) and app/error.tsx read on every page. */
export const SKAL_NAMNRYMDER = ["nav", "konto", "errors"] as const;

type Texter = Record<string, unknown>;

/** The parts of `messages` named by `namnrymder` ("a" or "a.b"), in the same nesting. */
export function valjTexter(messages: Texter, namnrymder: readonly string[]): Texter {
  const ut: Texter = {};
  for (const ns of namnrymder) {
    const delar = ns.split(".");
    let fran: unknown = messages;
    for (const d of delar) fran = typeof fran === "object" && fran !== null ? (fran as Texter)[d] : undefined;
    if (fran === undefined) continue;
    let till = ut;
    for (const d of delar.slice(0, -1)) till = (till[d] ??= {}) as Texter;
    till[delar.at(-1)!] = fran;
  }
  return ut;
}
