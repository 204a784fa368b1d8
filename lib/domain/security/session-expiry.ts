// Session expiry (issue 7): pure rules, no I/O. A session ends at the latest
// `maxAgeSeconds` after login (absolute) and after `idleSeconds` without a
// request (idle). The JWT carries when the user logged in (`loginAt`) and when
// they were last seen (`lastSeen`), both in epoch milliseconds.

export type SessionTimes = { loginAt?: unknown; lastSeen?: unknown; iat?: unknown; [claim: string]: unknown };
export type SessionLimits = { maxAgeSeconds: number; idleSeconds: number };
export type SessionExpiry = "active" | "idle" | "absolute";

/** Why a session ended, as the `utgang` query parameter of the login page. */
export const EXPIRY_REASONS = ["inaktiv", "maxtid", "utloggad"] as const;
export type ExpiryReason = (typeof EXPIRY_REASONS)[number];

/**
 * The cookie and the JWT's own `exp` outlive the absolute limit by this much,
 * so that an expired session is still readable and the login page can say
 * why it ended, instead of the cookie silently vanishing.
 */
export const COOKIE_GRACE_SECONDS = 60 * 60;

/** Seconds the cookie should still live, from the login time: the rest of the absolute limit plus the grace. */
export function cookieLifetimeSeconds(loginAt: number, now: number, limits: SessionLimits): number {
  return Math.max(1, Math.floor((loginAt + limits.maxAgeSeconds * 1000 - now) / 1000)) + COOKIE_GRACE_SECONDS;
}

/** How often lastSeen is rewritten: a cookie per request would be wasteful, a minute is precise enough. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

const DEFAULT_MAX_AGE_SECONDS = 8 * 60 * 60;
const DEFAULT_IDLE_SECONDS = 30 * 60;

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Limits from SESSION_MAX_AGE_SECONDS and SESSION_IDLE_TIMEOUT_SECONDS (defaults 8 h and 30 min). */
export function sessionLimitsFrom(env: Record<string, string | undefined>): SessionLimits {
  const maxAgeSeconds = positiveInt(env.SESSION_MAX_AGE_SECONDS, DEFAULT_MAX_AGE_SECONDS);
  const idleSeconds = Math.min(positiveInt(env.SESSION_IDLE_TIMEOUT_SECONDS, DEFAULT_IDLE_SECONDS), maxAgeSeconds);
  return { maxAgeSeconds, idleSeconds };
}

function millis(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/**
 * Whether a session is still alive at `now`. A token from before these
 * fields existed falls back to its `iat` (seconds) for both times; a token
 * with neither is treated as expired, never as eternal.
 */
export function sessionExpiry(token: SessionTimes, now: number, limits: SessionLimits): SessionExpiry {
  const iat = millis(token.iat);
  const loginAt = millis(token.loginAt) ?? (iat === null ? null : iat * 1000);
  const lastSeen = millis(token.lastSeen) ?? loginAt;
  if (loginAt === null || lastSeen === null) return "absolute";
  if (now - loginAt >= limits.maxAgeSeconds * 1000) return "absolute";
  if (now - lastSeen >= limits.idleSeconds * 1000) return "idle";
  return "active";
}

/** The login page's reason for an expired session. */
export function expiryReason(expiry: Exclude<SessionExpiry, "active">): ExpiryReason {
  return expiry === "idle" ? "inaktiv" : "maxtid";
}

export function parseExpiryReason(value: string | null | undefined): ExpiryReason | null {
  return (EXPIRY_REASONS as readonly string[]).includes(value ?? "") ? (value as ExpiryReason) : null;
}

/** Whether lastSeen is old enough to be worth rewriting. */
export function shouldTouch(token: SessionTimes, now: number): boolean {
  const lastSeen = millis(token.lastSeen);
  return lastSeen === null || now - lastSeen >= LAST_SEEN_RESOLUTION_MS;
}
