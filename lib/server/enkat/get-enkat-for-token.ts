import "server-only";
import { publikFraga, type PublikFraga } from "@/lib/domain/enkat/publik-fraga";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { findLankForbund } from "./find-lank-forbund";
import { checkTokenThrottle, recordRefusedToken } from "./token-throttle";

export type { PublikFraga };

export type LankLage =
  | { status: "ok"; forbundNamn: string; namn: string; beskrivning: string; kopplad: boolean; fragor: PublikFraga[] }
  | { status: "ogiltig" | "utgangen" | "stangd" }
  | { status: "blockerad"; minuter: number };

/**
 * What the public answer page shows for a token. Unknown and used tokens get
 * the same answer ("ogiltig"), so a guesser cannot tell them apart; every
 * refused token counts towards the address's throttle.
 */
export async function getEnkatForToken(token: string, ip: string | null, now = new Date()): Promise<LankLage> {
  const throttle = await checkTokenThrottle(ip, now);
  if (throttle.blocked) return { status: "blockerad", minuter: throttle.retryAfterMinutes };
  const found = await findLankForbund(token);
  const lage: LankLage = !found
    ? { status: "ogiltig" }
    : await withTenantTx(found.forbundId, async (tx) => {
        const lank = await tx.enkatLank.findFirst({
          where: { forbundId: found.forbundId, tokenHash: found.tokenHash },
          include: { enkat: { include: { forbund: { select: { namn: true } }, versioner: { orderBy: { nummer: "desc" }, take: 1, include: { fragor: { orderBy: { ordning: "asc" } } } } } } },
        });
        if (!lank || lank.usedAt) return { status: "ogiltig" } as const;
        if (lank.expiresAt <= now) return { status: "utgangen" } as const;
        if (lank.enkat.status !== "AKTIV") return { status: "stangd" } as const;
        const fragor = lank.enkat.versioner[0]?.fragor ?? [];
        return {
          status: "ok",
          forbundNamn: lank.enkat.forbund.namn,
          namn: lank.enkat.namn,
          beskrivning: lank.enkat.beskrivning,
          kopplad: lank.inskrivningId !== null,
          fragor: fragor.map(publikFraga),
        } as const;
      });
  if (lage.status !== "ok") await recordRefusedToken(ip);
  return lage;
}
