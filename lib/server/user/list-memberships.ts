import "server-only";
import { db } from "@/lib/db";
import type { Roll } from "@/lib/auth/permissions";

export type MembershipSummary = { slug: string; namn: string; roll: Roll };

/** The förbund a signed-in user belongs to (for the picker and the landing redirect). */
export async function listMemberships(userId: string): Promise<MembershipSummary[]> {
  const rows = await db.membership.findMany({
    where: { userId, user: { aktiv: true } },
    select: { role: true, forbund: { select: { slug: true, namn: true } } },
    orderBy: { forbund: { namn: "asc" } },
  });
  return rows.map((r) => ({ slug: r.forbund.slug, namn: r.forbund.namn, roll: r.role }));
}
