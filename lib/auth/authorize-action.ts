import "server-only";
import { can, type Permission } from "./permissions";
import { resolveTenant } from "./resolve-tenant";
import { getSessionIdentity } from "./session";
import type { TenantContext } from "./tenant-context";
import { PASSWORD_CHANGE_REQUIRED } from "./paths";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "@/lib/errors";

/**
 * For server actions: the same check as requireTenant, but as thrown
 * AppErrors that runAction turns into a typed result instead of a redirect.
 */
export async function authorizeAction(slug: unknown, permission: Permission): Promise<TenantContext> {
  if (typeof slug !== "string") throw new NotFoundError("Förbundet");
  const resolution = await resolveTenant(await getSessionIdentity(), slug);
  if (!resolution.ok) {
    if (resolution.reason === "unauthenticated") throw new UnauthorizedError();
    if (resolution.reason === "password_change_required") throw new ForbiddenError(PASSWORD_CHANGE_REQUIRED);
    throw new NotFoundError("Förbundet");
  }
  if (!can(resolution.ctx.roll, permission)) throw new ForbiddenError();
  return resolution.ctx;
}
