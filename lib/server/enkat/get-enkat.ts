import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { NotFoundError } from "@/lib/errors";
import { publikFraga } from "@/lib/domain/enkat/publik-fraga";
import { withTenantTx } from "@/lib/server/tenant-tx";

/** One enkät with its current (highest) version's questions and counts. */
export async function getEnkat(ctx: TenantContext, enkatId: string) {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const enkat = await tx.enkat.findFirst({
      where: { forbundId: ctx.forbundId, id: enkatId },
      include: {
        versioner: { orderBy: { nummer: "desc" }, take: 1, include: { fragor: { orderBy: { ordning: "asc" }, include: { matvariabel: { select: { namn: true } } } } } },
        insatser: { include: { insats: { select: { id: true, namn: true } } } },
        _count: { select: { svar: true, lankar: true } },
      },
    });
    const version = enkat?.versioner[0];
    if (!enkat || !version) throw new NotFoundError("Enkäten");
    const oanvanda = await tx.enkatLank.count({ where: { forbundId: ctx.forbundId, enkatId, usedAt: null, expiresAt: { gt: new Date() } } });
    return {
      id: enkat.id,
      namn: enkat.namn,
      beskrivning: enkat.beskrivning,
      respondentgrupp: enkat.respondentgrupp,
      status: enkat.status,
      insatser: enkat.insatser.map((i) => i.insats).sort((a, b) => a.namn.localeCompare(b.namn, "sv")),
      version: { id: version.id, nummer: version.nummer, last: version.last },
      fragor: version.fragor.map((f) => ({
        ...publikFraga(f),
        matvariabelId: f.matvariabelId,
        matvariabelNamn: f.matvariabel?.namn ?? null,
      })),
      antalSvar: enkat._count.svar,
      antalLankar: enkat._count.lankar,
      oanvandaLankar: oanvanda,
    };
  });
}

export type EnkatDetalj = Awaited<ReturnType<typeof getEnkat>>;
