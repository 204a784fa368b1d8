import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { NotFoundError } from "@/lib/errors";
import { toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
import { withTenantTx } from "@/lib/server/tenant-tx";

/** What the target form needs to offer: the insats, its groups and the förbund's variables. */
export async function getMalsattningFormData(ctx: TenantContext, insatsId: string) {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const insats = await tx.insats.findFirst({
      where: { id: insatsId, forbundId: ctx.forbundId },
      select: { id: true, namn: true, matningsmetod: true, startdatum: true, slutdatum: true, grupper: { select: { id: true, namn: true }, orderBy: { startdatum: "asc" } } },
    });
    if (!insats) throw new NotFoundError("Insatsen");
    const matvariabler = await tx.matvariabel.findMany({
      where: { forbundId: ctx.forbundId, aktiv: true },
      select: { kod: true, namn: true, typ: true, min: true, max: true },
      orderBy: { namn: "asc" },
    });
    const { grupper, ...rest } = insats;
    return { insats: { ...rest, startdatum: toIsoDate(insats.startdatum), slutdatum: toIsoDateOrNull(insats.slutdatum) }, matvariabler, grupper };
  });
}

export async function getMalsattning(ctx: TenantContext, insatsId: string, malsattningId: string) {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const mal = await tx.malsattning.findFirst({
      where: { id: malsattningId, insatsId, forbundId: ctx.forbundId },
      select: { id: true, kategori: true, text: true, definition: true, kvalitativStatus: true, version: true, statushistorik: { orderBy: [{ datum: "desc" }, { createdAt: "desc" }] } },
    });
    if (!mal) throw new NotFoundError("Målet");
    const userIds = [...new Set(mal.statushistorik.map((s) => s.userId))];
    const users = await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, namn: true } });
    const namn = new Map(users.map((u) => [u.id, u.namn]));
    return {
      ...mal,
      statushistorik: mal.statushistorik.map((s) => ({ status: s.status, kommentar: s.kommentar, datum: toIsoDate(s.datum), userNamn: namn.get(s.userId) ?? "" })),
    };
  });
}
