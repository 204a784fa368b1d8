import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { CreateApiNyckelInput } from "@/lib/validation/apinyckel";
import { API_NYCKEL_MAX_DAYS } from "@/lib/validation/apinyckel";
import { ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { nextIsoDay, stockholmMidnight } from "@/lib/server/stockholm-midnight";
import { generateApiToken } from "./token";
import { withTenantTx } from "@/lib/server/tenant-tx";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Creates a key and returns its token — the only time the token exists
 * outside the caller's hands: only its hash is stored. The key is valid
 * through the end of its last day in Swedish time; expiresAt is the first
 * moment it is not.
 */
export async function createApiNyckel(ctx: TenantContext, input: CreateApiNyckelInput, now = new Date()): Promise<{ id: string; token: string; prefix: string }> {
  const expiresAt = stockholmMidnight(nextIsoDay(input.expiresAt));
  if (expiresAt.getTime() <= now.getTime()) throw new ValidationError("Kontrollera de markerade fälten.", { expiresAt: ["Sista giltighetsdag måste vara i dag eller senare"] });
  if (expiresAt.getTime() - now.getTime() > API_NYCKEL_MAX_DAYS * DAY_MS) {
    throw new ValidationError("Kontrollera de markerade fälten.", { expiresAt: [`En nyckel kan gälla högst ${API_NYCKEL_MAX_DAYS} dagar`] });
  }
  const { token, prefix, tokenHash } = generateApiToken();
  return withTenantTx(ctx.forbundId, async (tx) => {
    const nyckel = await tx.apiNyckel.create({
      data: { forbundId: ctx.forbundId, namn: input.namn, roll: input.roll, prefix, tokenHash, expiresAt, createdById: ctx.userId },
    });
    await recordAudit(tx, {
      forbundId: ctx.forbundId,
      userId: ctx.userId,
      action: "apinyckel.create",
      entity: "ApiNyckel",
      entityId: nyckel.id,
      details: { namn: input.namn, roll: input.roll, prefix, expiresAt: input.expiresAt },
    });
    return { id: nyckel.id, token, prefix };
  });
}
