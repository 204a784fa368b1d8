/**
 * The targets of the seed documents, taken from lib/domain/goals/seed-targets.ts (the
 * one list the goal engine's tests and the API documentation also use) and validated
 * with the same schema the forms and the engine use, so a broken definition fails
 * the seed loudly instead of showing up as "ej mätbart" in the demo.
 */
import type { Prisma } from "../../../generated/prisma/client";
import { malDefinitionSchema, malTyp } from "../../../lib/domain/goals/definition";
import { seedTargets } from "../../../lib/domain/goals/seed-targets";
import { toDate } from "./datum";
import { DEMO_IMPORT_ID } from "./deltagare";
import type { InsatsSpec } from "./typer";

export type MalRader = { malsattningar: Prisma.MalsattningCreateManyInput[]; statusar: Prisma.MalsattningStatusCreateManyInput[] };

/** Every seed target must belong to a demo insats, and every demo insats must have a target. */
export function kontrolleraMalInsatser(specs: readonly InsatsSpec[]): void {
  const namn = new Set(specs.map((s) => s.namn));
  const okanda = seedTargets.filter((t) => !namn.has(t.insats)).map((t) => t.insats);
  if (okanda.length > 0) throw new Error(`Seed targets name unknown insatser: ${[...new Set(okanda)].join(", ")}`);
  const utan = specs.filter((s) => !seedTargets.some((t) => t.insats === s.namn)).map((s) => s.namn);
  if (utan.length > 0) throw new Error(`Demo insatser without seed targets: ${utan.join(", ")}`);
}

export function malsattningRader(forbundId: string, insatsId: string, spec: InsatsSpec, ids: { mal: () => string; status: () => string }): MalRader {
  const rader: MalRader = { malsattningar: [], statusar: [] };
  const targets = seedTargets.filter((t) => t.insats === spec.namn);
  let kvalitativa = 0;
  targets.forEach((t, sortering) => {
    const parsed = malDefinitionSchema.safeParse(t.definition);
    if (!parsed.success) {
      throw new Error(`Invalid definition for "${t.text}" (${spec.namn}): ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    }
    const id = ids.mal();
    const historik = parsed.data.typ === "KVALITATIV" ? spec.kvalitativ?.[kvalitativa++] : undefined;
    if (parsed.data.typ === "KVALITATIV" && !historik?.length) throw new Error(`No status for the qualitative target "${t.text}"`);
    rader.malsattningar.push({
      forbundId,
      id,
      insatsId,
      typ: malTyp(parsed.data),
      kategori: t.kategori,
      text: t.text,
      definition: parsed.data as Prisma.InputJsonValue,
      sortering,
      kvalitativStatus: historik?.[historik.length - 1]?.status ?? null,
    });
    // MalsattningStatus.userId is a plain column: seeded history names its source, like Samtycke.
    for (const h of historik ?? []) {
      rader.statusar.push({ forbundId, id: ids.status(), malsattningId: id, status: h.status, kommentar: h.kommentar, datum: toDate(h.datum), userId: DEMO_IMPORT_ID });
    }
  });
  if (spec.kvalitativ && kvalitativa !== spec.kvalitativ.length) {
    throw new Error(`${spec.namn}: ${spec.kvalitativ.length} status histories for ${kvalitativa} qualitative targets`);
  }
  return rader;
}
