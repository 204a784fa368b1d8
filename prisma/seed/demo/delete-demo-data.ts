import type { PrismaClient } from "../../../generated/prisma/client";
import { DEMO_SLUGS } from "./forbund";

/**
 * Removes the demo förbund and everything in them, for a forced reseed.
 *
 * `db.forbund.deleteMany` alone fails once the demo has measurements: the ON DELETE
 * RESTRICT keys inside a förbund (Matning → Matvariabel, Inskrivning → Grupp,
 * Finansiering and Insats → Medlem) are checked row by row during the cascade, before
 * the referencing rows are reached. So the referencing rows go first. The audit log
 * is append-only and still blocks deleting a förbund that has audit events.
 */
export async function deleteDemoData(db: PrismaClient, slugs: readonly string[] = DEMO_SLUGS): Promise<void> {
  await db.$transaction(async (tx) => {
    const ids = (await tx.forbund.findMany({ where: { slug: { in: [...slugs] } }, select: { id: true } })).map((f) => f.id);
    if (ids.length === 0) return;
    const where = { forbundId: { in: ids } };
    // Enkät questions reference matvariabler (RESTRICT) like measurements do.
    await tx.enkat.deleteMany({ where });
    await tx.matning.deleteMany({ where });
    await tx.inskrivning.deleteMany({ where });
    await tx.finansiering.deleteMany({ where });
    await tx.insats.deleteMany({ where });
    await tx.forbund.deleteMany({ where: { id: { in: ids } } });
  });
}
