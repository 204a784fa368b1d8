import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { EnkatInput } from "@/lib/validation/enkat";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { fragorAndrade } from "@/lib/domain/enkat/fragor-andrade";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { checkEnkatRefs } from "./check-enkat-refs";
import { fragaData } from "./fraga-data";

export type UpdateEnkatResult = { id: string; versionNummer: number; nyVersion: boolean };

/**
 * Saves an enkät. The version lock rule (docs/decisions/005-enkater.md): the
 * questions of a version without answers are replaced; a version with answers
 * is never changed — a changed wording becomes version nummer + 1, so results
 * are never mixed across wordings. The current version's row is locked first,
 * so an answer arriving at the same moment either comes before (and this save
 * makes a new version) or after (and answers the saved wording).
 */
export async function updateEnkat(ctx: TenantContext, enkatId: string, input: EnkatInput): Promise<UpdateEnkatResult> {
  return withTenantTx(ctx.forbundId, async (tx) => {
    const enkat = await tx.enkat.findFirst({
      where: { forbundId: ctx.forbundId, id: enkatId },
      include: { versioner: { orderBy: { nummer: "desc" }, take: 1 } },
    });
    const current = enkat?.versioner[0];
    if (!enkat || !current) throw new NotFoundError("Enkäten");
    await tx.$queryRaw`SELECT id FROM "EnkatVersion" WHERE "forbundId" = ${ctx.forbundId} AND id = ${current.id} FOR UPDATE`;
    const version = await tx.enkatVersion.findFirstOrThrow({
      where: { forbundId: ctx.forbundId, id: current.id },
      include: { fragor: { orderBy: { ordning: "asc" } } },
    });
    await checkEnkatRefs(tx, ctx.forbundId, input);
    const harSvar = await tx.enkatSvar.count({ where: { forbundId: ctx.forbundId, enkatId } });
    if (harSvar > 0 && input.respondentgrupp !== enkat.respondentgrupp) {
      throw new ConflictError("Enkäten har svar: vilka som svarar kan inte ändras. Skapa en ny enkät.", {
        respondentgrupp: ["Kan inte ändras när enkäten har svar"],
      });
    }
    await tx.enkat.update({
      where: { forbundId_id: { forbundId: ctx.forbundId, id: enkatId } },
      data: { namn: input.namn, beskrivning: input.beskrivning, respondentgrupp: input.respondentgrupp },
    });
    await tx.enkatInsats.deleteMany({ where: { forbundId: ctx.forbundId, enkatId } });
    await tx.enkatInsats.createMany({ data: [...new Set(input.insatsIds)].map((insatsId) => ({ forbundId: ctx.forbundId, enkatId, insatsId })) });

    const nyaFragor = fragaData(ctx.forbundId, version.id, input.fragor);
    let versionId = version.id;
    let nummer = version.nummer;
    let nyVersion = false;
    if (!version.last) {
      await tx.enkatFraga.deleteMany({ where: { forbundId: ctx.forbundId, versionId: version.id } });
      await tx.enkatFraga.createMany({ data: nyaFragor });
    } else if (fragorAndrade(version.fragor, nyaFragor)) {
      const ny = await tx.enkatVersion.create({ data: { forbundId: ctx.forbundId, enkatId, nummer: version.nummer + 1 }, select: { id: true, nummer: true } });
      await tx.enkatFraga.createMany({ data: nyaFragor.map((f) => ({ ...f, versionId: ny.id })) });
      versionId = ny.id;
      nummer = ny.nummer;
      nyVersion = true;
    }
    await recordAudit(tx, {
      forbundId: ctx.forbundId,
      userId: ctx.userId,
      action: "enkat.update",
      entity: "Enkat",
      entityId: enkatId,
      details: { versionId, versionNummer: nummer, nyVersion },
    });
    return { id: enkatId, versionNummer: nummer, nyVersion };
  });
}
