import { describe, expect, it } from "vitest";
import { cookieLifetimeSeconds, expiryReason, parseExpiryReason, sessionExpiry, sessionLimitsFrom, shouldTouch } from "./session-expiry";

const limits = { maxAgeSeconds: 8 * 3600, idleSeconds: 30 * 60 };
const T0 = Date.UTC(2026, 10, 24, 8, 0, 0);
const min = 60_000;

describe("sessionExpiry", () => {
  it("is active right after login and while the user keeps working", () => {
    expect(sessionExpiry({ loginAt: T0, lastSeen: T0 }, T0, limits)).toBe("active");
    expect(sessionExpiry({ loginAt: T0, lastSeen: T0 + 7 * 60 * min }, T0 + 7 * 60 * min + 29 * min, limits)).toBe("active");
  });

  it("ends after 30 idle minutes", () => {
    expect(sessionExpiry({ loginAt: T0, lastSeen: T0 }, T0 + 30 * min, limits)).toBe("idle");
    expect(sessionExpiry({ loginAt: T0, lastSeen: T0 + 60 * min }, T0 + 95 * min, limits)).toBe("idle");
  });

  it("ends 8 hours after login however active the user is", () => {
    expect(sessionExpiry({ loginAt: T0, lastSeen: T0 + 8 * 60 * min - 1 }, T0 + 8 * 60 * min, limits)).toBe("absolute");
  });

  it("falls back to iat for tokens issued before loginAt existed, and refuses a token without times", () => {
    expect(sessionExpiry({ iat: T0 / 1000 }, T0 + 10 * min, limits)).toBe("active");
    expect(sessionExpiry({ iat: T0 / 1000 }, T0 + 31 * min, limits)).toBe("idle");
    expect(sessionExpiry({}, T0, limits)).toBe("absolute");
    expect(sessionExpiry({ loginAt: "igår", lastSeen: null }, T0, limits)).toBe("absolute");
  });
});

describe("sessionLimitsFrom", () => {
  it("defaults to 8 hours and 30 minutes", () => {
    expect(sessionLimitsFrom({})).toEqual({ maxAgeSeconds: 28_800, idleSeconds: 1_800 });
  });
  it("reads the environment, ignores nonsense and never lets idle exceed the absolute limit", () => {
    expect(sessionLimitsFrom({ SESSION_MAX_AGE_SECONDS: "3600", SESSION_IDLE_TIMEOUT_SECONDS: "600" })).toEqual({ maxAgeSeconds: 3600, idleSeconds: 600 });
    expect(sessionLimitsFrom({ SESSION_MAX_AGE_SECONDS: "-5", SESSION_IDLE_TIMEOUT_SECONDS: "abc" })).toEqual({ maxAgeSeconds: 28_800, idleSeconds: 1_800 });
    expect(sessionLimitsFrom({ SESSION_MAX_AGE_SECONDS: "600", SESSION_IDLE_TIMEOUT_SECONDS: "3600" })).toEqual({ maxAgeSeconds: 600, idleSeconds: 600 });
  });
});

describe("reasons and touching", () => {
  it("maps expiry to the login page's reason and parses only known reasons", () => {
    expect(expiryReason("idle")).toBe("inaktiv");
    expect(expiryReason("absolute")).toBe("maxtid");
    expect(parseExpiryReason("utloggad")).toBe("utloggad");
    expect(parseExpiryReason("<script>")).toBeNull();
    expect(parseExpiryReason(undefined)).toBeNull();
  });
  it("rewrites lastSeen at most once a minute", () => {
    expect(shouldTouch({ lastSeen: T0 }, T0 + 59_999)).toBe(false);
    expect(shouldTouch({ lastSeen: T0 }, T0 + min)).toBe(true);
    expect(shouldTouch({}, T0)).toBe(true);
  });
});

describe("cookieLifetimeSeconds", () => {
  it("is the rest of the absolute limit plus an hour's grace, so an ended session can still say why", () => {
    expect(cookieLifetimeSeconds(T0, T0, limits)).toBe(8 * 3600 + 3600);
    expect(cookieLifetimeSeconds(T0, T0 + 7 * 3600_000, limits)).toBe(3600 + 3600);
    expect(cookieLifetimeSeconds(T0, T0 + 9 * 3600_000, limits)).toBe(1 + 3600);
  });
});
