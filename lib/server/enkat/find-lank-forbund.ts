import "server-only";
import { db } from "@/lib/db";
import { hashEnkatToken, isWellFormedEnkatToken } from "./token";

/**
 * System path: the one query that runs before the förbund is known. It reads
 * only which förbund a token hash belongs to; everything else about the link
 * is read inside that förbund's tenant transaction.
 */
export async function findLankForbund(token: string): Promise<{ forbundId: string; tokenHash: string } | null> {
  if (!isWellFormedEnkatToken(token)) return null;
  const tokenHash = hashEnkatToken(token);
  const lank = await db.enkatLank.findUnique({ where: { tokenHash }, select: { forbundId: true } });
  return lank ? { forbundId: lank.forbundId, tokenHash } : null;
}
