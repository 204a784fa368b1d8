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

export const db: PrismaClient = globalForDb.insatsportalenDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.insatsportalenDb = db;

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
