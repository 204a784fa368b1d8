import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";

export async function listMedlemmar(ctx: TenantContext) {
  return db.medlem.findMany({ where: { forbundId: ctx.forbundId }, select: { id: true, namn: true, typ: true }, orderBy: { namn: "asc" } });
}
