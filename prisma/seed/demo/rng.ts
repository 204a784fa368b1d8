/**
 * Deterministic pseudo-random numbers for the demo data: the same seed gives the
 * same förbund, deltagare and outcomes on every machine, so screenshots, tests
 * and the goal results described in the README stay put. Not for anything secret.
 */

/** mulberry32: a small, fast 32-bit generator with a full 2^32 period. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit seed from a name (FNV-1a), so every stream is named, not numbered. */
export function seedFrom(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  private readonly next: () => number;

  constructor(name: string) {
    this.next = mulberry32(seedFrom(name));
  }

  /** [0, 1) */
  float(): number {
    return this.next();
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Integer in [0, max) — the shape lib/domain/deltagare-kod.ts injects. */
  index = (max: number): number => Math.floor(this.next() * max);

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Rng.pick: empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight: [[value, weight], …]. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [value, w] of entries) {
      x -= w;
      if (x < 0) return value;
    }
    return (entries[entries.length - 1] as readonly [T, number])[0];
  }

  /** Fisher–Yates, returns a new array. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** Approximately normal (Irwin–Hall of 4), clamped to [min, max] and rounded. */
  normalInt(mean: number, sd: number, min: number, max: number): number {
    const z = (this.next() + this.next() + this.next() + this.next() - 2) * Math.sqrt(3);
    return Math.min(max, Math.max(min, Math.round(mean + z * sd)));
  }
}

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * Ids in cuid shape ("c" + 24 base-36 characters), drawn from a named stream so a
 * reseed gives the same ids and the app's id validation (cuid/cuid2) accepts them.
 */
export function idFactory(name: string): () => string {
  const rng = new Rng(`id:${name}`);
  const seen = new Set<string>();
  return () => {
    for (;;) {
      let id = "c";
      for (let i = 0; i < 24; i++) id += BASE36[rng.index(36)];
      if (!seen.has(id)) {
        seen.add(id);
        return id;
      }
    }
  };
}
