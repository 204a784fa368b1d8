import { suppressAndel, suppressAndelsunderlag, suppressCount, suppressTable, visad, type Cell, type Linje } from "@/lib/domain/suppression";
import { arJamstalld } from "./deltagare-antal";
import type { DeltagareAntal, ForbundOversikt, OversiktMal, StyrelseMal, StyrelseOversikt } from "./types";

// K aktiva, K avslutade, K totalt, M …, totalt … — rows by kön and the column of
// all, columns aktiva/avslutade and their total: every line adds up.
export const KON_STATUS_TABELL: Linje[] = [
  { delar: [0, 1], total: 2 },
  { delar: [3, 4], total: 5 },
  { delar: [6, 7], total: 8 },
  { delar: [0, 3], total: 6 },
  { delar: [1, 4], total: 7 },
  { delar: [2, 5], total: 8 },
];

export function suppressDeltagare(d: DeltagareAntal<number>, min: number): DeltagareAntal<Cell> {
  if (d.kalla === "VOLYM") {
    const [k, m, t] = suppressTable([d.K.totalt, d.M.totalt, d.totalt.totalt], [{ delar: [0, 1], total: 2 }], min) as [Cell, Cell, Cell];
    const rad = (totalt: Cell) => ({ aktiva: null, avslutade: null, totalt });
    return andelar({ kalla: "VOLYM", K: rad(k), M: rad(m), totalt: rad(t) });
  }
  const v = [d.K, d.M, d.totalt].flatMap((r) => [r.aktiva ?? 0, r.avslutade ?? 0, r.totalt]);
  const c = suppressTable(v, KON_STATUS_TABELL, min);
  const rad = (i: number) => ({ aktiva: c[i]!, avslutade: c[i + 1]!, totalt: c[i + 2]! });
  return andelar({ kalla: "INSKRIVNINGAR", K: rad(0), M: rad(3), totalt: rad(6) });
}

function andelar(d: Pick<DeltagareAntal<Cell>, "kalla" | "K" | "M" | "totalt">): DeltagareAntal<Cell> {
  const andelKvinnor = suppressAndel(d.K.totalt, d.totalt.totalt);
  return { ...d, andelKvinnor, andelMan: suppressAndel(d.M.totalt, d.totalt.totalt), jamstalld: arJamstalld(andelKvinnor) };
}

/**
 * A target's result for the board. The engine's figures, with every count of
 * fewer than `min` people hidden — and the numerator also hidden when the
 * people who did not reach the target are few (n − k reveals k). The Wilson
 * interval goes with the share: from it and n the numerator follows.
 */
export function suppressMal(m: OversiktMal, min: number): StyrelseMal {
  const r = m.resultat;
  const bas = { id: m.id, kategori: m.kategori, typ: m.typ, text: m.text, mening: m.mening, kvalitativStatus: m.kvalitativStatus, status: r.status, per: r.per ?? null, mal: r.mal, forklaring: r.forklaring ?? null };
  if (m.typ === "KVALITATIV" || r.status === "EJ_MATBART") {
    return { ...bas, taljare: 0, namnare: 0, varde: null, intervall: null, saknarData: 0, perUndergrupp: [] };
  }
  const { taljare, namnare, andel } = r.typ === "ANDEL" ? suppressAndelsunderlag(r.taljare, r.namnare, min) : antalCeller(r.taljare, r.namnare, min);
  const perUndergrupp = (r.perUndergrupp ?? []).map((u) => ({
    nyckel: u.nyckel,
    namn: u.namn,
    antal: suppressCount(u.antal, min),
    malAntal: u.malAntal ?? null,
    uppnatt: u.uppnatt,
    ejPaborjad: u.ejPaborjad ?? false,
  }));
  let varde: number | null;
  if (r.typ === "ANDEL") varde = andel;
  else if (r.per === "AR" || r.per === "GRUPP") varde = r.varde; // years or groups reached, not people
  else varde = visad(taljare);
  return {
    ...bas,
    taljare,
    namnare,
    varde,
    intervall: r.typ === "ANDEL" && andel !== null && r.intervall ? r.intervall : null,
    saknarData: r.saknarData === 0 ? 0 : suppressCount(r.saknarData, min),
    perUndergrupp,
  };
}

/**
 * An ANTAL target shows its count, not a share: the count stands alone, and the
 * population it was counted in is shown only where it does not reveal how few
 * did not meet the condition (a count with no condition has no complement).
 */
function antalCeller(taljare: number, namnare: number, min: number): { taljare: Cell; namnare: Cell; andel: null } {
  const t = suppressCount(taljare, min);
  const komplementLitet = namnare - taljare < min && namnare !== taljare;
  return { taljare: t, namnare: komplementLitet && typeof t === "number" ? { dold: "SKYDD" } : suppressCount(namnare, min), andel: null };
}

/** The overview as the board may see it: aggregates only, small cells hidden, no data-quality detail. */
export function styrelseVy(o: ForbundOversikt): StyrelseOversikt {
  const min = o.minCell;
  return {
    forbund: o.forbund,
    filter: o.filter,
    period: o.period,
    idag: o.idag,
    minCell: min,
    insatser: o.insatser.map((i) => ({
      id: i.id,
      namn: i.namn,
      insatstyp: i.insatstyp,
      status: i.status,
      matningsmetod: i.matningsmetod,
      startdatum: i.startdatum,
      slutdatum: i.slutdatum,
      mal: i.mal.map((m) => suppressMal(m, min)),
      deltagare: suppressDeltagare(i.deltagare, min),
      budget: i.budget,
    })),
  };
}
