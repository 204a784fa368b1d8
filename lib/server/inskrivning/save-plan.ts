import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { SavePlanInput } from "@/lib/validation/inskrivning-handelser";
import { ValidationError } from "@/lib/errors";
import { fromIsoDate, fromIsoDateOrNull, todayIso, toIsoDate, toIsoDateOrNull } from "@/lib/server/dates";
import { mutateInskrivning } from "./mutate-inskrivning";

const invalid = (fieldErrors: Record<string, string[]>) => new ValidationError("Kontrollera de markerade fälten.", fieldErrors);

/**
 * The genomförandeplan as a whole: created the first time, then its goals are
 * updated in place (by id), added, or removed when left out. A plan's
 * existence is what "varje deltagare får en individuell genomförandeplan" counts.
 */
export async function savePlan(ctx: TenantContext, insatsId: string, inskrivningId: string, input: SavePlanInput, today = todayIso()) {
  return mutateInskrivning(ctx, { insatsId, inskrivningId, version: input.version }, "deltagare:write", async (tx, current) => {
    const start = toIsoDate(current.startdatum);
    if (input.upprattadDatum < start) throw invalid({ upprattadDatum: [`Planen kan inte vara upprättad före startdatum (${start})`] });
    if (input.upprattadDatum > today) throw invalid({ upprattadDatum: ["Datumet kan inte vara i framtiden"] });
    const avslut = toIsoDateOrNull(current.avslutsdatum);
    // A plan entered afterwards still carries the date it was drawn up, within the participation.
    if (avslut && input.upprattadDatum > avslut) throw invalid({ upprattadDatum: [`Planen kan inte vara upprättad efter avslutsdatum (${avslut})`] });

    const plan =
      (await tx.plan.findFirst({ where: { forbundId: ctx.forbundId, inskrivningId: current.id }, include: { mal: { select: { id: true } } } })) ??
      (await tx.plan.create({ data: { forbundId: ctx.forbundId, inskrivningId: current.id, upprattadDatum: fromIsoDate(input.upprattadDatum) }, include: { mal: { select: { id: true } } } }));
    await tx.plan.update({ where: { forbundId_id: { forbundId: ctx.forbundId, id: plan.id } }, data: { upprattadDatum: fromIsoDate(input.upprattadDatum) } });

    const known = new Set(plan.mal.map((m) => m.id));
    const unknown = input.mal.flatMap((m, i) => (m.id && !known.has(m.id) ? [i] : []));
    if (unknown.length > 0) throw invalid(Object.fromEntries(unknown.map((i) => [`mal.${i}.beskrivning`, ["Målet finns inte längre i planen – ladda om sidan"]])));

    const kept = new Set(input.mal.flatMap((m) => (m.id ? [m.id] : [])));
    const removed = [...known].filter((id) => !kept.has(id));
    if (removed.length > 0) await tx.planMal.deleteMany({ where: { forbundId: ctx.forbundId, planId: plan.id, id: { in: removed } } });
    for (const m of input.mal) {
      const data = { beskrivning: m.beskrivning, maldatum: fromIsoDateOrNull(m.maldatum), status: m.status };
      if (m.id) await tx.planMal.update({ where: { forbundId_id: { forbundId: ctx.forbundId, id: m.id } }, data });
      else await tx.planMal.create({ data: { ...data, forbundId: ctx.forbundId, planId: plan.id } });
    }
    return {
      action: known.size === 0 && plan.mal.length === 0 ? "inskrivning.plan" : "inskrivning.plan.andra",
      details: { upprattadDatum: input.upprattadDatum, antalMal: input.mal.length, borttagna: removed.length, status: input.mal.map((m) => m.status) },
    };
  });
}
