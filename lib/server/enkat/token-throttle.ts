import "server-only";
import { db } from "@/lib/db";
import { ADDRESS_FAILURE_LIMIT, THROTTLE_WINDOW_MS, throttleDecision, type ThrottleDecision } from "@/lib/domain/security/login-throttle";
import { hashAdress } from "./token";

// Guessing answer-link tokens is throttled per address like logins (issue 7):
// 20 refused tokens within 15 minutes block that address for a while. System
// path (plain db): a refused token names no förbund, so there is no tenant.

export async function checkTokenThrottle(ip: string | null, now = new Date()): Promise<ThrottleDecision> {
  if (!ip) return { blocked: false };
  const failures = await db.enkatTokenForsok.findMany({
    where: { adressHash: hashAdress(ip), createdAt: { gte: new Date(now.getTime() - THROTTLE_WINDOW_MS) } },
    orderBy: { createdAt: "desc" },
    take: ADDRESS_FAILURE_LIMIT,
    select: { createdAt: true },
  });
  return throttleDecision({ now, accountFailures: [], addressFailures: failures.map((f) => f.createdAt) });
}

export async function recordRefusedToken(ip: string | null, now = new Date()): Promise<void> {
  if (!ip) return;
  const adressHash = hashAdress(ip);
  // Rows older than the window decide nothing: drop this address's, so the table stays small (indexed by address, time).
  await db.$transaction([
    db.enkatTokenForsok.deleteMany({ where: { adressHash, createdAt: { lt: new Date(now.getTime() - THROTTLE_WINDOW_MS) } } }),
    db.enkatTokenForsok.create({ data: { adressHash } }),
  ]);
}
