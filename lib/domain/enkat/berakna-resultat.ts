import type {
  EnkatFragaInfo,
  EnkatResultat,
  EnkatVersionInfo,
  FragaResultat,
  Fordelningsrad,
  Jamforelse,
  LankAntal,
  SvarRad,
  VersionAr,
  VersionResultat,
} from "./resultat-typer";

export type EnkatResultatInput = {
  enkat: EnkatResultat["enkat"];
  versioner: readonly EnkatVersionInfo[];
  svar: readonly SvarRad[];
  lankar: readonly LankAntal[];
  filter: { ar: number | null; insatsId: string | null };
  minCell: number;
};

const JA_NEJ: { varde: string; etikett: string }[] = [
  { varde: "JA", etikett: "Ja" },
  { varde: "NEJ", etikett: "Nej" },
];

/** A ja/nej answer stored either as text (JA/NEJ, ja/nej) or as 1/0. */
export function jaNejVarde(v: { tal: number | null; text: string | null }): "JA" | "NEJ" | null {
  if (v.text !== null) {
    const t = v.text.trim().toUpperCase();
    if (t === "JA") return "JA";
    if (t === "NEJ") return "NEJ";
  }
  if (v.tal === 1) return "JA";
  if (v.tal === 0) return "NEJ";
  return null;
}

/** An ett-av-flera answer stored as the option's text or as its index. */
export function alternativVarde(f: EnkatFragaInfo, v: { tal: number | null; text: string | null }): string | null {
  if (v.text !== null && v.text !== "") return v.text;
  if (v.tal !== null && Number.isInteger(v.tal)) return f.alternativ[v.tal] ?? null;
  return null;
}

/** The possible answers of a question, in order, with their labels. */
function mojligaVarden(f: EnkatFragaInfo, observerade: Iterable<number>): { varde: string; etikett: string }[] {
  if (f.typ === "JA_NEJ") return JA_NEJ;
  if (f.typ === "ETT_AV_FLERA") return f.alternativ.map((a) => ({ varde: a, etikett: a }));
  if (f.typ !== "SKALA") return [];
  let steg: number[];
  if (f.min !== null && f.max !== null && Number.isInteger(f.min) && Number.isInteger(f.max) && f.max - f.min <= 100) {
    steg = Array.from({ length: f.max - f.min + 1 }, (_, i) => (f.min as number) + i);
  } else {
    steg = [...new Set(observerade)].sort((a, b) => a - b);
  }
  return steg.map((s) => ({
    varde: String(s),
    etikett: s === f.min && f.minEtikett ? `${s} (${f.minEtikett})` : s === f.max && f.maxEtikett ? `${s} (${f.maxEtikett})` : String(s),
  }));
}

/** One question over the answers of one version and year: exact counts. */
export function fragaResultat(f: EnkatFragaInfo, svar: readonly SvarRad[]): FragaResultat {
  const antal = new Map<string, number>();
  const tal: number[] = [];
  const fritext: string[] = [];
  let besvarat = 0;
  for (const s of svar) {
    const v = s.varden.find((x) => x.fragaId === f.id);
    if (!v) continue;
    let nyckel: string | null = null;
    if (f.typ === "SKALA") {
      if (v.tal !== null && Number.isFinite(v.tal)) {
        nyckel = String(v.tal);
        tal.push(v.tal);
      }
    } else if (f.typ === "JA_NEJ") nyckel = jaNejVarde(v);
    else if (f.typ === "ETT_AV_FLERA") nyckel = alternativVarde(f, v);
    else if (v.text !== null && v.text.trim() !== "") {
      fritext.push(v.text.trim());
      besvarat++;
      continue;
    }
    if (nyckel === null) continue;
    besvarat++;
    antal.set(nyckel, (antal.get(nyckel) ?? 0) + 1);
  }
  const mojliga = mojligaVarden(f, tal);
  // A stored value outside today's list (never expected within one version) is still counted, not dropped.
  for (const k of antal.keys()) if (!mojliga.some((m) => m.varde === k)) mojliga.push({ varde: k, etikett: k });
  const fordelning: Fordelningsrad[] = mojliga.map((m) => ({ ...m, antal: antal.get(m.varde) ?? 0 }));
  const ja = antal.get("JA") ?? 0;
  return {
    fragaId: f.id,
    ordning: f.ordning,
    text: f.text,
    typ: f.typ,
    besvarat,
    ejBesvarat: svar.length - besvarat,
    fordelning,
    medel: f.typ === "SKALA" && tal.length > 0 ? tal.reduce((a, b) => a + b, 0) / tal.length : null,
    andelJa: f.typ === "JA_NEJ" && besvarat > 0 ? ja / besvarat : null,
    ...(f.typ === "FRITEXT" ? { fritext } : {}),
  };
}

export function jamforelse(fragor: readonly EnkatFragaInfo[], perAr: readonly VersionAr[]): Jamforelse[] {
  return fragor
    .filter((f) => f.typ === "SKALA" || f.typ === "JA_NEJ")
    .map((f) => ({
      fragaId: f.id,
      text: f.text,
      typ: f.typ,
      perAr: perAr.map((a) => {
        const r = a.fragor.find((x) => x.fragaId === f.id);
        return { ar: a.ar, besvarat: r?.besvarat ?? 0, medel: r?.medel ?? null, andelJa: r?.andelJa ?? null };
      }),
    }));
}

/**
 * The exact results of one enkät: response rate per year, and per version and
 * year the distribution of every question, means and ja-shares, with a
 * year-on-year comparison inside each version. Answers of different versions
 * are never counted together: a version is a different wording.
 */
export function beraknaEnkatResultat(input: EnkatResultatInput): EnkatResultat {
  const { filter } = input;
  const iFilter = (r: { ar: number; insatsId: string | null }) =>
    (filter.ar === null || r.ar === filter.ar) && (filter.insatsId === null || r.insatsId === filter.insatsId);
  const svar = input.svar.filter(iFilter);
  const lankar = input.lankar.filter(iFilter);

  const ar = [...new Set([...svar.map((s) => s.ar), ...lankar.map((l) => l.ar)])].sort((a, b) => a - b);
  const svarsfrekvens = ar.map((a) => {
    const antalLankar = lankar.filter((l) => l.ar === a).reduce((s, l) => s + l.antal, 0);
    const antalSvar = svar.filter((s) => s.ar === a).length;
    return { ar: a, lankar: antalLankar, svar: antalSvar, andel: antalLankar > 0 ? antalSvar / antalLankar : null };
  });

  const versioner: VersionResultat[] = [...input.versioner]
    .sort((a, b) => a.nummer - b.nummer)
    .map((v) => {
      const svarV = svar.filter((s) => s.versionId === v.id);
      const arV = [...new Set(svarV.map((s) => s.ar))].sort((a, b) => a - b);
      const fragor = [...v.fragor].sort((a, b) => a.ordning - b.ordning);
      const perAr: VersionAr[] = arV.map((a) => {
        const svarA = svarV.filter((s) => s.ar === a);
        return { ar: a, antalSvar: svarA.length, fragor: fragor.map((f) => fragaResultat(f, svarA)) };
      });
      return { versionId: v.id, nummer: v.nummer, antalSvar: svarV.length, perAr, jamforelse: jamforelse(fragor, perAr) };
    })
    .filter((v) => v.antalSvar !== 0 || input.versioner.length === 1);

  return { enkat: input.enkat, filter, undertryckt: false, minCell: input.minCell, svarsfrekvens, versioner };
}
