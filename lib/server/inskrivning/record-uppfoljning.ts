import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { RecordUppfoljningInput } from "@/lib/validation/inskrivning-handelser";
import { ValidationError } from "@/lib/errors";
import { fromIsoDate, todayIso, toIsoDateOrNull } from "@/lib/server/dates";
import { mutateInskrivning } from "./mutate-inskrivning";

const invalid = (field: string, message: string) => new ValidationError("Kontrollera de markerade fälten.", { [field]: [message] });

/**
 * The status found at the 90-day follow-up, recorded or corrected. "Ej nådd"
 * is stored as a status like any other: a follow-up was made, it is not missing.
 */
export async function recordUppfoljning(ctx: TenantContext, insatsId: string, inskrivningId: string, input: RecordUppfoljningInput, today = todayIso()) {
  return mutateInskrivning(ctx, { insatsId, inskrivningId, version: input.version }, "deltagare:write", async (tx, current) => {
    const avslut = toIsoDateOrNull(current.avslutsdatum);
    if (avslut === null) throw invalid("datum", "Uppföljningen kan registreras först när inskrivningen är avslutad");
    if (input.datum < avslut) throw invalid("datum", `Uppföljningsdatum kan inte vara före avslutsdatum (${avslut})`);
    if (input.datum > today) throw invalid("datum", "Uppföljningsdatum kan inte vara i framtiden");
    const data = {
      datum: fromIsoDate(input.datum),
      status: input.status,
      forsorjning: input.status === "EJ_NADD" ? [] : input.forsorjning,
      sysselsattning: input.status === "EJ_NADD" ? [] : input.sysselsattning,
      kommentar: input.kommentar,
    };
    const existing = await tx.uppfoljning.findFirst({ where: { forbundId: ctx.forbundId, inskrivningId: current.id }, select: { id: true } });
    if (existing) await tx.uppfoljning.update({ where: { forbundId_id: { forbundId: ctx.forbundId, id: existing.id } }, data });
    else await tx.uppfoljning.create({ data: { ...data, forbundId: ctx.forbundId, inskrivningId: current.id } });
    return {
      action: existing ? "inskrivning.uppfoljning.andra" : "inskrivning.uppfoljning",
      details: { datum: input.datum, status: input.status, forsorjning: data.forsorjning, sysselsattning: data.sysselsattning },
    };
  });
}
