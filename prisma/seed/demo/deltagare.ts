/**
 * Deterministic synthetic deltagare for one insats (no real people): who they are
 * (kön, födelseår, a deltagarkod), each inskrivning with its SUS fields, measurements,
 * 90-day follow-up and genomförandeplan, and — under PERSONUPPGIFTER — encrypted
 * identity and samtycke. Everything comes from the insats's DeltagareProfil and a
 * stream named after it, so a reseed gives the same people and the same results.
 */
import type { Prisma } from "../../../generated/prisma/client";
import { generateDeltagareKod } from "../../../lib/domain/deltagare-kod";
import { addDays, daysBetween, toDate, weekday, type Iso } from "./datum";
import { fordela } from "./fordela";
import { demoKontakt, encryptField, hashForLookup, testPersonnummer, type IdentitetsNycklar } from "./identitet";
import { Rng } from "./rng";
import { matningar, plan, uppfoljning } from "./forlopp";
import { aktuellHosVidStart, forsorjningVidStart, sysselsattningVidStart, vidAvslut } from "./sus";
import type { Avslutsorsak, DeltagareProfil, GruppSpec, InsatsSpec, SparProfil } from "./typer";

/** Samtycke.registreradAvId and aterkalladAvId are plain columns (no user relation): seeded consents name this source. */
export const DEMO_IMPORT_ID = "demo-import";
export const SAMTYCKE_OMFATTNING = "Registrering och uppföljning i insatsen samt informationsutbyte mellan parterna";

export type Ids = Record<"deltagare" | "samtycke" | "inskrivning" | "matning" | "uppfoljning" | "plan" | "planMal", () => string>;

export type GeneratorKontext = {
  forbundId: string;
  insatsId: string;
  spec: InsatsSpec & { deltagare: DeltagareProfil };
  grupper: { id: string; spec: GruppSpec }[];
  matvariabelId: (kod: string) => string;
  ids: Ids;
  /** Shared by every insats of the förbund: deltagarkod and personnummer are unique per förbund. */
  koder: Set<string>;
  personnummer: Set<string>;
  nycklar: IdentitetsNycklar | null;
};

export type DeltagarRader = {
  deltagare: Prisma.DeltagareCreateManyInput[];
  identiteter: Prisma.DeltagareIdentitetCreateManyInput[];
  samtycken: Prisma.SamtyckeCreateManyInput[];
  inskrivningar: Prisma.InskrivningCreateManyInput[];
  matningar: Prisma.MatningCreateManyInput[];
  uppfoljningar: Prisma.UppfoljningCreateManyInput[];
  planer: Prisma.PlanCreateManyInput[];
  planMal: Prisma.PlanMalCreateManyInput[];
};

export type Slot = {
  start: Iso;
  grupp: { id: string; spec: GruppSpec } | null;
  spar: SparProfil;
  orsak: Avslutsorsak | null;
  avslut: Iso | null;
  tidigt: boolean;
  person: number;
};

const TIDIGA: Avslutsorsak[] = ["AVBROTT", "FLYTTAT"];

export function genereraDeltagare(k: GeneratorKontext): DeltagarRader {
  const P = k.spec.deltagare;
  const rng = new Rng(P.strom);
  const slots = startSlots(k, rng);
  allokeraUtfall(P, slots, rng);
  for (const s of slots) s.avslut = avslutsdatum(P, s, rng);
  const personer = tilldelaPersoner(P, slots, rng);

  const rader: DeltagarRader = { deltagare: [], identiteter: [], samtycken: [], inskrivningar: [], matningar: [], uppfoljningar: [], planer: [], planMal: [] };
  const personuppgifter = k.spec.matningsmetod === "PERSONUPPGIFTER";
  const kvinnor = new Set(rng.shuffle(personer.map((_, i) => i)).slice(0, Math.round(P.andelKvinnor * personer.length)));
  const valda = rng.shuffle(personer.map((_, i) => i));
  const skyddade = new Set(personuppgifter ? valda.slice(0, P.skyddade ?? 0) : []);
  const aterkallade = new Set(personuppgifter ? valda.slice(skyddade.size, skyddade.size + (P.aterkalladeSamtycken ?? 0)) : []);
  const samordning = new Set(personuppgifter ? valda.slice(skyddade.size + aterkallade.size).slice(0, P.samordningsnummer ?? 0) : []);

  personer.forEach((personSlots, p) => {
    const forsta = personSlots[0] as Slot;
    const kon = kvinnor.has(p) ? "K" : "M";
    const fodelsear = Number(forsta.start.slice(0, 4)) - rng.normalInt(P.alder.medel, P.alder.sd, P.alder.min, P.alder.max);
    let kod: string;
    do kod = generateDeltagareKod(rng.index);
    while (k.koder.has(kod));
    k.koder.add(kod);
    const deltagareId = k.ids.deltagare();
    rader.deltagare.push({ forbundId: k.forbundId, id: deltagareId, kod, kon, fodelsear, skyddadIdentitet: skyddade.has(p) });

    if (personuppgifter) {
      const sista = personSlots[personSlots.length - 1] as Slot;
      const samtycke: Prisma.SamtyckeCreateManyInput = {
        forbundId: k.forbundId,
        id: k.ids.samtycke(),
        deltagareId,
        insatsId: k.insatsId,
        datum: toDate(addDays(forsta.start, -rng.int(0, 7))),
        omfattning: SAMTYCKE_OMFATTNING,
        registreradAvId: DEMO_IMPORT_ID,
      };
      if (aterkallade.has(p)) {
        // Withdrawn: identity erased, the participation goes on as ANONYM (DESIGN.md §5).
        const senast = sista.avslut ?? addDays(sista.start, 60);
        samtycke.aterkalladDatum = toDate(addDays(forsta.start, Math.max(14, Math.floor(daysBetween(forsta.start, senast) / 2))));
        samtycke.aterkalladAvId = DEMO_IMPORT_ID;
      } else if (!skyddade.has(p) && k.nycklar) {
        const pnr = testPersonnummer(rng, fodelsear, kon, k.personnummer, samordning.has(p));
        const kontakt = demoKontakt(rng, kon, P.namn ?? "svenska");
        rader.identiteter.push({
          forbundId: k.forbundId,
          deltagareId,
          personnummerEnc: encryptField(pnr, k.nycklar.kryptering),
          personnummerHash: hashForLookup(pnr, k.nycklar.hash),
          kontaktEnc: encryptField(JSON.stringify(kontakt), k.nycklar.kryptering),
        });
      }
      rader.samtycken.push(samtycke);
    }

    for (const s of personSlots) inskrivning(k, P, s, deltagareId, aterkallade.has(p), rng, rader);
  });
  return rader;
}

/** Start dates (and groups), sorted. */
function startSlots(k: GeneratorKontext, rng: Rng): Slot[] {
  const P = k.spec.deltagare;
  const ny = (start: Iso, grupp: Slot["grupp"]): Slot => ({ start, grupp, spar: P.spar[0] as SparProfil, orsak: null, avslut: null, tidigt: false, person: -1 });
  let slots: Slot[];
  if (P.starter) {
    const summa = P.starter.reduce((s, w) => s + w.antal, 0);
    if (summa !== P.antal) throw new Error(`${k.spec.namn}: starter add up to ${summa}, antal is ${P.antal}`);
    slots = P.starter.flatMap((w) => Array.from({ length: w.antal }, () => ny(weekday(addDays(w.fran, rng.int(0, daysBetween(w.fran, w.till)))), null)));
  } else {
    if (k.grupper.length === 0) throw new Error(`${k.spec.namn}: deltagare need either starter or grupper`);
    const perGrupp = fordela(P.antal, Object.fromEntries(k.grupper.map((g, i) => [String(i), 1])));
    slots = perGrupp.map((i) => {
      const g = k.grupper[Number(i)] as { id: string; spec: GruppSpec };
      const sen = rng.chance(0.15) ? rng.int(1, 10) : 0; // a few join their group late
      return ny(weekday(addDays(g.spec.startdatum, sen)), g);
    });
  }
  return slots.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** Spår and avslutsorsak by exact allocation; felregistreringar and open inskrivningar first. */
function allokeraUtfall(P: DeltagareProfil, slots: Slot[], rng: Rng): void {
  const sparIndex = rng.shuffle(fordela(slots.length, Object.fromEntries(P.spar.map((s, i) => [String(i), s.andel]))));
  slots.forEach((s, i) => (s.spar = P.spar[Number(sparIndex[i])] as SparProfil));
  const ordning = rng.shuffle(slots.map((_, i) => i));
  const fel = new Set(ordning.slice(0, P.felregistreringar));
  const oppna = new Set(ordning.slice(P.felregistreringar, P.felregistreringar + P.utanAvslut));
  slots.forEach((s, i) => {
    if (fel.has(i)) s.orsak = "FELREGISTRERING";
  });
  for (const spar of P.spar) {
    const mina = slots.filter((s, i) => s.spar === spar && !fel.has(i) && !oppna.has(i));
    const orsaker = rng.shuffle(fordela(mina.length, spar.avslutsorsak));
    mina.forEach((s, i) => (s.orsak = orsaker[i] as Avslutsorsak));
  }
}

function avslutsdatum(P: DeltagareProfil, s: Slot, rng: Rng): Iso | null {
  if (s.orsak === null) return null;
  if (s.orsak === "FELREGISTRERING") return weekday(addDays(s.start, rng.int(1, 10)));
  s.tidigt = TIDIGA.includes(s.orsak) || (s.orsak === "OHALSA" && rng.chance(0.5));
  let slut: Iso;
  if (P.avslutVidGruppslut && s.grupp) {
    const langd = s.grupp.spec.veckor * 7;
    slut = s.tidigt ? addDays(s.start, rng.int(14, Math.max(15, langd - 21))) : addDays(s.grupp.spec.startdatum, langd - 3);
  } else {
    const [min, max] = s.spar.dagar;
    let dagar = s.tidigt ? rng.int(14, Math.max(15, Math.round(min * 0.6))) : rng.int(min, max);
    if (!s.tidigt && P.forlangning && rng.chance(P.forlangning.andel)) dagar += rng.int(...P.forlangning.dagar);
    slut = addDays(s.start, dagar);
  }
  slut = weekday(slut);
  if (slut > P.sistaAvslut) slut = P.sistaAvslut;
  return slut > s.start ? slut : addDays(s.start, 1);
}

/**
 * One person per slot, except `aterinskrivningar` later slots that go to someone whose
 * earlier participation ended at least 60 days before: one deltagare, two inskrivningar.
 */
function tilldelaPersoner(P: DeltagareProfil, slots: Slot[], rng: Rng): Slot[][] {
  slots.forEach((s, i) => (s.person = i));
  const andra = rng.shuffle(slots.slice(Math.floor(slots.length / 2)));
  const upptagna = new Set<number>();
  let kvar = P.aterinskrivningar;
  for (const s of andra) {
    if (kvar === 0) break;
    const kandidat = rng
      .shuffle(slots)
      .find(
        (t) =>
          t !== s &&
          !upptagna.has(t.person) &&
          t.avslut !== null &&
          t.orsak !== "FELREGISTRERING" &&
          t.orsak !== "FLYTTAT" &&
          addDays(t.avslut, 60) <= s.start,
      );
    if (!kandidat || upptagna.has(s.person)) continue;
    upptagna.add(kandidat.person);
    upptagna.add(s.person);
    s.person = kandidat.person;
    kvar--;
  }
  if (kvar > 0) throw new Error(`Could not place ${kvar} re-enrolments`);
  const perPerson = new Map<number, Slot[]>();
  for (const s of slots) perPerson.set(s.person, [...(perPerson.get(s.person) ?? []), s]);
  return [...perPerson.values()];
}

function inskrivning(k: GeneratorKontext, P: DeltagareProfil, s: Slot, deltagareId: string, anonymiserad: boolean, rng: Rng, rader: DeltagarRader): void {
  const id = k.ids.inskrivning();
  const remittent = rng.weighted(Object.entries(s.spar.remittent) as [keyof typeof s.spar.remittent, number][]);
  const forsorjningStart = forsorjningVidStart(rng, remittent, s.spar.forsorjningStart);
  const avslut = s.orsak && s.avslut ? vidAvslut(rng, s.orsak, forsorjningStart) : null;
  // A few avslut without recorded försörjning: goals on it count them as "saknar uppgift".
  const forsorjningAvslut = avslut && s.orsak !== "FELREGISTRERING" && !rng.chance(0.02) ? avslut.forsorjning : [];
  rader.inskrivningar.push({
    forbundId: k.forbundId,
    id,
    insatsId: k.insatsId,
    deltagareId,
    gruppId: s.grupp?.id ?? null,
    startdatum: toDate(s.start),
    remittent,
    aktuellHos: aktuellHosVidStart(rng, remittent, forsorjningStart),
    forsorjningStart,
    sysselsattningStart: sysselsattningVidStart(rng, forsorjningStart),
    utbildningsniva: rng.weighted(Object.entries(P.utbildningsniva) as [string, number][]),
    folkbokforingskommun: rng.weighted(Object.entries(P.kommuner) as [string, number][]),
    tidIOffentligForsorjning: rng.weighted(Object.entries(P.tidIOffentligForsorjning) as [string, number][]),
    spar: s.spar.namn,
    avslutsdatum: s.avslut ? toDate(s.avslut) : null,
    avslutsorsak: s.orsak,
    forsorjningAvslut,
    sysselsattningAvslut: avslut?.sysselsattning ?? [],
    anonymiserad,
  });
  if (s.orsak === "FELREGISTRERING") return;
  matningar(k, P, s, id, rng, rader);
  uppfoljning(k, P, s, id, rng, rader);
  plan(k, P, s, id, rng, rader);
}
