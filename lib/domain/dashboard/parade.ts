/**
 * Paired measurements (DESIGN.md §4): "ökad" is a rise between two time points
 * of the same person. A person lacking either side is counted as missing —
 * shown, never dropped. Input is aggregated: one row per (start, avslut) pair
 * with the number of people who had it.
 */
export type Par = { start: number | null; avslut: number | null; antal: number };

export type ParSammanfattning = {
  forbattrad: number;
  oforandrad: number;
  forsamrad: number;
  saknarStart: number;
  saknarAvslut: number;
  saknarBada: number;
  /** People with both measurements. */
  parade: number;
  totalt: number;
};

export function sammanfattaPar(par: readonly Par[]): ParSammanfattning {
  const s: ParSammanfattning = { forbattrad: 0, oforandrad: 0, forsamrad: 0, saknarStart: 0, saknarAvslut: 0, saknarBada: 0, parade: 0, totalt: 0 };
  for (const { start, avslut, antal } of par) {
    s.totalt += antal;
    if (start === null && avslut === null) s.saknarBada += antal;
    else if (start === null) s.saknarStart += antal;
    else if (avslut === null) s.saknarAvslut += antal;
    else {
      s.parade += antal;
      if (avslut > start) s.forbattrad += antal;
      else if (avslut < start) s.forsamrad += antal;
      else s.oforandrad += antal;
    }
  }
  return s;
}

export type Stegforflyttning = {
  /** Every possible move on the scale, −(max−min) … +(max−min), zeros included. */
  fordelning: { steg: number; antal: number }[];
  /** People missing the start or the avslut value. */
  saknas: number;
  parade: number;
  /** Mean move among the paired, null when nobody is paired. */
  medel: number | null;
};

export function stegforflyttning(par: readonly Par[], skala: { min: number; max: number }): Stegforflyttning {
  const spann = Math.max(0, Math.round(skala.max - skala.min));
  const antal = new Map<number, number>();
  let saknas = 0;
  let parade = 0;
  let summa = 0;
  for (const p of par) {
    if (p.start === null || p.avslut === null) {
      saknas += p.antal;
      continue;
    }
    const steg = Math.round(p.avslut - p.start);
    antal.set(steg, (antal.get(steg) ?? 0) + p.antal);
    parade += p.antal;
    summa += steg * p.antal;
  }
  const lagst = Math.min(-spann, ...antal.keys());
  const hogst = Math.max(spann, ...antal.keys());
  const fordelning = [];
  for (let steg = lagst; steg <= hogst; steg++) fordelning.push({ steg, antal: antal.get(steg) ?? 0 });
  return { fordelning, saknas, parade, medel: parade > 0 ? summa / parade : null };
}
