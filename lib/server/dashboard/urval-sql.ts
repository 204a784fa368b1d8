import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { Urval } from "@/lib/domain/dashboard/urval";

/**
 * The WHERE of every dashboard aggregate over "Inskrivning" aliased `i`: one
 * insats of the caller's förbund, the selection of lib/domain/dashboard/urval.ts,
 * and never a FELREGISTRERING (SUS rule, as in the goal engine).
 */
export function urvalSql(ctx: TenantContext, insatsId: string, u: Urval): Prisma.Sql {
  const villkor = [
    Prisma.sql`i."forbundId" = ${ctx.forbundId}`,
    Prisma.sql`i."insatsId" = ${insatsId}`,
    Prisma.sql`i."avslutsorsak" IS DISTINCT FROM 'FELREGISTRERING'`,
  ];
  if (u.fran !== undefined) villkor.push(Prisma.sql`i."startdatum" >= ${u.fran}::date`);
  if (u.till !== undefined) villkor.push(Prisma.sql`i."startdatum" <= ${u.till}::date`);
  if (u.gruppId !== undefined) villkor.push(Prisma.sql`i."gruppId" = ${u.gruppId}`);
  return Prisma.join(villkor, " AND ");
}
