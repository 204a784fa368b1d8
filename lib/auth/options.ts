import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate, LoginThrottledError } from "./authenticate";
import { clientIpFrom } from "@/lib/domain/security/client-ip";
import { THROTTLED_ERROR_PREFIX } from "@/lib/domain/security/login-throttle";

const maxAge = Number(process.env.SESSION_MAX_AGE_SECONDS ?? 8 * 60 * 60);

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  return clientIpFrom(headers?.["x-forwarded-for"], Number(process.env.TRUSTED_PROXY_HOPS ?? 1));
}

export const authOptions: NextAuthOptions = {
  // JWT sessions keep the servers stateless (DESIGN.md §9); requireTenant
  // re-checks the user, its sessionVersion and membership in the database on
  // every request, so deactivation and "sign out everywhere" take effect at once.
  session: { strategy: "jwt", maxAge, updateAge: 15 * 60 },
  jwt: { maxAge },
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
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) {
        (session.user as { id?: string }).id = token.uid as string;
      }
      (session as { sv?: number }).sv = token.sv as number;
      return session;
    },
  },
};
