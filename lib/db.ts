import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

// One client per process (Next dev re-evaluates modules; keep it on globalThis).
const globalForDb = globalThis as unknown as { insatsportalenDb?: PrismaClient };

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL saknas – starta appen med npm run dev eller ange en databas");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

/**
 * The owner-level client: row-level security does not bind it. Tenant data is
 * read and written only through withTenantTx (lib/server/tenant-tx.ts); the few
 * system paths that use `db` directly (login, API-key lookup, the retention
 * job, …) are listed with their reasons in tests/unit/tenant-db-usage.test.ts.
 */
export const db: PrismaClient = globalForDb.insatsportalenDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.insatsportalenDb = db;

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
