import "server-only";
import type { Tx } from "@/lib/db";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { matningVardeFel } from "@/lib/domain/matning-varde";
import { ValidationError } from "@/lib/errors";
import { fromIsoDate } from "@/lib/server/dates";

type Tidpunkt = "START" | "AVSLUT" | "UPPFOLJNING_90";

/**
 * Writes the values of one time point: each named variable's earlier value at
 * that time point is replaced (null removes it). Every value is checked against
 * the förbund's own Matvariabel first; one bad value saves nothing.
 * Returns what changed, for the audit row (values only, no identity).
 */
export async function writeMatningar(
  tx: Tx,
  ctx: TenantContext,
  inskrivningId: string,
  m: { tidpunkt: Tidpunkt; datum: string; kalla: "VAGLEDARE" | "SJALVRAPPORTERAD"; varden: Record<string, number | null> },
): Promise<Record<string, number | null>> {
  const koder = Object.keys(m.varden);
  if (koder.length === 0) return {};
  const variabler = await tx.matvariabel.findMany({ where: { forbundId: ctx.forbundId, kod: { in: koder }, aktiv: true } });
  const byKod = new Map(variabler.map((v) => [v.kod, v]));
  const fel: Record<string, string[]> = {};
  for (const [kod, varde] of Object.entries(m.varden)) {
    const mv = byKod.get(kod);
    if (!mv) fel[`varden.${kod}`] = ["Okänd mätvariabel i förbundet"];
    else if (varde !== null) {
      const message = matningVardeFel(mv, varde);
      if (message) fel[`varden.${kod}`] = [message];
    }
  }
  if (Object.keys(fel).length > 0) throw new ValidationError("Kontrollera de markerade fälten.", fel);

  for (const [kod, varde] of Object.entries(m.varden)) {
    const mv = byKod.get(kod)!;
    await tx.matning.deleteMany({ where: { forbundId: ctx.forbundId, inskrivningId, matvariabelId: mv.id, tidpunkt: m.tidpunkt } });
    if (varde !== null) {
      await tx.matning.create({
        data: { forbundId: ctx.forbundId, inskrivningId, matvariabelId: mv.id, tidpunkt: m.tidpunkt, datum: fromIsoDate(m.datum), varde, kalla: m.kalla },
      });
    }
  }
  return m.varden;
}
