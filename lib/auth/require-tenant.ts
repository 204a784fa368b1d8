import "server-only";
import { cache } from "react";
import { notFound, redirect, forbidden } from "next/navigation";
import { can, type Permission } from "./permissions";
import { resolveTenant } from "./resolve-tenant";
import { getSessionIdentity } from "./session";
import type { TenantContext } from "./tenant-context";

const resolveCached = cache(async (slug: string) => resolveTenant(await getSessionIdentity(), slug));

/**
 * For pages, layouts and server actions under /f/[forbund]: logged out →
 * /login, not a member (or no such förbund) → 404, role lacks the
 * permission → 403. Never returns without a checked context.
 */
export async function requireTenant(slug: string, permission?: Permission): Promise<TenantContext> {
  const resolution = await resolveCached(slug);
  if (!resolution.ok) {
    if (resolution.reason === "unauthenticated") redirect(`/login?callbackUrl=${encodeURIComponent(`/f/${slug}`)}`);
    notFound();
  }
  if (permission && !can(resolution.ctx.roll, permission)) forbidden();
  return resolution.ctx;
}
