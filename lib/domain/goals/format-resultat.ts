import type { Locale } from "@/lib/domain/kodlistor";
import { andelMalfras, formatAntal, formatProcent } from "./format";
import type { MalResultat } from "./resultat";

/**
 * The result in one line: "5 av 7 (71 %) — mål minst 7 av 10" (ANDEL),
 * "312 — mål minst 400" (ANTAL), "2020: 34, 2021: 12 — mål minst 30 per kalenderår".
 */
export function formatResultat(r: MalResultat, locale: Locale): string {
  const sv = locale === "sv";
  const mal = sv ? "mål" : "target";
  const minst = sv ? "minst" : "at least";
  const n = (x: number) => formatAntal(x, locale);

  if (r.status === "MANUELL") return sv ? "Bedöms manuellt" : "Assessed manually";
  if (r.status === "EJ_MATBART") {
    return sv ? (r.forklaring ?? "Kan inte mätas med insatsens data") : "Cannot be measured with this initiative's data";
  }

  if (r.typ === "ANDEL") {
    const malText = `${mal} ${andelMalfras(r.mal, locale)}`;
    if (r.namnare === 0 || r.varde === null) return `${sv ? "Inget underlag" : "No data"} — ${malText}`;
    return `${n(r.taljare)} ${sv ? "av" : "of"} ${n(r.namnare)} (${formatProcent(r.varde, locale, 0)}) — ${malText}`;
  }

  const minAntal = n(r.mal.minAntal ?? 0);
  if (r.per === "AR") {
    const ar = (r.perUndergrupp ?? []).filter((u) => !u.ejPaborjad).map((u) => `${u.namn}: ${n(u.antal)}`);
    return `${ar.length > 0 ? ar.join(", ") : "–"} — ${mal} ${minst} ${minAntal} ${sv ? "per kalenderår" : "per calendar year"}`;
  }
  if (r.per === "GRUPP") {
    const nadda = r.varde ?? 0;
    const deltagare = sv ? "deltagare" : "participants";
    const med = sv ? "med" : "with";
    if (r.mal.minGrupper !== undefined) {
      const grupp = sv ? (nadda === 1 ? "grupp" : "grupper") : nadda === 1 ? "group" : "groups";
      return `${n(nadda)} ${grupp} ${med} ${minst} ${minAntal} ${deltagare} — ${mal} ${minst} ${n(r.mal.minGrupper)}`;
    }
    const alla = r.perUndergrupp?.length ?? 0;
    return sv
      ? `${n(nadda)} av ${n(alla)} grupper ${med} ${minst} ${minAntal} ${deltagare} — ${mal} alla grupper`
      : `${n(nadda)} of ${n(alla)} groups ${med} ${minst} ${minAntal} ${deltagare} — ${mal} all groups`;
  }
  return `${n(r.taljare)} — ${mal} ${minst} ${minAntal}`;
}
