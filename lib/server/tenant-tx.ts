import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { db, type Tx } from "@/lib/db";

type ForbundRef = string | { forbundId: string };

/** Set while a tenant transaction's callback runs (and in everything it awaits). */
const openTenantTx = new AsyncLocalStorage<boolean>();

export type TenantTxOptions = {
  /** Prisma's interactive-transaction timeout; dashboards on large förbund need more than the 5 s default. */
  timeoutMs?: number;
};

/**
 * Runs `fn` in one transaction as the database role insats_app with
 * app.forbund_id set, so row-level security shows and accepts only this
 * förbund's rows (migration 20261124200000_row_level_security). Every tenant
 * query in lib/server goes through here; pass `tx` on to helpers instead of
 * opening a second transaction (a nested one would hold two pool connections).
 */
export async function withTenantTx<T>(
  forbund: ForbundRef,
  fn: (tx: Tx) => Promise<T>,
  options: TenantTxOptions = {},
): Promise<T> {
  const forbundId = typeof forbund === "string" ? forbund : forbund.forbundId;
  if (!forbundId) throw new Error("withTenantTx: forbundId saknas");
  // A second transaction inside the first would wait for the first on PGlite
  // (one connection) and run without the role on a second pool connection.
  if (openTenantTx.getStore()) throw new Error("withTenantTx inuti en annan tenant-transaktion – skicka vidare tx (inTenantTx) i stället");
  return openTenantTx.run(true, () =>
    db.$transaction(
      async (tx) => {
        // Both settings are transaction-local: they end with COMMIT/ROLLBACK and
        // never leak to the next user of the pooled connection.
        await tx.$queryRaw`SELECT set_config('role', 'insats_app', true), set_config('app.forbund_id', ${forbundId}, true)`;
        // No version bump here: triggers move the data versions the result cache
        // keys on with each write, in this transaction (lib/server/cache).
        return fn(tx);
      },
      { timeout: options.timeoutMs ?? 20_000, maxWait: 10_000 },
    ),
  );
}

/**
 * For a function that is both an entry point and a helper of a larger one:
 * runs `fn` on the caller's `tx` when given (no second transaction, no second
 * pool connection), otherwise in a tenant transaction of its own.
 */
export function inTenantTx<T>(forbund: ForbundRef, tx: Tx | undefined, fn: (tx: Tx) => Promise<T>, options?: TenantTxOptions): Promise<T> {
  return tx ? fn(tx) : withTenantTx(forbund, fn, options);
}
