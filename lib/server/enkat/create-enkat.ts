import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { EnkatInput } from "@/lib/validation/enkat";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { checkEnkatRefs } from "./check-enkat-refs";
import { fragaData } from "./fraga-data";

/** A new enkät starts as UTKAST with version 1 holding its questions. */
export async function createEnkat(ctx: TenantContext, input: EnkatInput): Promise<{ id: string }> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    await checkEnkatRefs(tx, ctx.forbundId, input);
    const enkat = await tx.enkat.create({
      data: {
        forbundId: ctx.forbundId,
        namn: input.namn,
        beskrivning: input.beskrivning,
        respondentgrupp: input.respondentgrupp,
        createdById: ctx.userId,
      },
      select: { id: true },
    });
    await tx.enkatInsats.createMany({ data: [...new Set(input.insatsIds)].map((insatsId) => ({ forbundId: ctx.forbundId, enkatId: enkat.id, insatsId })) });
    const version = await tx.enkatVersion.create({ data: { forbundId: ctx.forbundId, enkatId: enkat.id, nummer: 1 }, select: { id: true } });
    await tx.enkatFraga.createMany({ data: fragaData(ctx.forbundId, version.id, input.fragor) });
    await recordAudit(tx, {
      forbundId: ctx.forbundId,
      userId: ctx.userId,
      action: "enkat.create",
      entity: "Enkat",
      entityId: enkat.id,
      details: { namn: input.namn, fragor: input.fragor.length },
    });
    return enkat;
  });
}
