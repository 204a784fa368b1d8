import "server-only";
import type { Tx } from "@/lib/db";
import { GroupedLru } from "./lru";

/**
 * Förbund-wide goal results (overview, insats list, dashboard) are costly —
 * the goal engine over every row of the förbund — and read far more often
 * than written. They are kept here under (förbund, data version, function,
 * arguments). The version is read as the first query of the same tenant
 * transaction that would read the data, and every writing tenant transaction
 * bumps it before its COMMIT (lib/server/tenant-tx.ts), so an entry is never
 * older than its key and no figure is served after its data changed.
 *
 * Only results that are the same for every caller of the förbund belong here:
 * never identities or anything per user. Suppression for the board is applied
 * by the caller after the cache (styrelseVy), so the cached value is the exact one.
 * Values are shared between requests: callers must not mutate them.
 */
const cache = new GroupedLru<Promise<unknown>>(200, 40);

export async function cachedResult<T>(tx: Tx, forbundId: string, name: string, args: unknown, compute: () => Promise<T>): Promise<T> {
  // xmin (the transaction that last wrote the förbund row) beside the counter: a förbund
  // row deleted and created again with the same id (a forced reseed, a restore) starts
  // its counter again but never has the old xmin, and a change of the row's settings
  // on the plain client (a system path, no bump) still gives a new key.
  const [row] = await tx.$queryRaw<{ dataVersion: number; rad: string }[]>`SELECT "dataVersion", xmin::text AS rad FROM "Forbund" WHERE "id" = ${forbundId}`;
  if (!row) return compute();
  const key = JSON.stringify([forbundId, row.dataVersion, row.rad, name, args]);
  const hit = cache.get(key) as Promise<T> | undefined;
  // A waiter whose first computation failed (say, that request's timeout) computes on its own transaction.
  if (hit) return hit.catch(() => compute());
  // The promise is stored, so requests arriving while the first computes wait for it instead of computing again.
  const pending = process.env.NODE_ENV === "production" ? compute() : compute().then(deepFreeze);
  cache.set(forbundId, key, pending);
  pending.catch(() => cache.delete(key));
  return pending;
}

/** Outside production a cached value is frozen, so a caller that mutates it (and so every later caller's copy) fails in tests. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** For tests. */
export function clearResultCache(): void {
  cache.clear();
}

export function resultCacheSize(): number {
  return cache.size;
}
