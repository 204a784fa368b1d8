import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { MalDefinition } from "@/lib/domain/goals/definition";
import { ValidationError } from "@/lib/errors";

/** A condition may only name the förbund's own measured variables. */
export async function assertDefinitionFits(tx: Tx, ctx: TenantContext, definition: MalDefinition): Promise<void> {
  if (definition.typ === "KVALITATIV") return;
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
