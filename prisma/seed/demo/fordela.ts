import type { Vikter } from "./typer";

/**
 * Exactly `n` keys in proportion to `vikter`, by largest remainder (Hamilton), in
 * key order — shuffle before use. Drawing each outcome at random would let a small
 * insats miss its intended counts by chance; allocating them cannot.
 */
export function fordela<K extends string>(n: number, vikter: Vikter<K>): K[] {
  const poster = (Object.entries(vikter) as [K, number][]).filter(([, w]) => w > 0);
  const total = poster.reduce((s, [, w]) => s + w, 0);
  if (n === 0) return [];
  if (total <= 0) throw new Error("fordela: no positive weight");
  const andelar = poster.map(([k, w], i) => ({ k, i, exakt: (n * w) / total }));
  const antal = new Map(andelar.map((a) => [a.k, Math.floor(a.exakt)]));
  let kvar = n - [...antal.values()].reduce((s, x) => s + x, 0);
  const efterRest = [...andelar].sort((a, b) => b.exakt - Math.floor(b.exakt) - (a.exakt - Math.floor(a.exakt)) || a.i - b.i);
  for (const a of efterRest) {
    if (kvar-- <= 0) break;
    antal.set(a.k, (antal.get(a.k) ?? 0) + 1);
  }
  return poster.flatMap(([k]) => Array.from({ length: antal.get(k) ?? 0 }, () => k));
}
