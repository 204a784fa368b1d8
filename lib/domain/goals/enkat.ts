import { alternativVarde, jaNejVarde } from "@/lib/domain/enkat/berakna-resultat";
import type { FragaTyp } from "@/lib/domain/enkat/resultat-typer";
import type { EnkatDefinition } from "./definition";
import { andelMal, andelResultat } from "./andel";
import { tomt, type MalResultat } from "./resultat";
import type { Fonster } from "./rows";

/**
 * The answers an enkät target needs, for one insats: the questions that
 * targets name, and every answer to their versions given for this insats
 * (anonymous and tied alike). `manad` is "YYYY-MM": answers keep no precise time.
 */
export type EnkatMalData = {
  fragor: { id: string; enkatId: string; enkatNamn: string; versionId: string; typ: FragaTyp; text: string; alternativ: string[] }[];
  svar: { versionId: string; manad: string; varden: { fragaId: string; tal: number | null; text: string | null }[] }[];
};

/** Whether an answer counts for the target; null when the question was not answered. */
export function raknasSvar(def: Pick<EnkatDefinition, "varden" | "minVarde">, typ: FragaTyp, alternativ: string[], v: { tal: number | null; text: string | null } | undefined): boolean | null {
  if (!v) return null;
  if (typ === "SKALA") {
    if (v.tal === null || !Number.isFinite(v.tal)) return null;
    return def.minVarde !== undefined ? v.tal >= def.minVarde : (def.varden ?? []).includes(String(v.tal));
  }
  const varde = typ === "JA_NEJ" ? jaNejVarde(v) : typ === "ETT_AV_FLERA" ? alternativVarde({ id: "", ordning: 0, text: "", typ, min: null, max: null, minEtikett: null, maxEtikett: null, alternativ }, v) : null;
  if (varde === null) return null;
  if (def.varden === undefined) return false;
  return def.varden.some((x) => x.toUpperCase() === varde.toUpperCase());
}

/** An answer's month overlaps the window. */
function iFonster(manad: string, f: Fonster): boolean {
  return manad >= f.fran.slice(0, 7) && (f.till === null || manad <= f.till.slice(0, 7));
}

/**
 * ENKAT: the share of respondents (to the question's version, for this
 * insats, in the period) whose answer counts. Respondents who left the
 * question empty are "saknar data", shown beside the share and never counted
 * in it — the same rule as a missing measurement. Status, interval and the
 * minimum base are the ANDEL rules of andel.ts.
 */
export function evaluateEnkat(def: EnkatDefinition, data: EnkatMalData | undefined, f: Fonster, options: { today: string; minUnderlag?: number }): MalResultat {
  const fraga = data?.fragor.find((x) => x.id === def.fragaId && x.enkatId === def.enkatId);
  if (!data || !fraga) return { ...tomt("ANDEL", "EJ_MATBART", andelMal(def)), forklaring: "Enkätfrågan finns inte", period: f };
  let ja = 0;
  let nej = 0;
  let saknas = 0;
  for (const s of data.svar) {
    if (s.versionId !== fraga.versionId || !iFonster(s.manad, f)) continue;
    const utfall = raknasSvar(def, fraga.typ, fraga.alternativ, s.varden.find((v) => v.fragaId === fraga.id));
    if (utfall === null) saknas++;
    else if (utfall) ja++;
    else nej++;
  }
  return andelResultat(def, { ja, nej, saknas }, f, options);
}
