import { suppressAndel, suppressCount, suppressTable, visad, type Cell, type Linje } from "@/lib/domain/suppression";
import { jamforelse } from "./berakna-resultat";
import type { EnkatResultat, FragaResultat, VersionResultat } from "./resultat-typer";

const SKYDD: Cell = { dold: "SKYDD" };
const tal = (c: Cell): number => (typeof c === "number" ? c : 0);

/**
 * The results as styrelse, vägledare and every export see them (DESIGN.md §5):
 * counts under `min` hidden, with secondary suppression so no shown total
 * backs a hidden cell out; free texts never leave the server.
 *
 * - Answers per version and year form a table whose rows add up to the
 *   version's total and whose columns add up to the year's answers in the
 *   response-rate table; both kinds of line are checked together.
 * - A question's answer counts add up to the number who answered it
 *   (besvarat), suppressed as one line; "ej besvarat" is shown exactly when
 *   besvarat is (it is the difference of two shown numbers).
 * - A mean or ja-share is shown only when at least `min` people answered.
 *   Known limit: a mean beside a partly hidden distribution narrows the hidden
 *   counts (one more equation); like published survey statistics, the mean of
 *   at least `min` answers is shown anyway.
 */
export function undertryckEnkatResultat(r: EnkatResultat, min: number): EnkatResultat {
  if (r.undertryckt) return r;
  const ar = r.svarsfrekvens.map((s) => s.ar);
  const versioner = r.versioner;
  // values: [one cell per version-year that has answers…, version totals…, year totals…].
  // A version that was not in use a year has no cell at all: that is not a small count.
  const values: number[] = [];
  const cellIndex = new Map<string, number>();
  versioner.forEach((v, vi) => {
    for (const p of v.perAr) {
      cellIndex.set(`${vi}|${p.ar}`, values.length);
      values.push(tal(p.antalSvar));
    }
  });
  const versionTotal = (vi: number) => cellIndex.size + vi;
  const arTotal = (y: number) => cellIndex.size + versioner.length + y;
  for (const v of versioner) values.push(tal(v.antalSvar));
  for (const s of r.svarsfrekvens) values.push(tal(s.svar));
  const delar = (pred: (vi: number, a: number) => boolean) => [...cellIndex].filter(([k]) => pred(Number(k.split("|")[0]), Number(k.split("|")[1]))).map(([, i]) => i);
  const linjer: Linje[] = [
    ...versioner.map((_, vi) => ({ delar: delar((x) => x === vi), total: versionTotal(vi) })),
    ...ar.map((a, y) => ({ delar: delar((_, b) => b === a), total: arTotal(y) })),
  ];
  const cells = suppressTable(values, linjer, min);

  const svarsfrekvens = r.svarsfrekvens.map((s, y) => {
    const svar = cells[arTotal(y)]!;
    return { ...s, svar, andel: s.lankar > 0 ? suppressAndel(svar, s.lankar) : null };
  });

  const nyaVersioner: VersionResultat[] = versioner.map((v, vi) => {
    const perAr = v.perAr.map((p) => {
      const antalSvar = cells[cellIndex.get(`${vi}|${p.ar}`)!] ?? SKYDD;
      return { ar: p.ar, antalSvar, fragor: p.fragor.map((f) => undertryckFraga(f, antalSvar, min)) };
    });
    return { ...v, antalSvar: cells[versionTotal(vi)]!, perAr, jamforelse: jamforelse(fragorAv(v), perAr) };
  });

  return { ...r, undertryckt: true, minCell: min, svarsfrekvens, versioner: nyaVersioner };
}

function fragorAv(v: VersionResultat) {
  const forsta = v.perAr[0]?.fragor ?? [];
  return forsta.map((f) => ({ id: f.fragaId, ordning: f.ordning, text: f.text, typ: f.typ, min: null, max: null, minEtikett: null, maxEtikett: null, alternativ: [] }));
}

function helaDold(f: FragaResultat, dold: Cell): FragaResultat {
  const { fritext: _fritext, ...rest } = f;
  return { ...rest, besvarat: dold, ejBesvarat: dold, fordelning: f.fordelning.map((d) => ({ ...d, antal: dold })), medel: null, andelJa: null };
}

export function undertryckFraga(f: FragaResultat, antalSvar: Cell, min: number): FragaResultat {
  // The version-year is hidden: so is everything inside it (its parts would add up to it).
  if (typeof antalSvar !== "number") return helaDold(f, antalSvar.dold === "LITEN" ? { dold: "LITEN" } : SKYDD);
  const { fritext: _fritext, ...utan } = f;
  // The answers add up to "besvarat", which is the line's total: fewer than `min`
  // hides it, and a shown total never pins a hidden answer count.
  const delar = f.fordelning.map((d) => tal(d.antal));
  const besvaratTal = tal(f.besvarat);
  const cells = delar.length > 0 ? suppressTable([...delar, besvaratTal], [{ delar: delar.map((_, i) => i), total: delar.length }], min) : [suppressCount(besvaratTal, min)];
  const besvarat = cells[delar.length]!;
  // "Ej besvarat" is antal svar minus besvarat, both shown or not: it says who skipped
  // the question, never what anyone answered, so it is shown exactly when besvarat is.
  const ejBesvarat: Cell = typeof besvarat === "number" ? f.ejBesvarat : SKYDD;
  const fordelning = f.fordelning.map((d, i) => ({ ...d, antal: cells[i]! }));
  const nog = visad(besvarat) !== null;
  const jaCell = fordelning.find((d) => d.varde === "JA")?.antal;
  return {
    ...utan,
    besvarat,
    ejBesvarat,
    fordelning,
    medel: nog ? f.medel : null,
    andelJa: f.typ === "JA_NEJ" && nog && jaCell !== undefined ? suppressAndel(jaCell, besvarat) : null,
  };
}
