/**
 * Encrypting and reading one deltagare's identity with the keys from the
 * environment. No associated data: the demo seed (prisma/seed/demo/identitet.ts)
 * writes ciphertexts without it, and both must stay readable by the same code.
 */
import "server-only";
import { env } from "@/lib/env";
import { decryptField, encryptField, hashForLookup, parseKey } from "./crypto";
import { maskPersonnummer } from "@/lib/domain/personnummer";

export type Kontakt = { fornamn: string; efternamn: string; telefon?: string; epost?: string };

let keys: { kryptering: Buffer; hash: Buffer } | undefined;

function identityKeys() {
  keys ??= { kryptering: parseKey(env().IDENTITY_ENCRYPTION_KEY), hash: parseKey(env().IDENTITY_HASH_KEY) };
  return keys;
}

/** The keyed lookup hash of a normalised personnummer ("YYYYMMDD-NNNN"). */
export function personnummerHash(normalized: string): string {
  return hashForLookup(normalized, identityKeys().hash);
}

export function encryptIdentity(normalized: string, kontakt: Kontakt) {
  const { kryptering } = identityKeys();
  return {
    personnummerEnc: encryptField(normalized, kryptering),
    personnummerHash: personnummerHash(normalized),
    kontaktEnc: encryptField(JSON.stringify(kontakt), kryptering),
  };
}

export type ReadIdentity = { namn: string; personnummerMaskerat: string; telefon: string | null; epost: string | null };

/** Decrypts for display: the personnummer only ever leaves here masked. */
export function readIdentity(row: { personnummerEnc: string; kontaktEnc: string }): ReadIdentity {
  const { kryptering } = identityKeys();
  const kontakt = JSON.parse(decryptField(row.kontaktEnc, kryptering)) as Partial<Kontakt>;
  return {
    namn: [kontakt.fornamn, kontakt.efternamn].filter(Boolean).join(" "),
    personnummerMaskerat: maskPersonnummer(decryptField(row.personnummerEnc, kryptering)),
    telefon: kontakt.telefon || null,
    epost: kontakt.epost || null,
  };
}
