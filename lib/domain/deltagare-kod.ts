/**
 * Deltagarkod: the code a vägledare writes on the paper folder to find an
 * anonymous deltagare again (DESIGN.md §5, mätningsmetod ANONYM). Pure — the
 * random source is injected; the default uses Web Crypto, which exists in both
 * Node ≥ 19 and browsers, so this module stays free of node: imports.
 *
 * Format "XXX-XXXX": six random characters and one check character.
 * - Alphabet: 2–9 and A–Z without O, I, L — 31 symbols. 0/O and 1/I/L are left
 *   out because they are confused when copied by hand.
 * - Check: Σ (i+1)·v(i) ≡ 0 (mod 31) over all seven positions. 31 is prime and
 *   every weight is non-zero and adjacent weights differ by 1, so every single
 *   wrong character and every swap of two adjacent different characters changes
 *   the sum mod 31 and is detected.
 * - 31^6 ≈ 887 million codes; uniqueness per förbund is still enforced by the
 *   database (retry on collision).
 */

export const DELTAGARE_KOD_ALFABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const N = DELTAGARE_KOD_ALFABET.length; // 31, prime
const DATA_LENGTH = 6;
const LENGTH = DATA_LENGTH + 1;

/** Returns an integer in [0, maxExclusive). */
export type RandomIndex = (maxExclusive: number) => number;

export function generateDeltagareKod(randomIndex: RandomIndex = webCryptoRandomIndex): string {
  const values: number[] = [];
  for (let i = 0; i < DATA_LENGTH; i++) {
    const v = randomIndex(N);
    if (!Number.isInteger(v) || v < 0 || v >= N) {
      throw new RangeError(`randomIndex(${N}) returned ${v}; expected an integer in [0, ${N})`);
    }
    values.push(v);
  }
  values.push(checkValue(values));
  return format(values.map((v) => DELTAGARE_KOD_ALFABET[v]).join(""));
}

/**
 * Tolerant reading of a typed code: case-insensitive, surrounding and inner
 * spaces and dashes ignored. Returns "XXX-XXXX", or null when the characters or
 * length are wrong. Does not verify the check character — see isValidDeltagareKod.
 */
export function normalizeDeltagareKod(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, "");
  if (s.length !== LENGTH || ![...s].every((c) => DELTAGARE_KOD_ALFABET.includes(c))) return null;
  return format(s);
}

export function isValidDeltagareKod(input: string): boolean {
  return checkDeltagareKod(input).ok;
}

/** Like isValidDeltagareKod, with a Swedish message for the form field. */
export function checkDeltagareKod(input: string): { ok: true; kod: string } | { ok: false; error: string } {
  const s = input.toUpperCase().replace(/[\s-]/g, "");
  if (s === "") return { ok: false, error: "Ange en deltagarkod" };
  const bad = [...s].filter((c) => !DELTAGARE_KOD_ALFABET.includes(c));
  if (bad.length > 0) {
    return {
      ok: false,
      error: `Koden innehåller ${[...new Set(bad)].join(", ")} – koder består av siffrorna 2–9 och bokstäverna A–Z utom I, L och O`,
    };
  }
  if (s.length !== LENGTH) return { ok: false, error: `Koden ska ha ${LENGTH} tecken (nu ${s.length})` };
  const values = [...s].map((c) => DELTAGARE_KOD_ALFABET.indexOf(c));
  if (weightedSum(values) !== 0) {
    return { ok: false, error: "Koden stämmer inte – kontrollera att den är rätt avskriven" };
  }
  return { ok: true, kod: format(s) };
}

function weightedSum(values: number[]): number {
  return values.reduce((acc, v, i) => (acc + (i + 1) * v) % N, 0);
}

/** The value c for position 7 such that Σ (i+1)·v(i) + 7·c ≡ 0 (mod 31). */
function checkValue(data: number[]): number {
  const s = weightedSum(data);
  // 7⁻¹ mod 31 = 9, since 7·9 = 63 = 2·31 + 1.
  return (((N - s) % N) * 9) % N;
}

function format(sevenChars: string): string {
  return `${sevenChars.slice(0, 3)}-${sevenChars.slice(3)}`;
}

/** Unbiased integer in [0, max) from Web Crypto, by rejection sampling. */
/**
 * Random bytes are drawn 4 KiB at a time and each used once: one
 * getRandomValues call per character made an import's 50 000 new codes cost
 * ~0.5 s (bench:import, issue 8).
 */
const pool = new Uint8Array(4096);
let poolPos = pool.length;

function webCryptoRandomIndex(max: number): number {
  const limit = Math.floor(256 / max) * max; // reject bytes ≥ limit so every value is equally likely
  for (;;) {
    if (poolPos >= pool.length) {
      globalThis.crypto.getRandomValues(pool);
      poolPos = 0;
    }
    const b = pool[poolPos++] as number;
    if (b < limit) return b % max;
  }
}
