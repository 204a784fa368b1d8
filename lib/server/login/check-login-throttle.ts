import "server-only";
import { db } from "@/lib/db";
import { THROTTLE_WINDOW_MS, ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, throttleDecision, type ThrottleDecision } from "@/lib/domain/security/login-throttle";

/** Reads the recent attempts of this account and address and applies the throttle rules. */
export async function checkLoginThrottle(email: string, ip: string | null, now = new Date()): Promise<ThrottleDecision> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, success: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  // A successful login resets the account's count; the address's count is not reset by one account's success.
  const accountSince = lastSuccess && lastSuccess.createdAt > since ? lastSuccess.createdAt : since;
  const accountFailures = await db.loginAttempt.findMany({
    where: { email, success: false, createdAt: { gt: accountSince } },
    orderBy: { createdAt: "desc" },
    take: ACCOUNT_FAILURE_LIMIT,
    select: { createdAt: true },
  });
  const addressFailures = ip
    ? await db.loginAttempt.findMany({
        where: { ip, success: false, createdAt: { gte: since } },
        orderBy: { createdAt: "desc" },
        take: ADDRESS_FAILURE_LIMIT,
        select: { createdAt: true },
      })
    : [];
  return throttleDecision({ now, accountFailures: accountFailures.map((a) => a.createdAt), addressFailures: addressFailures.map((a) => a.createdAt) });
}
