// System path on plain db: maps an OIDC login to a User before any förbund is known.
import "server-only";
import { db } from "@/lib/db";
import { recordLoginAttempt } from "@/lib/server/login/record-login-attempt";
import { oidcEmail, type OidcProfile } from "./oidc-config";

export type OidcUser = { id: string; email: string; name: string; sessionVersion: number };

/**
 * An OIDC login is let in only as an existing, active user with the same
 * e-mail (case-insensitive): SSO never creates accounts, so an admin still
 * decides who is a member and with which role. Success and refusal are
 * audited like password logins.
 */
export async function mapOidcUser(profile: OidcProfile | null | undefined): Promise<OidcUser | null> {
  const email = oidcEmail(profile);
  if (!email) {
    await recordLoginAttempt("(saknas)", null, { success: false, userId: null, reason: "credentials" });
    return null;
  }
  const user = await db.user.findFirst({
    where: { email: { equals: email, mode: "insensitive" } },
    select: { id: true, email: true, namn: true, aktiv: true, sessionVersion: true },
  });
  if (!user || !user.aktiv) {
    await recordLoginAttempt(email, null, { success: false, userId: user?.id ?? null, reason: user ? "inactive" : "credentials" });
    return null;
  }
  await recordLoginAttempt(email, null, { success: true, userId: user.id });
  return { id: user.id, email: user.email, name: user.namn, sessionVersion: user.sessionVersion };
}
