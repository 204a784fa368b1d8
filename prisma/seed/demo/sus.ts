/**
 * Coherent SUS fields for one synthetic inskrivning: who referred the person, what
 * they lived on and did at start, at avslut and at the 90-day follow-up. Each follows
 * from the one before, so reports and goals see data that hang together (someone
 * leaving for ARBETE has lön at avslut, someone on sjukpenning is known to FK).
 */
import { aktuellHos as aktuellHosLista } from "../../../lib/domain/kodlistor";
import type { Rng } from "./rng";
import type { AktuellHos, Avslutsorsak, Forsorjning, Remittent, Sysselsattning, UppfoljningStatus, Vikter } from "./typer";

/** The försörjning a referrer usually brings: weighted up fourfold when drawing. */
const TYPISK_FORSORJNING: Partial<Record<Remittent, Forsorjning[]>> = {
  AF: ["AKTIVITETSSTOD", "A_KASSA", "ETABLERINGSERSATTNING"],
  FK: ["SJUKPENNING", "AKTIVITETSERSATTNING", "SJUKERSATTNING"],
  REGION: ["SJUKPENNING", "INGEN"],
  KOMMUN_SOCIALTJANST: ["FORSORJNINGSSTOD"],
  KOMMUN_ARBETSMARKNAD: ["FORSORJNINGSSTOD", "AKTIVITETSSTOD"],
  ANNAN: ["LON", "SJUKPENNING"],
};

const HANDLAGGS_AV: Partial<Record<Forsorjning, AktuellHos>> = {
  SJUKPENNING: "FK",
  AKTIVITETSERSATTNING: "FK",
  SJUKERSATTNING: "FK",
  A_KASSA: "AF",
  AKTIVITETSSTOD: "AF",
  ETABLERINGSERSATTNING: "AF",
  FORSORJNINGSSTOD: "KOMMUN_SOCIALTJANST",
};

export function forsorjningVidStart(rng: Rng, remittent: Remittent, vikter: Vikter<Forsorjning>): Forsorjning[] {
  const typiska = TYPISK_FORSORJNING[remittent] ?? [];
  const poster = (Object.entries(vikter) as [Forsorjning, number][]).map(([k, w]) => [k, typiska.includes(k) ? w * 4 : w] as const);
  const forsta = rng.weighted(poster);
  // An employee on sick leave has both; an unemployed person often gets försörjningsstöd on top.
  if (forsta === "LON") return ["LON", "SJUKPENNING"];
  if ((forsta === "A_KASSA" || forsta === "AKTIVITETSSTOD" || forsta === "SJUKPENNING") && rng.chance(0.15)) return [forsta, "FORSORJNINGSSTOD"];
  return [forsta];
}

export function sysselsattningVidStart(rng: Rng, forsorjning: Forsorjning[]): Sysselsattning[] {
  if (forsorjning.includes("LON")) return ["FORVARVSARBETE"];
  if (forsorjning.some((f) => f === "A_KASSA" || f === "AKTIVITETSSTOD" || f === "ETABLERINGSERSATTNING")) return ["ARBETSSOKANDE"];
  if (forsorjning.includes("FORSORJNINGSSTOD")) return [rng.chance(0.5) ? "ARBETSSOKANDE" : "OVRIGA"];
  return ["OVRIGA"];
}

export function aktuellHosVidStart(rng: Rng, remittent: Remittent, forsorjning: Forsorjning[]): AktuellHos[] {
  const hos = new Set<string>();
  if (aktuellHosLista.has(remittent) && remittent !== "ANNAN") hos.add(remittent);
  for (const f of forsorjning) {
    const h = HANDLAGGS_AV[f];
    if (h) hos.add(h);
  }
  if (rng.chance(0.3)) hos.add("REGION");
  if (hos.size === 0) hos.add("ANNAN");
  return aktuellHosLista.koder.filter((k) => hos.has(k));
}

export function vidAvslut(
  rng: Rng,
  orsak: Avslutsorsak,
  forsorjningStart: Forsorjning[],
): { forsorjning: Forsorjning[]; sysselsattning: Sysselsattning[] } {
  switch (orsak) {
    case "ARBETE":
      return { forsorjning: ["LON"], sysselsattning: [rng.chance(0.3) ? "SUBVENTIONERAT_ARBETE" : "FORVARVSARBETE"] };
    case "STUDIER":
      return { forsorjning: ["STUDIEMEDEL"], sysselsattning: ["STUDIER"] };
    case "ANNAN_ARBETSFORBEREDANDE_INSATS":
      return {
        forsorjning: forsorjningStart.includes("FORSORJNINGSSTOD") && rng.chance(0.5) ? ["AKTIVITETSSTOD"] : forsorjningStart,
        sysselsattning: [rng.chance(0.5) ? "ARBETSSOKANDE" : "OVRIGA"],
      };
    case "ARBETSSOKANDE":
      return { forsorjning: [rng.weighted([["A_KASSA", 3], ["AKTIVITETSSTOD", 4], ["FORSORJNINGSSTOD", 3]] as const)], sysselsattning: ["ARBETSSOKANDE"] };
    case "RATT_ERSATTNING":
      return {
        forsorjning: [rng.weighted([["SJUKERSATTNING", 3], ["AKTIVITETSERSATTNING", 3], ["SJUKPENNING", 4]] as const)],
        sysselsattning: ["OVRIGA"],
      };
    case "OHALSA":
      return { forsorjning: forsorjningStart.includes("LON") ? ["LON", "SJUKPENNING"] : ["SJUKPENNING"], sysselsattning: ["OVRIGA"] };
    case "FELREGISTRERING":
      return { forsorjning: [], sysselsattning: [] };
    default:
      return { forsorjning: rng.chance(0.5) ? forsorjningStart : ["OKAND"], sysselsattning: ["OVRIGA"] };
  }
}

export function vidUppfoljning(rng: Rng, status: UppfoljningStatus): { forsorjning: Forsorjning[]; sysselsattning: Sysselsattning[] } {
  switch (status) {
    case "ARBETE":
      return { forsorjning: ["LON"], sysselsattning: ["FORVARVSARBETE"] };
    case "STUDIER":
      return { forsorjning: ["STUDIEMEDEL"], sysselsattning: ["STUDIER"] };
    case "ARBETSSOKANDE":
      return { forsorjning: [rng.weighted([["A_KASSA", 3], ["AKTIVITETSSTOD", 4], ["FORSORJNINGSSTOD", 3]] as const)], sysselsattning: ["ARBETSSOKANDE"] };
    case "ANNAN_INSATS":
      return { forsorjning: [rng.pick(["AKTIVITETSSTOD", "FORSORJNINGSSTOD", "SJUKPENNING"] as const)], sysselsattning: ["OVRIGA"] };
    case "RATT_ERSATTNING":
      return { forsorjning: [rng.pick(["SJUKERSATTNING", "AKTIVITETSERSATTNING", "SJUKPENNING"] as const)], sysselsattning: ["OVRIGA"] };
    case "SJUKSKRIVEN":
      return { forsorjning: ["SJUKPENNING"], sysselsattning: ["OVRIGA"] };
    case "OVRIGT":
      return { forsorjning: [rng.pick(["ANNAN", "OKAND", "INGEN"] as const)], sysselsattning: ["OVRIGA"] };
    case "EJ_NADD":
      return { forsorjning: [], sysselsattning: [] };
  }
}

export const EJ_NADD_KOMMENTARER = [
  "Har inte svarat på telefon eller brev",
  "Nås inte – tre försök via telefon och sms",
  "Ny adress okänd",
  "Avböjde uppföljningssamtal",
];
