import "server-only";
import { randomInt } from "node:crypto";

// No 0/O, 1/l/i: the password is read off a screen and typed by someone else.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** 16 random characters (~79 bits) in groups of four, e.g. "k7mq-3xzp-…": far above the policy's minimum. */
export function temporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}
