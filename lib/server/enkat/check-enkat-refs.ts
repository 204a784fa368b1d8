import "server-only";
import type { Tx } from "@/lib/db";
import type { EnkatInput } from "@/lib/validation/enkat";
import { ValidationError } from "@/lib/errors";

/**
 * The insatser and matvariabler an enkät names must be this förbund's, and a
 * question that becomes a Matning must fit its variable: a ja/nej question a
 * ja/nej variable, a scale question a scale variable with the same range — or
 * the self-reported value could not be counted beside the vägledare's.
 */
export async function checkEnkatRefs(tx: Tx, forbundId: string, input: EnkatInput): Promise<void> {
  const fel: Record<string, string[]> = {};
  if (input.insatsIds.length) {
    const found = await tx.insats.count({ where: { forbundId, id: { in: input.insatsIds } } });
    if (found !== new Set(input.insatsIds).size) fel.insatsIds = ["En vald insats finns inte"];
  }
  const mvIds = [...new Set(input.fragor.map((f) => f.matvariabelId).filter((v): v is string => !!v))];
  const mvs = mvIds.length ? await tx.matvariabel.findMany({ where: { forbundId, id: { in: mvIds } } }) : [];
  input.fragor.forEach((f, i) => {
    if (!f.matvariabelId) return;
    const mv = mvs.find((m) => m.id === f.matvariabelId);
    const path = `fragor.${i}.matvariabelId`;
    if (!mv) fel[path] = ["Mätvariabeln finns inte"];
    else if (mv.typ === "JANEJ" && f.typ !== "JA_NEJ") fel[path] = [`${mv.namn} är en ja/nej-variabel: frågan måste vara ja/nej`];
    else if (mv.typ === "SKALA" && f.typ !== "SKALA") fel[path] = [`${mv.namn} är en skala: frågan måste vara en skala`];
    else if (mv.typ === "SKALA" && mv.min != null && mv.max != null && (f.skalaMin !== mv.min || f.skalaMax !== mv.max)) {
      fel[path] = [`${mv.namn} går från ${mv.min} till ${mv.max}: frågans skala måste vara densamma`];
    }
  });
  if (Object.keys(fel).length) throw new ValidationError("Kontrollera de markerade fälten.", fel);
}
