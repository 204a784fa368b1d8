import "server-only";
import { db } from "@/lib/db";
import { loginSchema } from "@/lib/validation/auth";
import { verifyPassword } from "./password";
import { AppError } from "@/lib/errors";
import { checkLoginThrottle } from "@/lib/server/login/check-login-throttle";
import { recordLoginAttempt } from "@/lib/server/login/record-login-attempt";

export type AuthenticatedUser = { id: string; email: string; name: string; sessionVersion: number };

/** Too many recent failures for this account or address; the message carries the minutes for the login page. */
export class LoginThrottledError extends AppError {
  constructor(readonly retryAfterMinutes: number) {
    super("rate_limited", `För många misslyckade inloggningar. Försök igen om ${retryAfterMinutes} minuter.`);
  }
}

/**
 * Checks credentials; every success and failure is audited with the address
 * (issue 7). Throttled attempts are refused before the password is looked at,
 * so guessing stops paying off even when the guess would have been right.
 */
export async function authenticate(raw: unknown, ip: string | null): Promise<AuthenticatedUser | null> {
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const throttle = await checkLoginThrottle(email, ip);
  const user = await db.user.findUnique({ where: { email } });
  if (throttle.blocked) {
    await recordLoginAttempt(email, ip, { success: false, userId: user?.id ?? null, reason: "throttled" });
    throw new LoginThrottledError(throttle.retryAfterMinutes);
  }
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || !user.aktiv) {
    await recordLoginAttempt(email, ip, { success: false, userId: user?.id ?? null, reason: user && ok ? "inactive" : "credentials" });
    return null;
  }
  await recordLoginAttempt(email, ip, { success: true, userId: user.id });
  return { id: user.id, email: user.email, name: user.namn, sessionVersion: user.sessionVersion };
}
