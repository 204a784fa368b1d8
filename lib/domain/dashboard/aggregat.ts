import type { InskrivningRad } from "@/lib/domain/goals/rows";
import { indexMatningar } from "@/lib/domain/goals/rows";
import { UTFALL_ORSAKER, type Aggregatrad } from "./fordelning";
import type { Par } from "./parade";

/**
 * The dashboard's breakdowns, paired measurements and försörjning counts,
 * folded from the goal engine's own rows of the selection in one pass — the
 * rows are loaded for the targets anyway, so three aggregate queries (and
 * their round trips) are saved, and every figure on the page is about exactly
 * the same rows. The outputs have the shapes the aggregate queries had, so
 * fordelningar, sammanfattaPar, stegforflyttning and forsorjningKorstabell
 * are unchanged. tests/integration/dashboard-aggregat.test.ts proves them
 * equal to those queries on generated data.
 *
 * Rules, as the queries had them: FELREGISTRERING is never counted; age is
 * startår − födelseår; "avslutad" is any recorded avslut; pairs and försörjning
 * are over the avslutade; a later re-measurement at the same time point
 * replaces the earlier one (the engine's indexMatningar).
 */
export type DashboardAggregat = {
  fordelning: Aggregatrad[];
  matpar: Map<string, Par[]>;
  forsorjning: { start: string[]; avslut: string[]; antal: number }[];
};

const UTFALL: readonly string[] = UTFALL_ORSAKER;

export function dashboardAggregat(rader: readonly InskrivningRad[], koder: readonly string[]): DashboardAggregat {
  const fordelning = new Map<string, Aggregatrad>();
  const par = new Map<string, Map<string, Par>>(koder.map((k) => [k, new Map()]));
  const forsorjning = new Map<string, { start: string[]; avslut: string[]; antal: number }>();
  for (const r of rader) {
    if (r.avslutsorsak === "FELREGISTRERING") continue;
    const alder = Number(r.startdatum.slice(0, 4)) - r.fodelsear;
    const avslutad = r.avslutsdatum !== null;
    const utfall = r.avslutsorsak !== null && UTFALL.includes(r.avslutsorsak);
    const fNyckel = `${r.kon}|${alder}|${r.gruppId ?? ""}|${r.gruppId === null ? 0 : 1}|${avslutad ? 1 : 0}|${utfall ? 1 : 0}`;
    const f = fordelning.get(fNyckel);
    if (f) f.antal += 1;
    else fordelning.set(fNyckel, { kon: r.kon, alder, gruppId: r.gruppId, avslutad, utfall, antal: 1 });
    if (!avslutad) continue;

    const idx = indexMatningar(r);
    for (const [kod, perPar] of par) {
      const start = idx.get(`${kod}|START`) ?? null;
      const avslut = idx.get(`${kod}|AVSLUT`) ?? null;
      const nyckel = `${start}|${avslut}`;
      const p = perPar.get(nyckel);
      if (p) p.antal += 1;
      else perPar.set(nyckel, { start, avslut, antal: 1 });
    }
    const start = r.forsorjningStart ?? [];
    const fsNyckel = `${start.join(",")}|${r.forsorjningAvslut.join(",")}`;
    const fs = forsorjning.get(fsNyckel);
    if (fs) fs.antal += 1;
    else forsorjning.set(fsNyckel, { start, avslut: r.forsorjningAvslut, antal: 1 });
  }
  return {
    fordelning: [...fordelning.values()],
    matpar: new Map([...par].map(([kod, p]) => [kod, [...p.values()]])),
    forsorjning: [...forsorjning.values()],
  };
}
