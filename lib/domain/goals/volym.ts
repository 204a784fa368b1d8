import { antalStatus, kalenderar, perAr } from "./antal";
import type { AndelDefinition, AntalDefinition } from "./definition";
import { tomt, type MalResultat } from "./resultat";
import type { EvalData, Fonster } from "./rows";
import { wilson } from "./wilson";
import { andelMal, andelStatus } from "./andel";

/**
 * Mätningsmetod VOLYM keeps only counts per period and kön (DESIGN.md §5), so
 * only what those counts can answer is evaluated:
 * - ANTAL over INSKRIVNA, per PERIOD or AR, with no condition or only KON;
 * - ANDEL over INSKRIVNA whose only conditions are KON (the share of women),
 *   because DESIGN.md §5 asks goals to work "where the data allow".
 * Everything else is EJ_MATBART with the reason, never a made-up figure.
 * A volym row counts in every window it overlaps, like an inskrivning does.
 */
/**
 * Why a target cannot be evaluated from VOLYM counts, or null when it can.
 * Used by the engine and to refuse such a target when it is saved.
 */
export function volymHinder(def: AndelDefinition | AntalDefinition): { falt: string; meddelande: string } | null {
  if (def.population !== "INSKRIVNA" || def.villkor.some((v) => v.typ !== "KON"))
    return { falt: def.population !== "INSKRIVNA" ? "definition.population" : "definition.villkor", meddelande: "Mätningsmetod VOLYM ger bara antal inskrivna deltagare per kön" };
  if (def.typ === "ANTAL" && def.per === "GRUPP") return { falt: "definition.per", meddelande: "Mätningsmetod VOLYM har inga grupper" };
  return null;
}

export function evaluateVolym(
  def: AndelDefinition | AntalDefinition,
  data: EvalData,
  f: Fonster,
  today: string,
  minUnderlag: number,
): MalResultat {
  const mal = def.typ === "ANDEL" ? andelMal(def) : { minAntal: def.minAntal };
  const ejMatbart = (forklaring: string): MalResultat => ({ ...tomt(def.typ, "EJ_MATBART", mal), forklaring, period: f });

  const hinder = volymHinder(def);
  if (hinder) return ejMatbart(hinder.meddelande);

  const konKrav = new Set(def.villkor.map((v) => (v.typ === "KON" ? v.kon : "")));
  const summa = (w: Fonster) => {
    let total = 0;
    let matchar = 0;
    for (const r of data.volym) {
      if ((w.till !== null && r.periodStart > w.till) || r.periodSlut < w.fran) continue;
      total += r.kvinnor + r.man;
      // Conditions all hold: both K and M required matches no one.
      const k = konKrav.has("M") ? 0 : r.kvinnor;
      const m = konKrav.has("K") ? 0 : r.man;
      matchar += k + m;
    }
    return { total, matchar };
  };

  const { total, matchar } = summa(f);
  if (def.typ === "ANDEL") {
    const varde = total > 0 ? matchar / total : null;
    return {
      typ: "ANDEL",
      status: andelStatus(varde, total, def.minUnderlag ?? minUnderlag, def, f, today),
      taljare: matchar,
      namnare: total,
      varde,
      ...(total > 0 ? { intervall: wilson(matchar, total) } : {}),
      mal,
      saknarData: 0,
      period: f,
    };
  }
  const bas = { taljare: matchar, namnare: total, saknarData: 0, period: f };
  if (def.per === "AR") {
    return perAr(def, bas, kalenderar(f, today).map((ar) => ({ ar, antal: summa(ar).matchar })), today);
  }
  return { typ: "ANTAL", per: "PERIOD", ...bas, status: antalStatus(matchar / def.minAntal, f, today), varde: matchar, mal };
}
