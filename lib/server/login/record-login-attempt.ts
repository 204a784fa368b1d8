import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";

export type LoginOutcome =
  | { success: true; userId: string }
  | { success: false; userId: string | null; reason: "credentials" | "inactive" | "throttled" };

/**
 * Audits a login and counts it for throttling, in one transaction. A refused
 * (throttled) attempt is audited but not counted: counting it would let an
 * attacker keep a real user locked out for ever.
 */
export async function recordLoginAttempt(email: string, ip: string | null, outcome: LoginOutcome): Promise<void> {
  await db.$transaction(async (tx) => {
    if (!(!outcome.success && outcome.reason === "throttled")) {
      await tx.loginAttempt.create({ data: { email, ip, success: outcome.success } });
    }
    await recordAudit(tx, {
      action: outcome.success ? "login.success" : "login.failure",
      userId: outcome.userId,
      entity: "User",
      entityId: outcome.userId ?? undefined,
      details: outcome.success ? { email } : { email, reason: outcome.reason },
      ip,
    });
  });
}
