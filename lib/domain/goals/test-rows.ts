/** Row factories for the goal engine's tests (no test runner imports, so any test may use them). */
import type { EvalData, InskrivningRad } from "./rows";
import { seedTargets } from "./seed-targets";
import { DEFAULT_MATVARIABLER } from "../matvariabler";
import type { MalDefinition } from "./definition";

let seq = 0;

export function rad(over: Partial<InskrivningRad> = {}): InskrivningRad {
  seq += 1;
  return {
    id: `i${seq}`,
    kon: "K",
    fodelsear: 1985,
    gruppId: null,
    startdatum: "2018-03-05",
    avslutsdatum: null,
    avslutsorsak: null,
    forsorjningAvslut: [],
    matningar: [],
    uppfoljning: null,
    harPlan: false,
    ...over,
  };
}

/** n copies of a row shape (each with its own id). */
export function rader(n: number, over: Partial<InskrivningRad> = {}): InskrivningRad[] {
  return Array.from({ length: n }, () => rad(over));
}

type Tp = "START" | "AVSLUT" | "UPPFOLJNING_90" | "DATUM";

export function matning(variabel: string, tidpunkt: Tp, varde: number, datum = "2018-06-01") {
  return { variabel, tidpunkt, datum, varde };
}

/** A paired measurement: `fran` at START, `till` at AVSLUT; null leaves that one out. */
export function par(variabel: string, fran: number | null, till: number | null) {
  return [
    ...(fran === null ? [] : [matning(variabel, "START", fran, "2018-03-05")]),
    ...(till === null ? [] : [matning(variabel, "AVSLUT", till, "2018-09-01")]),
  ];
}

export function data(inskrivningar: InskrivningRad[], over: Partial<EvalData> = {}): EvalData {
  return {
    matningsmetod: "ANONYM",
    insatsPeriod: { start: "2018-03-01", slut: "2018-12-31" },
    grupper: [],
    inskrivningar,
    volym: [],
    matvariabler: DEFAULT_MATVARIABLER.map((m) => ({ kod: m.kod, typ: m.typ, min: m.min, max: m.max })),
    ...over,
  };
}

/** The seed target whose own text starts with `text`. */
export function seedDef(text: string): MalDefinition {
  const t = seedTargets.find((s) => s.text.startsWith(text));
  if (!t) throw new Error(`no seed target starting with "${text}"`);
  return t.definition;
}
