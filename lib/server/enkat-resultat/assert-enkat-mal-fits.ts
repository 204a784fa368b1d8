import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { EnkatDefinition } from "@/lib/domain/goals/definition";
import { ValidationError } from "@/lib/errors";

const fel = (falt: string, meddelande: string) => new ValidationError("Kontrollera de markerade fälten.", { [`definition.${falt}`]: [meddelande] });

/**
 * An enkät target may only name a question of one of the förbund's enkäter
 * that applies to this insats (or to the whole förbund), and only answers that
 * question can have: ja/nej, one of its options, or a value on its scale.
 */
export async function assertEnkatMalFits(tx: Tx, ctx: TenantContext, insatsId: string, def: EnkatDefinition): Promise<void> {
  const fraga = await tx.enkatFraga.findFirst({
    where: { forbundId: ctx.forbundId, id: def.fragaId, version: { enkatId: def.enkatId } },
    select: { typ: true, alternativ: true, skalaMin: true, skalaMax: true, version: { select: { enkat: { select: { insatser: { select: { insatsId: true } } } } } } },
  });
  if (!fraga) throw fel("fragaId", "Frågan finns inte i den valda enkäten");
  const insatser = fraga.version.enkat.insatser.map((i) => i.insatsId);
  if (insatser.length > 0 && !insatser.includes(insatsId)) throw fel("enkatId", "Enkäten gäller inte den här insatsen");
  if (fraga.typ === "FRITEXT") throw fel("fragaId", "Ett mål kan inte gälla en fritextfråga");
  if (fraga.typ === "SKALA") {
    if (def.minVarde === undefined) throw fel("minVarde", "Ange det lägsta värde på skalan som räknas");
    if ((fraga.skalaMin !== null && def.minVarde < fraga.skalaMin) || (fraga.skalaMax !== null && def.minVarde > fraga.skalaMax))
      throw fel("minVarde", `Värdet måste ligga på skalan ${fraga.skalaMin ?? ""}–${fraga.skalaMax ?? ""}`);
    return;
  }
  const tillatna = fraga.typ === "JA_NEJ" ? ["JA", "NEJ"] : fraga.alternativ;
  if (def.varden === undefined) throw fel("varden", "Välj vilka svar som räknas");
  const okand = def.varden.find((v) => !tillatna.some((t) => t.toUpperCase() === v.toUpperCase()));
  if (okand !== undefined) throw fel("varden", `Frågan har inget svar ”${okand}”`);
}
