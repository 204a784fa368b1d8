// Login throttling (issue 7): pure rules, no I/O. The counts come from the
// LoginAttempt table, so every stateless server instance decides alike.

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failures per account within the window (since its last success). */
export const ACCOUNT_FAILURE_LIMIT = 5;
/** Failures per address within the window, across all accounts: stops spraying many accounts. */
export const ADDRESS_FAILURE_LIMIT = 20;

/**
 * next-auth hands a thrown error's message to the client as `error`; a
 * throttled login throws `throttled:<minutes>` so the form can say how long.
 */
export const THROTTLED_ERROR_PREFIX = "throttled:";

export function retryMinutesFromError(error: string | null | undefined): number | null {
  if (!error?.startsWith(THROTTLED_ERROR_PREFIX)) return null;
  const minutes = Number(error.slice(THROTTLED_ERROR_PREFIX.length));
  return Number.isInteger(minutes) && minutes > 0 ? minutes : null;
}

export type ThrottleInput = {
  now: Date;
  /** The account's failures within the window and after its last success, any order. */
  accountFailures: readonly Date[];
  /** The address's failures within the window, any order. */
  addressFailures: readonly Date[];
};

export type ThrottleDecision = { blocked: false } | { blocked: true; retryAfterMinutes: number; scope: "account" | "address" };

/** When `failures` drop below `limit` again: the moment the oldest one that keeps them at the limit leaves the window. */
function unblockedAt(failures: readonly Date[], limit: number): number | null {
  if (failures.length < limit) return null;
  const sorted = failures.map((d) => d.getTime()).sort((a, b) => a - b);
  return sorted[sorted.length - limit]! + THROTTLE_WINDOW_MS;
}

export function throttleDecision({ now, accountFailures, addressFailures }: ThrottleInput): ThrottleDecision {
  const inWindow = (d: Date) => now.getTime() - d.getTime() < THROTTLE_WINDOW_MS;
  const account = unblockedAt(accountFailures.filter(inWindow), ACCOUNT_FAILURE_LIMIT);
  const address = unblockedAt(addressFailures.filter(inWindow), ADDRESS_FAILURE_LIMIT);
  if (account === null && address === null) return { blocked: false };
  const scope = (account ?? 0) >= (address ?? 0) ? "account" : "address";
  const until = Math.max(account ?? 0, address ?? 0);
  return { blocked: true, scope, retryAfterMinutes: Math.max(1, Math.ceil((until - now.getTime()) / 60_000)) };
}
