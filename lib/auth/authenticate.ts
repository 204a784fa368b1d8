import "server-only";
import { db } from "@/lib/db";
import { loginSchema } from "@/lib/validation/auth";
import { verifyPassword } from "./password";
import { recordAudit } from "@/lib/server/audit/record-audit";

export type AuthenticatedUser = { id: string; email: string; name: string; sessionVersion: number };

/** Checks credentials; every success and failure is audited (issue 7). */
export async function authenticate(raw: unknown, ip: string | null): Promise<AuthenticatedUser | null> {
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({ where: { email } });
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || !user.aktiv) {
    await recordAudit(db, { action: "login.failure", userId: user?.id ?? null, details: { email }, ip });
    return null;
  }
  await recordAudit(db, { action: "login.success", userId: user.id, ip });
  return { id: user.id, email: user.email, name: user.namn, sessionVersion: user.sessionVersion };
}
