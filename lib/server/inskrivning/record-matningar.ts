import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { RecordMatningarInput } from "@/lib/validation/inskrivning-handelser";
import { ValidationError } from "@/lib/errors";
import { todayIso, toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
import { mutateInskrivning } from "./mutate-inskrivning";
import { writeMatningar } from "./write-matningar";

const invalid = (field: string, message: string) => new ValidationError("Kontrollera de markerade fälten.", { [field]: [message] });

/** Measurements at start, avslut or the 90-day follow-up, checked against the förbund's Matvariabler. */
export async function recordMatningar(ctx: TenantContext, insatsId: string, inskrivningId: string, input: RecordMatningarInput, today = todayIso()) {
  return mutateInskrivning(ctx, { insatsId, inskrivningId, version: input.version }, "deltagare:write", async (tx, current) => {
    const start = toIsoDate(current.startdatum);
    const avslut = toIsoDateOrNull(current.avslutsdatum);
    if (input.datum > today) throw invalid("datum", "Mätdatum kan inte vara i framtiden");
    if (input.tidpunkt !== "START" && avslut === null) throw invalid("tidpunkt", "Registrera avslutet innan du registrerar mätningar vid avslut eller uppföljning");
    if (input.tidpunkt === "AVSLUT" && input.datum < start) throw invalid("datum", `Mätdatum kan inte vara före startdatum (${start})`);
    if (input.tidpunkt === "UPPFOLJNING_90" && avslut !== null && input.datum < avslut)
      throw invalid("datum", `Uppföljningens mätdatum kan inte vara före avslutsdatum (${avslut})`);
    const varden = await writeMatningar(tx, ctx, current.id, input);
    return { action: "inskrivning.matningar", details: { tidpunkt: input.tidpunkt, datum: input.datum, kalla: input.kalla, varden } };
  });
}
