import "server-only";
import { cache } from "react";
import { notFound, redirect, forbidden } from "next/navigation";
import { can, type Permission } from "./permissions";
import { resolveTenant } from "./resolve-tenant";
import { getSessionIdentity } from "./session";
import type { TenantContext } from "./tenant-context";
import { CHANGE_PASSWORD_PATH, loginUrl } from "./paths";

const resolveCached = cache(async (slug: string) => resolveTenant(await getSessionIdentity(), slug));

/**
 * For pages, layouts and server actions under /f/[forbund]: logged out →
 * /login (saying why when the session was revoked), still on a temporary
 * password → /konto/losenord, not a member (or no such förbund) → 404, role lacks the
 * permission → 403. Never returns without a checked context.
 */
export async function requireTenant(slug: string, permission?: Permission): Promise<TenantContext> {
  const resolution = await resolveCached(slug);
  if (!resolution.ok) {
    if (resolution.reason === "unauthenticated") redirect(loginUrl(`/f/${slug}`, resolution.revoked ? "utloggad" : undefined));
    if (resolution.reason === "password_change_required") redirect(CHANGE_PASSWORD_PATH);
    notFound();
  }
  if (permission && !can(resolution.ctx.roll, permission)) forbidden();
  return resolution.ctx;
}
