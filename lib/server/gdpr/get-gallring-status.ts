import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { can } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";
import { gallraForbund } from "./gallra-forbund";

/** The admin page's view: the period, the boundary it gives today, and how many the next run would erase (a dry run). */
export async function getGallringStatus(ctx: TenantContext) {
  if (!can(ctx.roll, "admin:gallring")) throw new ForbiddenError();
  const r = await gallraForbund(ctx.forbundId, { torrkorning: true });
  return { gallringManader: r.gallringManader, grans: r.grans, vantande: r.raderade };
}
