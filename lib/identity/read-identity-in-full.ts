import "server-only";
import { env } from "@/lib/env";
import { decryptField, parseKey } from "./crypto";
import type { Kontakt } from "./identity-fields";

export type FullIdentity = { personnummer: string; fornamn: string; efternamn: string; telefon: string | null; epost: string | null };

/**
 * The identity unmasked, for the two places that need it whole: the
 * registerutdrag (art. 15: the person gets their own data) and a correction
 * that compares old with new. Every caller writes an audit row in the same
 * transaction.
 */
export function readIdentityInFull(row: { personnummerEnc: string; kontaktEnc: string }): FullIdentity {
  const key = parseKey(env().IDENTITY_ENCRYPTION_KEY);
  const kontakt = JSON.parse(decryptField(row.kontaktEnc, key)) as Partial<Kontakt>;
  return {
    personnummer: decryptField(row.personnummerEnc, key),
    fornamn: kontakt.fornamn ?? "",
    efternamn: kontakt.efternamn ?? "",
    telefon: kontakt.telefon || null,
    epost: kontakt.epost || null,
  };
}
