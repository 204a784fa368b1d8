import "server-only";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { sessionLimits } from "./options";
import { cookieLifetimeSeconds } from "@/lib/domain/security/session-expiry";

const NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

/**
 * Re-issues the caller's own session cookie with a new session version, after
 * the version was bumped ("sign out everywhere", a changed password): every
 * other device's token still carries the old version and is refused, while
 * this one goes on. Only from a server action or route handler (they may set
 * cookies). Returns false when there was no readable session cookie.
 */
export async function reissueSessionCookie(sessionVersion: number, now = Date.now()): Promise<boolean> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return false;
  const jar = await cookies();
  const name = NAMES.find((n) => jar.get(n));
  const value = name && jar.get(name)?.value;
  if (!name || !value) return false;
  const token = await decode({ token: value, secret });
  if (!token) return false;
  const loginAt = typeof token.loginAt === "number" ? token.loginAt : now;
  const remaining = cookieLifetimeSeconds(loginAt, now, sessionLimits);
  const fresh = await encode({ token: { ...token, sv: sessionVersion, lastSeen: now }, secret, maxAge: remaining });
  jar.set(name, fresh, { httpOnly: true, sameSite: "lax", path: "/", secure: name.startsWith("__Secure-"), maxAge: remaining });
  return true;
}
