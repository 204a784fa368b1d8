import { arRadMal, malDefinitionSchema, type Villkor } from "@/lib/domain/goals/definition";
import { addDays, isMember, UPPFOLJNING_DAGAR, type EvalData, type Fonster } from "@/lib/domain/goals/rows";
import type { Varning } from "./types";

/**
 * Data-quality warnings of one insats for processledare: what its targets
 * need but the registrations lack, among those who ended in window f.
 * - a measurement a target reads at avslut (e.g. VAS) that is missing;
 * - a 90-day follow-up that is due (when a target uses follow-ups) but not recorded;
 * - an avslut without avslutsorsak;
 * - no targets at all.
 */
export function dataVarningar(data: EvalData, definitioner: readonly unknown[], f: Fonster, today: string): Varning[] {
  const varningar: Varning[] = [];
  if (definitioner.length === 0) varningar.push({ typ: "INGA_MAL", antal: 0 });
  if (data.matningsmetod === "VOLYM") return varningar;

  const parsed = definitioner.flatMap((d) => {
    const p = malDefinitionSchema.safeParse(d);
    return p.success && arRadMal(p.data) ? [p.data] : [];
  });
  const villkor: Villkor[] = parsed.flatMap((d) => d.villkor);
  const variablerVidAvslut = new Set<string>();
  for (const v of villkor) {
    if (v.typ === "MATVARIABEL_OKAD" && (v.fran === "AVSLUT" || v.till === "AVSLUT")) variablerVidAvslut.add(v.variabel);
    if (v.typ === "MATVARIABEL_VARDE" && v.tidpunkt === "AVSLUT") variablerVidAvslut.add(v.variabel);
  }
  const foljsUpp = parsed.some((d) => d.population === "AVSLUTADE_MED_UPPFOLJNING") || villkor.some((v) => v.typ === "UPPFOLJNING_STATUS");

  const avslutade = data.inskrivningar.filter((r) => isMember(r, "AVSLUTADE", f, f.till ?? today));
  for (const variabel of [...variablerVidAvslut].sort()) {
    const antal = avslutade.filter((r) => !r.matningar.some((m) => m.variabel === variabel && m.tidpunkt === "AVSLUT")).length;
    if (antal > 0) varningar.push({ typ: "AVSLUT_SAKNAR_MATNING", antal, variabel });
  }
  if (foljsUpp) {
    const senastAvslut = addDays(today, -UPPFOLJNING_DAGAR);
    const antal = avslutade.filter((r) => r.avslutsdatum! <= senastAvslut && r.uppfoljning === null).length;
    if (antal > 0) varningar.push({ typ: "UPPFOLJNING_FORSENAD", antal });
  }
  const utanOrsak = avslutade.filter((r) => r.avslutsorsak === null).length;
  if (utanOrsak > 0) varningar.push({ typ: "AVSLUT_SAKNAR_ORSAK", antal: utanOrsak });
  return varningar;
}
