import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import type { SessionIdentity } from "./resolve-tenant";

/** The signed-in user's id and session version; null when logged out or the session has expired (idle or absolute). */
export async function getSessionIdentity(): Promise<SessionIdentity | null> {
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  if (!session || !userId) return null;
  return { userId, sessionVersion: (session as { sv?: number }).sv ?? 0 };
}
