import { NextResponse, type NextRequest } from "next/server";
import { encode, getToken } from "next-auth/jwt";
import { cookieLifetimeSeconds, expiryReason, sessionExpiry, sessionLimitsFrom, shouldTouch } from "@/lib/domain/security/session-expiry";
import { loginUrl } from "@/lib/auth/paths";

const limits = sessionLimitsFrom(process.env);
const COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

// Sends logged-out visitors to /login, ends sessions past their absolute or
// idle limit (saying why on the login page) and moves the idle clock on for
// every page and API call a signed-in user makes. It is not the authorisation boundary:
// requireTenant (pages, actions) and the API wrapper are, and they also check
// the session version and account in the database.
export async function proxy(req: NextRequest) {
  const secret = process.env.NEXTAUTH_SECRET;
  // The JSON API answers for itself (401 JSON, API keys): here it only moves the idle clock on.
  const api = req.nextUrl.pathname.startsWith("/api/");
  const token = await getToken({ req, secret });
  const callbackUrl = req.nextUrl.pathname + req.nextUrl.search;
  if (!token) return api ? NextResponse.next() : NextResponse.redirect(new URL(loginUrl(callbackUrl), req.url));
  const now = Date.now();
  const expiry = token.expired === "maxtid" ? "absolute" : token.expired ? "idle" : sessionExpiry(token, now, limits);
  const cookieName = COOKIE_NAMES.find((n) => req.cookies.has(n));
  if (api && expiry !== "active") return NextResponse.next();
  // The ended session's cookie is left in place (it expires on its own, and a new
  // login replaces it): deleting it here would let a background prefetch eat the
  // reason, and the user's own next click would land on /login without it.
  if (expiry !== "active") return NextResponse.redirect(new URL(loginUrl(callbackUrl, expiryReason(expiry)), req.url));
  const res = NextResponse.next();
  if (cookieName && secret && shouldTouch(token, now)) {
    const loginAt = typeof token.loginAt === "number" ? token.loginAt : now;
    const remaining = cookieLifetimeSeconds(loginAt, now, limits);
    const value = await encode({ token: { ...token, lastSeen: now }, secret, maxAge: remaining });
    res.cookies.set(cookieName, value, { httpOnly: true, sameSite: "lax", path: "/", secure: cookieName.startsWith("__Secure-"), maxAge: remaining });
  }
  return res;
}

export const config = { matcher: ["/f/:path*", "/valj-forbund", "/konto", "/konto/:path*", "/api/f/:path*"] };
