// Route handlers read the next-auth session; in integration tests the caller
// is chosen per test instead. Everything after the session — tenant
// resolution, permissions, the database — is real.
import { vi } from "vitest";
import type { SessionIdentity } from "@/lib/auth/resolve-tenant";

let current: SessionIdentity | null = null;

vi.mock("@/lib/auth/session", () => ({ getSessionIdentity: async () => current }));

export function actAs(userId: string | null, sessionVersion = 0): void {
  current = userId ? { userId, sessionVersion } : null;
}
