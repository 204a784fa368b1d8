/**
 * What happens during and after one synthetic inskrivning: VAS/steg at start and
 * avslut and the ja/nej questions at avslut (with a few forms missing, so "saknar
 * mätning" shows), the 90-day follow-up, and the genomförandeplan with its goals.
 * Chances depend on the avslutsorsak, so outcomes hang together: someone who left for
 * work has usually moved up the steg scale and reached the plan's goals.
 */
import type { PlanMalStatus } from "../../../generated/prisma/enums";
import { addDays, daysBetween, toDate, weekday, type Iso } from "./datum";
import type { DeltagarRader, GeneratorKontext, Slot } from "./deltagare";
import type { Rng } from "./rng";
import { EJ_NADD_KOMMENTARER, vidUppfoljning } from "./sus";
import type { Avslutsorsak, DeltagareProfil, Sannolikhet } from "./typer";

const POSITIVA: Avslutsorsak[] = ["ARBETE", "STUDIER", "RATT_ERSATTNING"];
const NEUTRALA: Avslutsorsak[] = ["ANNAN_ARBETSFORBEREDANDE_INSATS", "ARBETSSOKANDE"];

const sannolikhet = (s: Sannolikhet, orsak: Avslutsorsak) => s.per[orsak] ?? s.ovriga;

export function matningar(k: GeneratorKontext, P: DeltagareProfil, s: Slot, inskrivningId: string, rng: Rng, rader: DeltagarRader): void {
  const orsak = s.orsak;
  const harStart = !rng.chance(P.saknarStart);
  // Those who leave early are often gone before the closing form is filled in.
  const harAvslut = orsak !== null && s.avslut !== null && !rng.chance(s.tidigt ? Math.max(0.25, P.saknarAvslut) : P.saknarAvslut);
  const startDatum = addDays(s.start, rng.int(0, 6));
  const matning = (variabel: string, tidpunkt: "START" | "AVSLUT", datum: Iso, varde: number, kalla: "VAGLEDARE" | "SJALVRAPPORTERAD") =>
    rader.matningar.push({ forbundId: k.forbundId, id: k.ids.matning(), inskrivningId, matvariabelId: k.matvariabelId(variabel), tidpunkt, datum: toDate(datum), varde, kalla });

  for (const skala of P.skalor) {
    const okar = orsak !== null && rng.chance(sannolikhet(skala.okar, orsak));
    let start = rng.normalInt(skala.startMedel, skala.startSd, skala.min, skala.max);
    if (okar && start === skala.max) start = skala.max - 1;
    const steg = skala.max - skala.min >= 10 ? 4 : 2;
    const slut = okar ? Math.min(skala.max, start + rng.int(1, steg)) : Math.max(skala.min, start - (rng.chance(0.35) ? 1 : 0));
    // VAS is the person's own rating; steg is judged together with the vägledare.
    const kalla = skala.variabel === "VAS" ? "SJALVRAPPORTERAD" : "VAGLEDARE";
    if (harStart) matning(skala.variabel, "START", startDatum < (s.avslut ?? "9999") ? startDatum : s.start, start, kalla);
    if (harAvslut && s.avslut) matning(skala.variabel, "AVSLUT", s.avslut, slut, kalla);
  }
  for (const fraga of P.janej) {
    if (!harAvslut || !s.avslut || orsak === null) continue;
    matning(fraga.variabel, "AVSLUT", s.avslut, rng.chance(sannolikhet(fraga.ja, orsak)) ? 1 : 0, "SJALVRAPPORTERAD");
  }
}

export function uppfoljning(k: GeneratorKontext, P: DeltagareProfil, s: Slot, inskrivningId: string, rng: Rng, rader: DeltagarRader): void {
  if (s.orsak === null || s.avslut === null || !rng.chance(P.uppfoljning.andel)) return;
  const vikter = P.uppfoljning.status[s.orsak] ?? P.uppfoljning.ovriga;
  const status = rng.chance(P.uppfoljning.ejNadd) ? "EJ_NADD" : rng.weighted(Object.entries(vikter) as [keyof typeof vikter, number][]);
  const utfall = vidUppfoljning(rng, status);
  rader.uppfoljningar.push({
    forbundId: k.forbundId,
    id: k.ids.uppfoljning(),
    inskrivningId,
    datum: toDate(weekday(addDays(s.avslut, 90 + rng.int(0, 10)))),
    status,
    forsorjning: utfall.forsorjning,
    sysselsattning: utfall.sysselsattning,
    kommentar: status === "EJ_NADD" ? rng.pick(EJ_NADD_KOMMENTARER) : "",
  });
}

export function plan(k: GeneratorKontext, P: DeltagareProfil, s: Slot, inskrivningId: string, rng: Rng, rader: DeltagarRader): void {
  if (!P.plan || !rng.chance(P.plan.andel)) return;
  // Someone who left within three weeks may have gone before the plan was written.
  if (s.tidigt && s.avslut !== null && daysBetween(s.start, s.avslut) < 21 && rng.chance(0.5)) return;
  let upprattad = weekday(addDays(s.start, rng.int(7, 21)));
  if (s.avslut !== null && upprattad > s.avslut) upprattad = s.avslut;
  const planId = k.ids.plan();
  rader.planer.push({ forbundId: k.forbundId, id: planId, inskrivningId, upprattadDatum: toDate(upprattad) });
  for (const beskrivning of rng.shuffle(P.plan.mal).slice(0, rng.int(2, 3))) {
    rader.planMal.push({
      forbundId: k.forbundId,
      id: k.ids.planMal(),
      planId,
      beskrivning,
      maldatum: toDate(weekday(addDays(upprattad, rng.int(4, 16) * 7))),
      status: planMalStatus(s.orsak, rng),
    });
  }
}

function planMalStatus(orsak: Avslutsorsak | null, rng: Rng): PlanMalStatus {
  const vikter: readonly (readonly [PlanMalStatus, number])[] =
    orsak === null
      ? [["PAGAR", 6], ["UPPNATT", 3], ["EJ_PABORJAT", 1]]
      : POSITIVA.includes(orsak)
        ? [["UPPNATT", 85], ["AVBRUTET", 15]]
        : NEUTRALA.includes(orsak)
          ? [["UPPNATT", 60], ["AVBRUTET", 25], ["EJ_PABORJAT", 15]]
          : [["UPPNATT", 25], ["AVBRUTET", 60], ["EJ_PABORJAT", 15]];
  return rng.weighted(vikter);
}

