/**
 * 95 % Wilson score interval for a share k/n. Chosen over the normal (Wald)
 * interval because insatser are small: Wald gives [1, 1] for 5 of 5 and can leave
 * [0, 1]; Wilson stays inside [0, 1] and is honest about few observations.
 */
export const Z_95 = 1.959964;

export type Intervall = { low: number; high: number };

export function wilson(k: number, n: number, z: number = Z_95): Intervall | undefined {
  if (!Number.isInteger(k) || !Number.isInteger(n) || n < 0 || k < 0 || k > n) {
    throw new RangeError(`wilson: need integers 0 ≤ k ≤ n, got k=${k}, n=${n}`);
  }
  if (n === 0) return undefined;
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // At k = 0 and k = n the bounds are exactly 0 and 1; floating point can land a hair
  // on the wrong side of p, so pin them.
  const low = k === 0 ? 0 : Math.max(0, Math.min(p, centre - half));
  const high = k === n ? 1 : Math.min(1, Math.max(p, centre + half));
  return { low, high };
}
