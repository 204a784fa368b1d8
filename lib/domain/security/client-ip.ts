/**
 * The caller's address from X-Forwarded-For. Next.js fills the header with the
 * socket's address only when it is missing, so a client talking to Next
 * directly can write anything there. Behind a reverse proxy that appends the
 * address it saw (nginx `$proxy_add_x_forwarded_for`), the entry `hops` from
 * the right is the one a trusted proxy wrote; entries further left are the
 * client's own claims. `TRUSTED_PROXY_HOPS` (default 1) says how many proxies
 * stand in front of the app.
 */
export function clientIpFrom(forwardedFor: unknown, hops = 1): string | null {
  if (typeof forwardedFor !== "string") return null;
  const entries = forwardedFor.split(",").map((s) => s.trim()).filter(Boolean);
  if (entries.length === 0) return null;
  const picked = entries[Math.max(0, entries.length - Math.max(1, hops))]!;
  // An address, not free text: at most an IPv6 literal with zone and port.
  return /^[0-9A-Za-z.:%[\]_-]{1,64}$/.test(picked) ? picked : null;
}
