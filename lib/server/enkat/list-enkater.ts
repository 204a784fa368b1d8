import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { withTenantTx } from "@/lib/server/tenant-tx";

export type EnkatListRow = {
  id: string;
  namn: string;
  respondentgrupp: string;
  status: string;
  versionNummer: number;
  insatser: string[];
  antalSvar: number;
  antalLankar: number;
};

/** Every enkät of the förbund (instrument texts are not about people, so every staff role may read them). */
export async function listEnkater(ctx: TenantContext): Promise<EnkatListRow[]> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const rows = await tx.enkat.findMany({
      where: { forbundId: ctx.forbundId },
      orderBy: { namn: "asc" },
      include: {
        versioner: { orderBy: { nummer: "desc" }, take: 1, select: { nummer: true } },
        insatser: { include: { insats: { select: { namn: true } } } },
        _count: { select: { svar: true, lankar: true } },
      },
    });
    return rows.map((e) => ({
      id: e.id,
      namn: e.namn,
      respondentgrupp: e.respondentgrupp,
      status: e.status,
      versionNummer: e.versioner[0]?.nummer ?? 1,
      insatser: e.insatser.map((i) => i.insats.namn).sort(),
      antalSvar: e._count.svar,
      antalLankar: e._count.lankar,
    }));
  });
}
