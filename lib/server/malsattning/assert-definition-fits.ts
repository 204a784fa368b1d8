import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { MalDefinition } from "@/lib/domain/goals/definition";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { volymHinder } from "@/lib/domain/goals/volym";
import { assertEnkatMalFits } from "@/lib/server/enkat-resultat/assert-enkat-mal-fits";

/**
 * A condition may only name the förbund's own measured variables, and under
 * mätningsmetod VOLYM only what counts per kön can answer may be saved.
 */
export async function assertDefinitionFits(tx: Tx, ctx: TenantContext, insatsId: string, definition: MalDefinition): Promise<void> {
  if (definition.typ === "KVALITATIV") return;
  if (definition.typ === "ENKAT") {
    const finns = await tx.insats.findFirst({ where: { id: insatsId, forbundId: ctx.forbundId }, select: { id: true } });
    if (!finns) throw new NotFoundError("Insatsen");
    return assertEnkatMalFits(tx, ctx, insatsId, definition);
  }
  const insats = await tx.insats.findFirst({ where: { id: insatsId, forbundId: ctx.forbundId }, select: { matningsmetod: true } });
  if (!insats) throw new NotFoundError("Insatsen");
  const hinder = insats.matningsmetod === "VOLYM" ? volymHinder(definition) : null;
  if (hinder) {
    const meddelande = `${hinder.meddelande}: målet kan inte följas upp för den här insatsen.`;
    throw new ValidationError("Kontrollera de markerade fälten.", { [hinder.falt]: [meddelande] });
  }
  const koder = await tx.matvariabel.findMany({ where: { forbundId: ctx.forbundId }, select: { kod: true } });
  const known = new Set(koder.map((k) => k.kod));
  const fieldErrors: Record<string, string[]> = {};
  definition.villkor.forEach((v, i) => {
    if ((v.typ === "MATVARIABEL_OKAD" || v.typ === "MATVARIABEL_VARDE") && !known.has(v.variabel)) {
      fieldErrors[`definition.villkor.${i}.variabel`] = [`Förbundet har ingen mätvariabel med koden ${v.variabel}`];
    }
  });
  if (Object.keys(fieldErrors).length) throw new ValidationError("Kontrollera de markerade fälten.", fieldErrors);
}
