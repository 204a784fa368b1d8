/**
 * Made-up identities for the PERSONUPPGIFTER insatser — never real people.
 *
 * Personnummer: a real birth date, serial 98x/99x (the range used by convention for
 * test numbers), the kön digit odd for men and even for women, and a valid Luhn check
 * digit; each is checked with lib/domain/personnummer.ts. Names are common Swedish
 * first and last names combined at random; telephone numbers come from the series PTS
 * reserves for fiction (070-1740605 – 070-1740699).
 *
 * Encryption mirrors lib/identity/crypto.ts exactly ("v1:<iv>:<tag>:<ciphertext>",
 * AES-256-GCM, 12-byte IV, 16-byte tag; HMAC-SHA-256 hex lookup hash). That module
 * imports "server-only", which throws outside a React server bundle, so the seed —
 * run by plain tsx — cannot import it. Same keys as the app: IDENTITY_ENCRYPTION_KEY /
 * IDENTITY_HASH_KEY, defaulting to the public demo keys of scripts/lib/dev-env.mjs.
 */
import { createCipheriv, createHmac, randomBytes } from "node:crypto";
import { parsePersonnummer } from "../../../lib/domain/personnummer";
import type { Rng } from "./rng";

// Copied from scripts/lib/dev-env.mjs (DEMO_IDENTITY_ENCRYPTION_KEY, DEMO_IDENTITY_HASH_KEY):
// public development keys that protect nothing.
const DEMO_IDENTITY_ENCRYPTION_KEY = "ZGVtby1ub3Qtc2VjcmV0LWlkZW50aXR5LWtleS0zMmI=";
const DEMO_IDENTITY_HASH_KEY = "ZGVtby1ub3Qtc2VjcmV0LWxvb2t1cC1oYXNoLWtleTI=";

function loadKey(value: string, name: string): Buffer {
  const s = value.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(s) ? Buffer.from(s, "hex") : Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes (64 hex or 44 base64 characters)`);
  return key;
}

export type IdentitetsNycklar = { kryptering: Buffer; hash: Buffer };

export function identitetsNycklar(env: NodeJS.ProcessEnv = process.env): IdentitetsNycklar {
  return {
    kryptering: loadKey(env.IDENTITY_ENCRYPTION_KEY ?? DEMO_IDENTITY_ENCRYPTION_KEY, "IDENTITY_ENCRYPTION_KEY"),
    hash: loadKey(env.IDENTITY_HASH_KEY ?? DEMO_IDENTITY_HASH_KEY, "IDENTITY_HASH_KEY"),
  };
}

/** lib/identity/crypto.ts encryptField, without associated data. The IV is random, as it must be for GCM. */
export function encryptField(plaintext: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: 16 });
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), ciphertext.toString("base64")].join(":");
}

/** lib/identity/crypto.ts hashForLookup. */
export function hashForLookup(normalized: string, key: Buffer): string {
  return createHmac("sha256", key).update(normalized, "utf8").digest("hex");
}

function luhn(nine: string): number {
  let sum = 0;
  for (let i = 0; i < nine.length; i++) {
    const p = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += p > 9 ? p - 9 : p;
  }
  return (10 - (sum % 10)) % 10;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/**
 * A test-series personnummer ("YYYYMMDD-98xC") for someone born in `fodelsear`, unique
 * within `used` (one förbund). A samordningsnummer has day + 60.
 */
export function testPersonnummer(rng: Rng, fodelsear: number, kon: "K" | "M", used: Set<string>, samordningsnummer = false): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const manad = rng.int(1, 12);
    const dag = rng.int(1, new Date(Date.UTC(fodelsear, manad, 0)).getUTCDate());
    const skrivenDag = samordningsnummer ? dag + 60 : dag;
    const konssiffra = 2 * rng.int(0, 4) + (kon === "M" ? 1 : 0);
    const lopnummer = `${rng.pick(["98", "99"])}${konssiffra}`;
    const nine = `${pad(fodelsear % 100)}${pad(manad)}${pad(skrivenDag)}${lopnummer}`;
    const normalized = `${fodelsear}${pad(manad)}${pad(skrivenDag)}-${lopnummer}${luhn(nine)}`;
    if (used.has(normalized)) continue;
    const parsed = parsePersonnummer(normalized);
    if (!parsed.ok || parsed.normalized !== normalized || parsed.kon !== kon || parsed.samordningsnummer !== samordningsnummer) {
      throw new Error(`Demo personnummer ${normalized} does not validate: ${parsed.ok ? "kön or form differs" : parsed.error}`);
    }
    used.add(normalized);
    return normalized;
  }
  throw new Error(`No free test personnummer for ${fodelsear}`);
}

const FORNAMN = {
  svenska: {
    K: ["Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Kristina", "Elin", "Johanna", "Malin", "Linda", "Sofia", "Ida", "Jenny", "Camilla", "Hanna", "Therese", "Annika", "Susanne", "Marie", "Helena", "Frida", "Amanda", "Josefin", "Lisa", "Petra", "Ulrika", "Monica", "Åsa"],
    M: ["Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Mikael", "Nils", "Jan", "Peter", "Daniel", "Fredrik", "Magnus", "Mattias", "Andreas", "Stefan", "Jonas", "Marcus", "Patrik", "Niklas", "Henrik", "Thomas", "Oskar", "Viktor", "Emil", "Robin", "Sebastian", "Kristoffer", "Joakim", "Björn"],
  },
  blandade: {
    K: ["Amina", "Fatima", "Hodan", "Sara", "Maryam", "Layla", "Nour", "Samira", "Yasmin", "Rahma", "Hawa", "Asha", "Zahra", "Hanna", "Ayan", "Leila", "Maria", "Tigist", "Rukia", "Dalia"],
    M: ["Ahmed", "Mohammed", "Ali", "Abdi", "Hassan", "Omar", "Yusuf", "Ibrahim", "Mustafa", "Khalid", "Hussein", "Samir", "Daniel", "Yonas", "Abdullahi", "Karim", "Tesfay", "Rami", "Faisal", "Adam"],
  },
} as const;

const EFTERNAMN = {
  svenska: ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist", "Lindgren", "Axelsson", "Berg", "Bergström", "Lundberg", "Lind", "Lundgren", "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Ali", "Mohammed", "Yilmaz", "Nguyen", "Haddad", "Novak"],
  blandade: ["Ahmed", "Mohamed", "Ali", "Hassan", "Abdullahi", "Osman", "Yusuf", "Ibrahim", "Hussein", "Haile", "Tesfaye", "Mahmoud", "Karimi", "Rahimi", "Haddad", "Saleh", "Omar", "Abdi", "Jama", "Nasser", "Andersson", "Johansson", "Karlsson", "Nilsson"],
} as const;

export type Kontakt = { fornamn: string; efternamn: string; telefon?: string };

export function demoKontakt(rng: Rng, kon: "K" | "M", namn: "svenska" | "blandade"): Kontakt {
  const kontakt: Kontakt = { fornamn: rng.pick(FORNAMN[namn][kon]), efternamn: rng.pick(EFTERNAMN[namn]) };
  if (rng.chance(0.6)) kontakt.telefon = `070-17406${pad(rng.int(5, 99))}`;
  return kontakt;
}
