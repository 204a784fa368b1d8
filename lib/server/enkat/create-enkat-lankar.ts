import "server-only";
import { randomUUID } from "node:crypto";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { CreateEnkatLankarInput } from "@/lib/validation/enkat";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { generateEnkatToken } from "./token";

const DAY_MS = 24 * 60 * 60 * 1000;

export type SkapadeLankar = { batchId: string; expiresAt: Date; insatsId: string | null; tokens: string[] };

/**
 * Creates `antal` single-use links and returns their tokens — the only time
 * they exist outside the respondents' hands: only hashes are stored.
 * Processledare may create links for any insats; a vägledare only for an
 * insats they are assigned to (so never for an enkät at förbund level
 * without naming such an insats). A link tied to an inskrivning counts under
 * that inskrivning's insats.
 */
export async function createEnkatLankar(ctx: TenantContext, enkatId: string, input: CreateEnkatLankarInput, now = new Date()): Promise<SkapadeLankar> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const enkat = await tx.enkat.findFirst({ where: { forbundId: ctx.forbundId, id: enkatId }, include: { insatser: { select: { insatsId: true } } } });
    if (!enkat) throw new NotFoundError("Enkäten");
    const enkatInsatser = enkat.insatser.map((i) => i.insatsId);

    let insatsId = input.insatsId ?? null;
    let tidpunkt = input.tidpunkt ?? null;
    if (input.inskrivningId) {
      const inskrivning = await tx.inskrivning.findFirst({ where: { forbundId: ctx.forbundId, id: input.inskrivningId }, select: { insatsId: true } });
      if (!inskrivning || (ctx.roll === "VAGLEDARE" && !ctx.insatsIds.includes(inskrivning.insatsId))) throw new NotFoundError("Inskrivningen");
      if (insatsId && insatsId !== inskrivning.insatsId) throw new ValidationError("Kontrollera de markerade fälten.", { insatsId: ["Inskrivningen hör till en annan insats"] });
      insatsId = inskrivning.insatsId;
      tidpunkt ??= enkat.respondentgrupp === "DELTAGARE_AVSLUT" ? "AVSLUT" : "START";
    } else {
      tidpunkt = null;
      if (!insatsId && enkatInsatser.length === 1) insatsId = enkatInsatser[0]!;
      // An enkät for named insatser counts every answer under one of them.
      if (!insatsId && enkatInsatser.length > 1) throw new ValidationError("Kontrollera de markerade fälten.", { insatsId: ["Välj vilken insats svaren räknas under"] });
    }
    if (insatsId) {
      const finns = await tx.insats.count({ where: { forbundId: ctx.forbundId, id: insatsId } });
      if (!finns) throw new ValidationError("Kontrollera de markerade fälten.", { insatsId: ["Insatsen finns inte"] });
      if (enkatInsatser.length && !enkatInsatser.includes(insatsId)) {
        throw new ValidationError("Kontrollera de markerade fälten.", { [input.inskrivningId ? "inskrivningId" : "insatsId"]: ["Enkäten gäller inte den insatsen"] });
      }
    }
    if (ctx.roll === "VAGLEDARE" && (!insatsId || !ctx.insatsIds.includes(insatsId))) {
      throw new ForbiddenError("Du kan bara skapa länkar för insatser du arbetar i");
    }
    if (ctx.roll !== "VAGLEDARE" && ctx.roll !== "PROCESSLEDARE") throw new ForbiddenError();
    if (enkat.status !== "AKTIV") throw new ConflictError("Aktivera enkäten innan du skapar länkar.");

    const batchId = randomUUID();
    const expiresAt = new Date(now.getTime() + input.giltigDagar * DAY_MS);
    const generated = Array.from({ length: input.antal }, () => generateEnkatToken());
    await tx.enkatLank.createMany({
      data: generated.map((g) => ({
        forbundId: ctx.forbundId,
        enkatId,
        insatsId,
        inskrivningId: input.inskrivningId ?? null,
        tidpunkt,
        tokenHash: g.tokenHash,
        batchId,
        expiresAt,
        createdById: ctx.userId,
      })),
    });
    await recordAudit(tx, {
      forbundId: ctx.forbundId,
      userId: ctx.userId,
      action: "enkat.lankar.create",
      entity: "Enkat",
      entityId: enkatId,
      details: { batchId, antal: input.antal, insatsId, inskrivningId: input.inskrivningId ?? null, tidpunkt, giltigDagar: input.giltigDagar },
    });
    return { batchId, expiresAt, insatsId, tokens: generated.map((g) => g.token) };
  });
}
