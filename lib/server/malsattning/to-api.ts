import type { MalsattningMedResultat } from "./list-malsattningar-med-resultat";

/** The API shape of a target with its result (documented in /api/openapi.json). */
export function malsattningToApi(m: MalsattningMedResultat) {
  const r = m.resultat;
  return {
    id: m.id,
    sentence: m.mening,
    text: m.text,
    kind: m.typ,
    category: m.kategori,
    status: r.status,
    numerator: r.taljare,
    denominator: r.namnare,
    value: r.varde,
    low: r.intervall?.low ?? null,
    high: r.intervall?.high ?? null,
    interval: r.intervall ? { low: r.intervall.low, high: r.intervall.high } : null,
    target: r.mal,
    missingData: r.saknarData,
    breakdown: r.perUndergrupp ?? null,
    explanation: r.forklaring ?? null,
    qualitativeStatus: m.kvalitativStatus,
    definition: m.definition,
  };
}
