// Where the account flows send people, shared by pages, actions, the API wrapper and proxy.ts.
import type { ExpiryReason } from "@/lib/domain/security/session-expiry";

export const CHANGE_PASSWORD_PATH = "/konto/losenord";
export const ACCOUNT_PATH = "/konto";
export const PASSWORD_CHANGE_REQUIRED = "Du måste byta ditt tillfälliga lösenord innan du kan fortsätta. Gå till /konto/losenord.";

/** /login with where to return afterwards and, when a session ended, why. */
export function loginUrl(callbackUrl: string, utgang?: ExpiryReason): string {
  const params = new URLSearchParams({ callbackUrl });
  if (utgang) params.set("utgang", utgang);
  return `/login?${params.toString()}`;
}
