import type { Locale } from "@/lib/domain/kodlistor";
import { andelMalfras, formatAntal, formatProcent } from "@/lib/domain/goals/format";
import type { Cell } from "@/lib/domain/suppression";
import type { StyrelseMal } from "./types";

const cellText = (c: Cell, min: number, l: Locale) => (typeof c === "number" ? formatAntal(c, l) : c.dold === "LITEN" ? `<${min}` : "–");

/**
 * A board target's result in one line, from the suppressed view model only:
 * "12 av 20 (60 %) — mål minst 7 av 10", "– av 10 — mål minst 7 av 10",
 * "<5 — mål minst 6". Used by the styrelse page and the PDF alike.
 */
export function formatStyrelseResultat(m: StyrelseMal, min: number, l: Locale): string {
  const sv = l === "sv";
  const mal = sv ? "mål" : "target";
  const minst = sv ? "minst" : "at least";
  if (m.typ === "KVALITATIV" || m.status === "MANUELL") return sv ? "Bedöms manuellt" : "Assessed manually";
  if (m.status === "EJ_MATBART") return m.forklaring ?? (sv ? "Kan inte mätas med insatsens data" : "Cannot be measured with this initiative's data");
  if (m.typ === "ANDEL") {
    const malText = `${mal} ${andelMalfras(m.mal, l)}`;
    if (m.namnare === 0) return `${sv ? "Inget underlag" : "No data"} — ${malText}`;
    const andel = m.varde !== null ? ` (${formatProcent(m.varde, l, 0)})` : "";
    return `${cellText(m.taljare, min, l)} ${sv ? "av" : "of"} ${cellText(m.namnare, min, l)}${andel} — ${malText}`;
  }
  const minAntal = formatAntal(m.mal.minAntal ?? 0, l);
  if (m.per === "AR") {
    const ar = m.perUndergrupp.filter((u) => !u.ejPaborjad).map((u) => `${u.namn}: ${cellText(u.antal, min, l)}`);
    return `${ar.length > 0 ? ar.join(", ") : "–"} — ${mal} ${minst} ${minAntal} ${sv ? "per kalenderår" : "per calendar year"}`;
  }
  if (m.per === "GRUPP") {
    const grupper = m.perUndergrupp.map((u) => `${u.namn}: ${cellText(u.antal, min, l)}`);
    return `${grupper.length > 0 ? grupper.join(", ") : "–"} — ${mal} ${minst} ${minAntal} ${sv ? "per grupp" : "per group"}${m.mal.minGrupper !== undefined ? ` (${minst} ${m.mal.minGrupper} ${sv ? "grupper" : "groups"})` : ""}`;
  }
  return `${cellText(m.taljare, min, l)} — ${mal} ${minst} ${minAntal}`;
}
