import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { can, canSeeInsatsDeltagare, type Permission } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";

/**
 * The participant rule on top of the role table: a vägledare works only in the
 * insatser they are assigned to, styrelse never sees a person. Checked in every
 * lib/server/inskrivning function, so a server action or an API call cannot get
 * around what the page refuses.
 */
export function assertInskrivningAccess(ctx: TenantContext, insatsId: string, permission: Permission): void {
  if (!can(ctx.roll, permission) || !canSeeInsatsDeltagare(ctx, insatsId)) throw new ForbiddenError();
}
