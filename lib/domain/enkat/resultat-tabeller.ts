import { procentText, type ExportTabell, type TabellVarde } from "@/lib/domain/export/tabell";
import { isDold, type Cell } from "@/lib/domain/suppression";
import type { EnkatResultat, FragaTyp } from "./resultat-typer";

const TYP: Record<FragaTyp, string> = { SKALA: "Skala", JA_NEJ: "Ja/nej", ETT_AV_FLERA: "Ett av flera", FRITEXT: "Fritext" };

export const RESPONDENTGRUPP_SV: Record<string, string> = {
  DELTAGARE_PAGAENDE: "Deltagare, pågående",
  DELTAGARE_AVSLUT: "Deltagare vid avslut",
  INSATSPERSONAL: "Insatspersonal",
  STYRELSELEDAMOTER: "Styrelseledamöter",
  CHEFER_I_SAMVERKAN: "Chefer i samverkan",
  REMITTENTER: "Remittenter",
};

const medel = (x: number | null): string | null => (x === null ? null : x.toFixed(1).replace(".", ","));

/**
 * The tables of the results page, as exported (CSV: the answers table; xlsx:
 * every table). Built from a result that was already suppressed on the server,
 * so a hidden count is not in the object to begin with.
 */
export function enkatResultatTabeller(r: EnkatResultat): ExportTabell[] {
  const svarsfrekvens: ExportTabell = {
    id: "svarsfrekvens",
    titel: "Svarsfrekvens",
    kolumner: ["År", "Skickade länkar", "Svar", "Svarsfrekvens"],
    rader: r.svarsfrekvens.map((s) => [s.ar, s.lankar, s.svar, procentText(s.andel)]),
    not: "Svarsfrekvens = svar / skapade länkar samma år. Svar räknas över alla versioner av enkäten.",
  };
  const svar: ExportTabell = {
    id: "svar",
    titel: "Svar per fråga",
    kolumner: ["Version", "År", "Nr", "Fråga", "Svarstyp", "Svar", "Antal", "Medelvärde", "Andel ja"],
    rader: r.versioner.flatMap((v) =>
      v.perAr.flatMap((p) => [
        [v.nummer, p.ar, null, "Antal svar", null, null, p.antalSvar, null, null] as TabellVarde[],
        ...p.fragor.flatMap((f) => [
          ...f.fordelning.map((d) => [v.nummer, p.ar, f.ordning, f.text, TYP[f.typ], d.etikett, d.antal, null, null] as TabellVarde[]),
          [v.nummer, p.ar, f.ordning, f.text, TYP[f.typ], "Besvarat", f.besvarat, medel(f.medel), procentText(f.andelJa)] as TabellVarde[],
          [v.nummer, p.ar, f.ordning, f.text, TYP[f.typ], "Ej besvarat", f.ejBesvarat, null, null] as TabellVarde[],
        ]),
      ]),
    ),
    not: "Versioner räknas aldrig ihop: en ny version har en annan formulering.",
  };
  const jamforelse: ExportTabell = {
    id: "jamforelse",
    titel: "Jämförelse mellan år",
    kolumner: ["Version", "Nr", "Fråga", "År", "Besvarat", "Medelvärde", "Andel ja"],
    rader: r.versioner.flatMap((v) =>
      v.jamforelse.flatMap((j) => {
        const nr = v.perAr[0]?.fragor.find((f) => f.fragaId === j.fragaId)?.ordning ?? null;
        return j.perAr.map((p) => [v.nummer, nr, j.text, p.ar, p.besvarat, medel(p.medel), procentText(p.andelJa)] as TabellVarde[]);
      }),
    ),
  };
  return [svarsfrekvens, svar, jamforelse];
}

const antalOchDold = (c: Cell, min: number): [number | null, string] =>
  isDold(c) ? [null, c.dold === "LITEN" ? `<${min}` : "skyddad"] : [c, ""];

export const NATIONELL_KOLUMNER = [
  "forbund",
  "enkat_id",
  "enkat_namn",
  "respondentgrupp",
  "version",
  "ar",
  "fraga_nr",
  "fraga_typ",
  "fraga_text",
  "svarsvarde",
  "antal",
  "undertryckt",
] as const;

/**
 * One row per counted cell, with codes rather than labels, for a national
 * aggregation of a licensed instrument: the answers per version, year,
 * question and value, and the links and answers per year (fraga_nr 0). A
 * suppressed cell has an empty `antal` and says why in `undertryckt`.
 */
export function nationellaRader(r: EnkatResultat, forbund: string): (string | number | null)[][] {
  const min = r.minCell;
  const bas = [forbund, r.enkat.id, r.enkat.namn, r.enkat.respondentgrupp] as const;
  const rader: (string | number | null)[][] = [];
  for (const s of r.svarsfrekvens) {
    rader.push([...bas, null, s.ar, 0, null, null, "LANKAR", s.lankar, ""]);
    rader.push([...bas, null, s.ar, 0, null, null, "SVAR", ...antalOchDold(s.svar, min)]);
  }
  for (const v of r.versioner) {
    for (const p of v.perAr) {
      rader.push([...bas, v.nummer, p.ar, 0, null, null, "SVAR", ...antalOchDold(p.antalSvar, min)]);
      for (const f of p.fragor) {
        for (const d of f.fordelning) rader.push([...bas, v.nummer, p.ar, f.ordning, f.typ, f.text, d.varde, ...antalOchDold(d.antal, min)]);
        rader.push([...bas, v.nummer, p.ar, f.ordning, f.typ, f.text, "EJ_BESVARAT", ...antalOchDold(f.ejBesvarat, min)]);
      }
    }
  }
  return rader;
}
