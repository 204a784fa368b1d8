import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { AvslutaInskrivningInput } from "@/lib/validation/inskrivning-handelser";
import { ValidationError } from "@/lib/errors";
import { fromIsoDate, todayIso, toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
import { mutateInskrivning } from "./mutate-inskrivning";
import { writeMatningar } from "./write-matningar";

/**
 * Ends a participation (or corrects an avslut already recorded): the date may
 * be neither before the start nor in the future; the avslut measurements are
 * stored with the avslut date.
 */
export async function avslutaInskrivning(ctx: TenantContext, insatsId: string, inskrivningId: string, input: AvslutaInskrivningInput, today = todayIso()) {
  return mutateInskrivning(ctx, { insatsId, inskrivningId, version: input.version }, "deltagare:write", async (tx, current) => {
    const start = toIsoDate(current.startdatum);
    if (input.avslutsdatum < start)
      throw new ValidationError("Kontrollera de markerade fälten.", { avslutsdatum: [`Avslutsdatum kan inte vara före startdatum (${start})`] });
    if (input.avslutsdatum > today) throw new ValidationError("Kontrollera de markerade fälten.", { avslutsdatum: ["Avslutsdatum kan inte vara i framtiden"] });
    const felregistrering = input.avslutsorsak === "FELREGISTRERING";
    await tx.inskrivning.update({
      where: { forbundId_id: { forbundId: ctx.forbundId, id: current.id } },
      data: {
        avslutsdatum: fromIsoDate(input.avslutsdatum),
        avslutsorsak: input.avslutsorsak,
        forsorjningAvslut: felregistrering ? [] : input.forsorjningAvslut,
        sysselsattningAvslut: felregistrering ? [] : input.sysselsattningAvslut,
      },
    });
    const varden = input.varden
      ? await writeMatningar(tx, ctx, current.id, { tidpunkt: "AVSLUT", datum: input.avslutsdatum, kalla: "VAGLEDARE", varden: input.varden })
      : {};
    const tidigare = toIsoDateOrNull(current.avslutsdatum);
    return {
      action: tidigare ? "inskrivning.avslut.andra" : "inskrivning.avslut",
      details: {
        avslutsdatum: input.avslutsdatum,
        avslutsorsak: input.avslutsorsak,
        forsorjningAvslut: input.forsorjningAvslut,
        sysselsattningAvslut: input.sysselsattningAvslut,
        varden,
        ...(tidigare ? { tidigare: { avslutsdatum: tidigare, avslutsorsak: current.avslutsorsak } } : {}),
      },
    };
  });
}
