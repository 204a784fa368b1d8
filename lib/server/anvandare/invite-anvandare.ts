import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { InviteAnvandareInput } from "@/lib/validation/anvandare";
import { hashNewPassword } from "@/lib/auth/password";
import { ConflictError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { isUniqueViolation } from "@/lib/server/prisma-errors";
import { temporaryPassword } from "./temporary-password";
import { withTenantTx } from "@/lib/server/tenant-tx";

export const ALREADY_MEMBER = "Det finns redan en användare med den e-postadressen i förbundet";

export type InviteResult = { userId: string; temporaryPassword: string | null };

/**
 * Adds a user to the förbund. A new account gets a temporary password that
 * is returned once (shown to the admin, who hands it over) and never stored
 * in clear text; the new user must replace it before anything else
 * (losenordMasteBytas). Someone who already has an account — in another förbund —
 * keeps their own password and just gains this membership.
 */
export async function inviteAnvandare(ctx: TenantContext, input: InviteAnvandareInput): Promise<InviteResult> {
  const password = temporaryPassword();
  const passwordHash = await hashNewPassword(password, input.email);
  try {
    return await withTenantTx(ctx.forbundId, async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (existing) {
        const member = await tx.membership.findUnique({ where: { forbundId_userId: { forbundId: ctx.forbundId, userId: existing.id } } });
        if (member) throw new ConflictError(ALREADY_MEMBER, { email: [ALREADY_MEMBER] });
      }
      const user = existing ?? (await tx.user.create({ data: { email: input.email, namn: input.namn, passwordHash, losenordMasteBytas: true }, select: { id: true } }));
      await tx.membership.create({ data: { forbundId: ctx.forbundId, userId: user.id, role: input.roll } });
      await recordAudit(tx, {
        forbundId: ctx.forbundId,
        userId: ctx.userId,
        action: "anvandare.invite",
        entity: "User",
        entityId: user.id,
        details: { email: input.email, roll: input.roll, nyttKonto: !existing },
      });
      return { userId: user.id, temporaryPassword: existing ? null : password };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(ALREADY_MEMBER, { email: [ALREADY_MEMBER] });
    throw error;
  }
}
