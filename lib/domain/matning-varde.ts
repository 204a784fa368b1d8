/** A measured variable as the range check needs it (lib/domain/matvariabler.ts). */
export type MatvariabelGranser = { kod: string; namn: string; typ: "SKALA" | "JANEJ"; min: number | null; max: number | null };

/**
 * Why a value cannot be stored for a variable, in Swedish, or null when it
 * can. Scales take whole steps (VAS 0–10, steg 1–7); ja/nej is 1 or 0.
 */
export function matningVardeFel(mv: MatvariabelGranser, varde: number): string | null {
  if (!Number.isFinite(varde)) return `Ange ett tal för ${mv.namn}`;
  if (mv.typ === "JANEJ") return varde === 0 || varde === 1 ? null : `Svara ja eller nej för ${mv.namn}`;
  const min = mv.min ?? Number.NEGATIVE_INFINITY;
  const max = mv.max ?? Number.POSITIVE_INFINITY;
  if (!Number.isInteger(varde) || varde < min || varde > max) {
    if (mv.min !== null && mv.max !== null) return `${mv.namn} ska vara ett heltal mellan ${mv.min} och ${mv.max}`;
    return `${mv.namn} ska vara ett heltal${mv.min !== null ? ` från ${mv.min}` : ""}${mv.max !== null ? ` till ${mv.max}` : ""}`;
  }
  return null;
}
