// Optional OIDC single sign-on (issue 9), configured from the environment:
// OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_NAME (the button's
// label, e.g. "Microsoft"). Without all three of the first, no provider and no
// button: password login alone, exactly as before. Pure: no I/O here.
import type { OAuthConfig } from "next-auth/providers/oauth";

export const OIDC_PROVIDER_ID = "oidc";
/** The login page's `error` when an OIDC login names no active account. */
export const OIDC_UNKNOWN_USER_ERROR = "OidcOkandAnvandare";

export type OidcConfig = { issuer: string; clientId: string; clientSecret: string; name: string };

export type OidcProfile = { sub?: string; email?: string; preferred_username?: string; upn?: string; name?: string };

export function oidcConfigFrom(env: Record<string, string | undefined>): OidcConfig | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.hostname !== "localhost" && url.hostname !== "127.0.0.1") return null;
  return { issuer: issuer.replace(/\/+$/, ""), clientId, clientSecret, name: env.OIDC_NAME?.trim() || "organisationens inloggning" };
}

/**
 * The e-mail an OIDC profile names. Entra ID often sends no `email` claim for
 * work accounts; its `preferred_username` (or `upn`) is then the address.
 */
export function oidcEmail(profile: OidcProfile | null | undefined): string | null {
  const candidate = [profile?.email, profile?.preferred_username, profile?.upn].find((v) => typeof v === "string" && v.includes("@"));
  return candidate ? candidate.trim().toLowerCase() : null;
}

/** A next-auth OAuth provider using the issuer's discovery document, with PKCE, state and the ID token. */
export function oidcProvider(config: OidcConfig): OAuthConfig<OidcProfile> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile(profile) {
      return { id: profile.sub ?? "", email: oidcEmail(profile), name: profile.name ?? null };
    },
  };
}
