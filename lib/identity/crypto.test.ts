import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { decryptField, encryptField, hashForLookup, parseKey } from "@/lib/identity/crypto";

const key = randomBytes(32);
const otherKey = randomBytes(32);

/** Flip one bit in one byte of a base64 part — editing the base64 text could hit only padding bits. */
function tamper(payload: string, part: 1 | 2 | 3, byte = 0): string {
  const parts = payload.split(":");
  const buf = Buffer.from(parts[part]!, "base64");
  buf[byte] = buf[byte]! ^ 0x01;
  parts[part] = buf.toString("base64");
  return parts.join(":");
}

describe("encryptField / decryptField", () => {
  it.each(["19811218-9876", "", "Åsa Öberg-Ängström", "emoji 🙂👩🏽‍💼", "x".repeat(10_000)])(
    "round-trips %j",
    (text) => {
      const payload = encryptField(text, key);
      expect(payload).toMatch(/^v1:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/]{22}==:[A-Za-z0-9+/]*=*$/);
      expect(decryptField(payload, key)).toBe(text);
    },
  );

  it("round-trips any string (property)", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => decryptField(encryptField(s, key), key) === s));
  });

  it("uses a fresh IV every time, so equal plaintexts give different payloads", () => {
    const payloads = Array.from({ length: 50 }, () => encryptField("19811218-9876", key));
    expect(new Set(payloads).size).toBe(50);
    expect(new Set(payloads.map((p) => p.split(":")[1])).size).toBe(50);
  });

  it("does not contain the plaintext", () => {
    expect(encryptField("19811218-9876", key)).not.toContain("9876");
  });

  it("refuses tampered ciphertext, tag or IV", () => {
    const payload = encryptField("19811218-9876", key);
    for (const part of [1, 2, 3] as const) {
      expect(() => decryptField(tamper(payload, part), key)).toThrow(/authentication failed/);
    }
    expect(() => decryptField(tamper(payload, 3, 12), key)).toThrow(/authentication failed/);
  });

  it("refuses a wrong key", () => {
    const payload = encryptField("19811218-9876", key);
    expect(() => decryptField(payload, otherKey)).toThrow(/authentication failed/);
  });

  it("binds associated data when given", () => {
    const payload = encryptField("19811218-9876", key, "deltagare:abc");
    expect(decryptField(payload, key, "deltagare:abc")).toBe("19811218-9876");
    expect(() => decryptField(payload, key, "deltagare:xyz")).toThrow(/authentication failed/);
    expect(() => decryptField(payload, key)).toThrow(/authentication failed/);
  });

  it.each([
    ["", /not a v1 payload/],
    ["v2:a:b:c", /not a v1 payload/],
    ["v1:a:b", /not a v1 payload/],
    ["v1:a:b:c:d", /not a v1 payload/],
    ["v1:!!!:b:c", /not valid base64/],
    ["v1:AAAA:AAAA:AAAA", /IV must be 12 bytes/],
  ])("refuses malformed payload %j", (payload, msg) => {
    expect(() => decryptField(payload, key)).toThrow(msg);
  });

  it("refuses keys that are not 32 bytes", () => {
    expect(() => encryptField("x", randomBytes(16))).toThrow(/exactly 32 bytes/);
    expect(() => decryptField(encryptField("x", key), randomBytes(31))).toThrow(/exactly 32 bytes/);
  });
});

describe("hashForLookup", () => {
  it("is deterministic per key, hex SHA-256 length", () => {
    const h = hashForLookup("19811218-9876", key);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(hashForLookup("19811218-9876", key)).toBe(h);
  });

  it("differs across keys and across inputs", () => {
    expect(hashForLookup("19811218-9876", key)).not.toBe(hashForLookup("19811218-9876", otherKey));
    expect(hashForLookup("19811218-9876", key)).not.toBe(hashForLookup("19811218-9868", key));
  });

  it("agrees with an independent HMAC-SHA-256 (Web Crypto)", async () => {
    const k = Buffer.alloc(32, 0x0b);
    const ck = await crypto.subtle.importKey("raw", k, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    const sig = await crypto.subtle.sign("HMAC", ck, new TextEncoder().encode("19811218-9876"));
    expect(hashForLookup("19811218-9876", k)).toBe(Buffer.from(sig).toString("hex"));
  });

  it("refuses keys that are not 32 bytes", () => {
    expect(() => hashForLookup("x", randomBytes(8))).toThrow(/exactly 32 bytes/);
  });
});

describe("parseKey", () => {
  const raw = randomBytes(32);

  it("accepts hex (either case) and base64 (standard, URL-safe, unpadded), trimming whitespace", () => {
    for (const s of [
      raw.toString("hex"),
      raw.toString("hex").toUpperCase(),
      raw.toString("base64"),
      raw.toString("base64url"),
      raw.toString("base64").replace(/=+$/, ""),
      `  ${raw.toString("base64")}\n`,
    ]) {
      expect(parseKey(s).equals(raw)).toBe(true);
    }
  });

  it.each([
    ["", /empty/],
    ["   ", /empty/],
    [randomBytes(16).toString("base64"), /exactly 32 bytes.*got 16/],
    [randomBytes(31).toString("hex"), /exactly 32 bytes.*got 31/],
    [randomBytes(33).toString("base64"), /exactly 32 bytes.*got 33/],
    [randomBytes(64).toString("hex"), /exactly 32 bytes.*got 64/],
    ["not a key!", /neither hex nor base64/],
  ])("refuses %j", (s, msg) => {
    expect(() => parseKey(s)).toThrow(msg);
  });

  it("never puts key material in the error", () => {
    const s = randomBytes(16).toString("hex");
    expect(() => parseKey(s)).toThrow(expect.objectContaining({ message: expect.not.stringContaining(s) }));
  });
});
