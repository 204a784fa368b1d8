/**
 * Field encryption and keyed lookup hashes for identity data (DESIGN.md §5:
 * personnummer "stored encrypted with a keyed hash for duplicate lookup").
 * No env access: callers load keys (e.g. with parseKey) and pass them in. Use
 * separate keys for encryption and lookup hashing.
 */
import "server-only"; // keys and plaintext identity must never reach a client bundle
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

const KEY_BYTES = 32; // AES-256
const IV_BYTES = 12; // 96-bit nonce, the size GCM is specified for (NIST SP 800-38D)
const TAG_BYTES = 16;
const VERSION = "v1";
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * AES-256-GCM with a fresh random IV per call → "v1:<iv>:<tag>:<ciphertext>"
 * (standard base64). `associatedData`, if given, is authenticated but not stored:
 * binding a ciphertext to e.g. its row id stops it being copied to another row,
 * and the same value must be passed to decryptField.
 */
export function encryptField(plaintext: string, key: Buffer, associatedData?: string): string {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  if (associatedData !== undefined) cipher.setAAD(Buffer.from(associatedData, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString("base64"), tag.toString("base64"), ciphertext.toString("base64")].join(":");
}

/** Inverse of encryptField. Throws if the payload is malformed, tampered with, or the key is wrong. */
export function decryptField(payload: string, key: Buffer, associatedData?: string): string {
  assertKey(key);
  const parts = payload.split(":");
  if (parts.length !== 4 || parts[0] !== VERSION) {
    throw new Error(`decryptField: not a ${VERSION} payload (expected "${VERSION}:<iv>:<tag>:<ciphertext>")`);
  }
  const [, ivB64 = "", tagB64 = "", ctB64 = ""] = parts;
  if (![ivB64, tagB64, ctB64].every((p) => BASE64.test(p))) {
    throw new Error("decryptField: payload is not valid base64");
  }
  const iv = Buffer.from(ivB64, "base64");
  const tag = Buffer.from(tagB64, "base64");
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new Error(`decryptField: IV must be ${IV_BYTES} bytes and tag ${TAG_BYTES} bytes`);
  }
  const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  if (associatedData !== undefined) decipher.setAAD(Buffer.from(associatedData, "utf8"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(ctB64, "base64")), decipher.final()]).toString("utf8");
  } catch {
    // GCM authentication failed; no plaintext is released.
    throw new Error("decryptField: authentication failed — wrong key, wrong associated data, or tampered data");
  }
}

/**
 * HMAC-SHA-256, hex. Keyed because a plain hash of a personnummer is
 * brute-forceable (only ~10⁸–10⁹ valid numbers). Pass the *normalised* value
 * ("YYYYMMDD-NNNN") so every spelling of one number gives one hash.
 */
export function hashForLookup(normalized: string, key: Buffer): string {
  assertKey(key);
  return createHmac("sha256", key).update(normalized, "utf8").digest("hex");
}

/** A 32-byte key from 64 hex characters or base64 (standard or URL-safe, padding optional). */
export function parseKey(base64OrHex: string): Buffer {
  const s = base64OrHex.trim();
  if (s === "") throw new Error("parseKey: key is empty; expected 32 bytes as 64 hex or 44 base64 characters");
  let key: Buffer;
  // Hex first: an even-length all-hex string is read as hex so a short hex key is
  // reported by its byte length (a real 32-byte base64 key has 43 chars or "=").
  if (/^(?:[0-9a-fA-F]{2})+$/.test(s)) {
    key = Buffer.from(s, "hex");
  } else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) {
    key = Buffer.from(s.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  } else {
    throw new Error("parseKey: key is neither hex nor base64");
  }
  // The message never includes key material.
  if (key.length !== KEY_BYTES) {
    throw new Error(`parseKey: key must be exactly ${KEY_BYTES} bytes (256 bits), got ${key.length}`);
  }
  return key;
}

function assertKey(key: Buffer): void {
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES) {
    throw new Error(`key must be a Buffer of exactly ${KEY_BYTES} bytes — load it with parseKey`);
  }
}
