import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate, LoginThrottledError } from "./authenticate";
import { mapOidcUser } from "./oidc-user";
import { OIDC_PROVIDER_ID, OIDC_UNKNOWN_USER_ERROR, oidcConfigFrom, oidcProvider, type OidcProfile } from "./oidc-config";
import { clientIpFrom } from "@/lib/domain/security/client-ip";
import { THROTTLED_ERROR_PREFIX } from "@/lib/domain/security/login-throttle";
import { COOKIE_GRACE_SECONDS, expiryReason, sessionExpiry, sessionLimitsFrom, shouldTouch, type ExpiryReason } from "@/lib/domain/security/session-expiry";

export const sessionLimits = sessionLimitsFrom(process.env);
const oidc = oidcConfigFrom(process.env);

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  return clientIpFrom(headers?.["x-forwarded-for"], Number(process.env.TRUSTED_PROXY_HOPS ?? 1));
}

type AppUser = { id: string; sessionVersion?: number };
export type AppToken = { uid?: string; sv?: number; loginAt?: number; lastSeen?: number; expired?: ExpiryReason };

/**
 * The JWT callback's rules, apart from next-auth so that they can be tested:
 * a new login stamps who, which session version, and when; every later read
 * checks the absolute and idle limits and marks an expired token (the session
 * callback then hands out no user). lastSeen moves on at most once a minute;
 * it reaches the cookie wherever next-auth or proxy.ts may write one.
 */
export function jwtCallback<T extends AppToken>(token: T, user: AppUser | undefined, now = Date.now()): T & AppToken {
  if (user) return { ...token, uid: user.id, sv: user.sessionVersion ?? 0, loginAt: now, lastSeen: now, expired: undefined };
  if (token.expired) return token;
  const expiry = sessionExpiry(token, now, sessionLimits);
  if (expiry !== "active") return { ...token, expired: expiryReason(expiry) };
  return shouldTouch(token, now) ? { ...token, lastSeen: now } : token;
}

export const authOptions: NextAuthOptions = {
  // JWT sessions keep the servers stateless (DESIGN.md §9); resolveTenant
  // re-checks the user, its sessionVersion and membership in the database on
  // every request, so deactivation and "sign out everywhere" take effect at once.
  // The cookie outlives the absolute limit by a grace period, so the login page
  // can still say why a session ended; jwtCallback and proxy.ts enforce the limits.
  session: { strategy: "jwt", maxAge: sessionLimits.maxAgeSeconds + COOKIE_GRACE_SECONDS },
  jwt: { maxAge: sessionLimits.maxAgeSeconds + COOKIE_GRACE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "E-post och lösenord",
      credentials: { email: { label: "E-post", type: "email" }, password: { label: "Lösenord", type: "password" } },
      async authorize(credentials, req) {
        let user;
        try {
          user = await authenticate(credentials, clientIp(req?.headers));
        } catch (error) {
          if (error instanceof LoginThrottledError) throw new Error(`${THROTTLED_ERROR_PREFIX}${error.retryAfterMinutes}`);
          throw error;
        }
        return user ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } : null;
      },
    }),
    ...(oidc ? [oidcProvider(oidc)] : []),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      const mapped = await mapOidcUser((profile ?? user) as OidcProfile);
      if (!mapped) return `/login?error=${OIDC_UNKNOWN_USER_ERROR}`;
      // next-auth passes this same object on to the jwt callback (no adapter):
      // from here on the session names our User, not the provider's subject.
      Object.assign(user, { id: mapped.id, email: mapped.email, name: mapped.name, sessionVersion: mapped.sessionVersion });
      return true;
    },
    async jwt({ token, user }) {
      return jwtCallback(token as AppToken, user as AppUser | undefined) as typeof token;
    },
    async session({ session, token }) {
      const t = token as AppToken;
      if (session.user) (session.user as { id?: string }).id = t.expired ? undefined : t.uid;
      Object.assign(session, { sv: t.sv ?? 0, ...(t.expired ? { expired: t.expired } : {}) });
      return session;
    },
  },
};

/** For the login page: the SSO button's label, or null when no OIDC provider is configured. */
export function oidcButtonName(): string | null {
  return oidc?.name ?? null;
}
