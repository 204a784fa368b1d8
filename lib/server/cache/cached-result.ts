import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { GroupedLru } from "./lru";

/**
 * Goal results (overview, insats list, dashboard) are costly — the goal engine
 * over every row of an insats — and read far more often than written. They are
 * kept here under data versions read as the first query of the same tenant
 * transaction that then reads the data, so an entry is never older than its key:
 *
 * - the förbund's dataVersion, moved on by writes to förbund-wide data the
 *   figures read (Matvariabel, enkät wording), and
 * - each insats's dataVersion, moved on by every write to that insats's rows
 *   (inskrivningar, mätningar, uppföljningar, målsättningar, budget …, and a
 *   deltagare's kön or födelseår for the insatser the person is in).
 *
 * Triggers in the writing transaction move them (migration
 * 20261124230000_insats_data_version), so they commit or roll back with the
 * write, whatever client wrote; tests/integration/data-version-coverage.test.ts
 * fails for a tenant table that has no trigger and is not on its list of
 * tables no cached function reads. Beside each counter the key holds the row's
 * xmin (the transaction that last wrote it): a row deleted and created again
 * with the same id (a forced reseed, a restore) starts its counter again but
 * never has the old xmin, and a change of the Forbund or Insats row itself
 * (settings, name, dates) gives a new key with no trigger at all.
 *
 * A write to one insats thus leaves every other insats's entries valid: the
 * overview and the insats list are assembled from per-insats pieces
 * (cachedPerInsats) and recompute only the insatser that changed.
 *
 * Only results that are the same for every caller of the förbund belong here:
 * never identities or anything per user. Suppression for the board is applied
 * by the caller after the cache (styrelseVy), so the cached value is the exact one.
 * Values are shared between requests: callers must not mutate them.
 */
const cache = new GroupedLru<Promise<unknown>>(2000, 200);

type Versioner = { forbund: string; insatser: Map<string, string> } | null;

/** One query: the förbund's version and those of the given insatser (every insats of the förbund for null). */
async function lasVersioner(tx: Tx, forbundId: string, insatsIds: readonly string[] | null): Promise<Versioner> {
  const urval = insatsIds ? Prisma.sql`AND s."id" = ANY(${[...insatsIds]}::text[])` : Prisma.empty;
  const rows = await tx.$queryRaw<{ forbund: string; id: string | null; insats: string | null }[]>`
    SELECT f."dataVersion" || '.' || f.xmin::text AS forbund, s."id", s."dataVersion" || '.' || s.xmin::text AS insats
      FROM "Forbund" f LEFT JOIN "Insats" s ON s."forbundId" = f."id" ${urval}
     WHERE f."id" = ${forbundId}`;
  if (rows.length === 0) return null;
  const insatser = new Map<string, string>();
  for (const r of rows) if (r.id && r.insats) insatser.set(r.id, r.insats);
  return { forbund: rows[0]!.forbund, insatser };
}

/** A result of one insats (its dashboard, its targets): valid until that insats's data or förbund-wide data changes. */
export async function cachedInsatsResult<T>(tx: Tx, forbundId: string, insatsId: string, name: string, args: unknown, compute: () => Promise<T>): Promise<T> {
  const v = await lasVersioner(tx, forbundId, [insatsId]);
  const insats = v?.insatser.get(insatsId);
  // No such insats (or förbund): nothing to key on, and compute gives its own "not found".
  if (!v || !insats) return compute();
  return remembered(forbundId, JSON.stringify([forbundId, v.forbund, insatsId, insats, name, args]), compute);
}

/**
 * One piece per insats (all of the förbund's for null), each kept under its own
 * insats's version: `compute` is called once, for the insatser with no valid
 * piece, and must return a piece for each id it can (an id it leaves out is left
 * out of the answer). Ids with no Insats row are left out.
 */
export async function cachedPerInsats<T>(
  tx: Tx,
  forbundId: string,
  insatsIds: readonly string[] | null,
  name: string,
  args: unknown,
  compute: (insatsIds: string[]) => Promise<Map<string, T>>,
): Promise<Map<string, T>> {
  const v = await lasVersioner(tx, forbundId, insatsIds);
  if (!v) return new Map();
  const ids = insatsIds ? insatsIds.filter((id) => v.insatser.has(id)) : [...v.insatser.keys()];
  const key = (id: string) => JSON.stringify([forbundId, v.forbund, id, v.insatser.get(id), name, args]);
  const out = new Map<string, T>();
  const saknas: string[] = [];
  const misslyckade: string[] = [];
  const vantan: Promise<unknown>[] = [];
  for (const id of ids) {
    const hit = cache.get(key(id)) as Promise<T | undefined> | undefined;
    if (!hit) saknas.push(id);
    // A piece whose first computation failed (say, that request's timeout) is computed again on this transaction.
    else vantan.push(hit.then((value) => value !== undefined && out.set(id, value), () => misslyckade.push(id)));
  }
  if (saknas.length > 0) {
    const batch = compute(saknas).then((m) => (process.env.NODE_ENV === "production" ? m : (m.forEach(deepFreeze), m)));
    for (const id of saknas) {
      const k = key(id);
      // Each piece is stored as a promise, so requests arriving while this batch computes wait for it.
      const piece = batch.then((m) => m.get(id));
      cache.set(forbundId, k, piece);
      piece.then((value) => value === undefined && cache.delete(k), () => cache.delete(k));
    }
    vantan.push(batch.then((m) => { for (const id of saknas) if (m.has(id)) out.set(id, m.get(id)!); }));
  }
  await Promise.all(vantan);
  if (misslyckade.length > 0) for (const [id, value] of await compute(misslyckade)) out.set(id, value);
  // In the order asked for (or the versions query's), whatever order the pieces arrived in.
  return new Map(ids.filter((id) => out.has(id)).map((id) => [id, out.get(id)!]));
}

function remembered<T>(group: string, key: string, compute: () => Promise<T>): Promise<T> {
  const hit = cache.get(key) as Promise<T> | undefined;
  // A waiter whose first computation failed (say, that request's timeout) computes on its own transaction.
  if (hit) return hit.catch(() => compute());
  // The promise is stored, so requests arriving while the first computes wait for it instead of computing again.
  const pending = process.env.NODE_ENV === "production" ? compute() : compute().then(deepFreeze);
  cache.set(group, key, pending);
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
