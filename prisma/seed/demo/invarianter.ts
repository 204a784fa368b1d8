/**
 * What the demo promises, checked at the end of every seed: each insats has the
 * volumes it should, every row generated was written, and each seed target lands on
 * the side of its threshold this demo means it to.
 * A change to a profile, the code lists or the generator that breaks a promise fails
 * the seed — inside its transaction, so nothing half-seeded is left behind.
 *
 * The shares here are computed independently of lib/domain/goals (same population
 * rules: FELREGISTRERING never counts, a missing measurement is neither yes nor no),
 * so the seed does not depend on the engine it is meant to exercise.
 */
import type { Prisma } from "../../../generated/prisma/client";
import type { DeltagarRader } from "./deltagare";

type Tx = Prisma.TransactionClient;
type Insk = Prisma.InskrivningCreateManyInput;

export type Forvantan = { namn: string; varde: number; ok: boolean; krav: string };

const iso = (d: Date | string | null | undefined) => (d == null ? null : new Date(d).toISOString().slice(0, 10));

class Statistik {
  private readonly mat = new Map<string, number>();
  private readonly uppf = new Map<string, string>();
  private readonly planer = new Set<string>();
  readonly raknade: Insk[];
  readonly avslutade: Insk[];

  constructor(readonly r: DeltagarRader) {
    for (const m of r.matningar) this.mat.set(`${m.inskrivningId}|${m.matvariabelId}|${m.tidpunkt}`, m.varde);
    for (const u of r.uppfoljningar) this.uppf.set(u.inskrivningId, u.status);
    for (const p of r.planer) this.planer.add(p.inskrivningId);
    this.raknade = r.inskrivningar.filter((i) => i.avslutsorsak !== "FELREGISTRERING");
    this.avslutade = this.raknade.filter((i) => i.avslutsdatum != null);
  }

  /** ja / (ja + nej) over `rader`; null from `test` = saknar uppgift, left out of the denominator. */
  andel(rader: Insk[], test: (i: Insk) => boolean | null): number {
    let ja = 0;
    let n = 0;
    for (const i of rader) {
      const t = test(i);
      if (t === null) continue;
      n++;
      if (t) ja++;
    }
    return n === 0 ? Number.NaN : ja / n;
  }

  okat(variabelId: string) {
    return (i: Insk) => {
      const a = this.mat.get(`${i.id}|${variabelId}|START`);
      const b = this.mat.get(`${i.id}|${variabelId}|AVSLUT`);
      return a === undefined || b === undefined ? null : b > a;
    };
  }

  ja(variabelId: string) {
    return (i: Insk) => {
      const v = this.mat.get(`${i.id}|${variabelId}|AVSLUT`);
      return v === undefined ? null : v === 1;
    };
  }

  uppfoljning(statusar: string[]) {
    return (i: Insk) => {
      const s = this.uppf.get(i.id as string);
      return s === undefined ? null : statusar.includes(s);
    };
  }

  harPlan = (i: Insk) => this.planer.has(i.id as string);

  antal(orsaker: string[]): number {
    return this.avslutade.filter((i) => orsaker.includes(i.avslutsorsak ?? "")).length;
  }

  /** Inskrivna at some time in calendar year `ar` (overlap), as SUS counted them. */
  inskrivnaAr(ar: number): number {
    return this.raknade.filter((i) => iso(i.startdatum)! <= `${ar}-12-31` && (i.avslutsdatum == null || iso(i.avslutsdatum)! >= `${ar}-01-01`)).length;
  }

  kvinnoandel(konPerDeltagare: Map<string, string>): number {
    return this.andel(this.raknade, (i) => konPerDeltagare.get(i.deltagareId) === "K");
  }

  saknarMatning(variabelId: string): number {
    return this.avslutade.filter((i) => this.okat(variabelId)(i) === null).length;
  }
}

const minst = (namn: string, varde: number, min: number): Forvantan => ({ namn, varde, ok: varde >= min - 1e-9, krav: `≥ ${min}` });
const under = (namn: string, varde: number, max: number): Forvantan => ({ namn, varde, ok: varde < max - 1e-9, krav: `< ${max}` });
const mellan = (namn: string, varde: number, min: number, max: number): Forvantan => ({ namn, varde, ok: varde >= min && varde <= max, krav: `${min}–${max}` });

/** The intended outcome of every seed target, and the volumes, per insats. */
export function forvantningar(insats: string, r: DeltagarRader, matvariabelId: (kod: string) => string): Forvantan[] {
  const s = new Statistik(r);
  const kon = new Map(r.deltagare.map((d) => [d.id as string, d.kon]));
  const VAS = matvariabelId("VAS");
  switch (insats) {
    case "Vägen vidare": {
      const perGrupp = new Map<string, number>();
      for (const i of s.raknade) if (i.gruppId) perGrupp.set(i.gruppId, (perGrupp.get(i.gruppId) ?? 0) + 1);
      return [
        mellan("inskrivningar", s.raknade.length, 24, 30),
        mellan("andel kvinnor", s.kvinnoandel(kon), 1, 1),
        minst("avslutade till arbete/studier (mål ≥ 6: nås)", s.antal(["ARBETE", "STUDIER"]), 6),
        under("till annan arbetsförberedande insats (mål ≥ 12: nås inte)", s.antal(["ANNAN_ARBETSFORBEREDANDE_INSATS"]), 12),
        minst("andel ökad VAS (mål 0,7: nås)", s.andel(s.avslutade, s.okat(VAS)), 0.7),
        minst("minsta grupp (mål 2 grupper ≥ 12: nås)", perGrupp.size === 2 ? Math.min(...perGrupp.values()) : 0, 12),
      ];
    }
    case "Friska Vindar 2.0": {
      const STEG = matvariabelId("STEG");
      return [
        mellan("inskrivningar", s.raknade.length, 400, 440),
        mellan("andel kvinnor (mål 40–60 %: nås)", s.kvinnoandel(kon), 0.45, 0.58),
        under("andel ökat steg (mål 0,8: nås inte)", s.andel(s.avslutade, s.okat(STEG)), 0.8),
        minst("andel ökat steg, rimlig nivå", s.andel(s.avslutade, s.okat(STEG)), 0.6),
        mellan("andel lön/studiemedel vid avslut (mål 0,4: nås)", s.andel(s.avslutade, (i) => {
          const f = (i.forsorjningAvslut ?? []) as string[];
          return f.length === 0 ? null : f.includes("LON") || f.includes("STUDIEMEDEL");
        }), 0.4, 0.5),
        minst("andel ökad VAS (mål 0,7: nås)", s.andel(s.avslutade, s.okat(VAS)), 0.7),
        minst("avslutade som saknar stegmätning", s.saknarMatning(STEG), 5),
      ];
    }
    case "Vägknuten 2.0":
      return [
        mellan("inskrivningar", s.raknade.length, 85, 95),
        minst("inskrivna 2017 (mål 30/år)", s.inskrivnaAr(2017), 30),
        minst("inskrivna 2018 (mål 30/år)", s.inskrivnaAr(2018), 30),
        minst("inskrivna 2019 (mål 30/år)", s.inskrivnaAr(2019), 30),
        minst("andel arbete/studier/rätt ersättning efter 90 dagar (mål 0,3: nås)", s.andel(s.avslutade, s.uppfoljning(["ARBETE", "STUDIER", "RATT_ERSATTNING"])), 0.3),
        minst("andel närmare arbetsmarknaden (mål 0,5: nås)", s.andel(s.avslutade, s.ja(matvariabelId("NARMARE_ARBETSMARKNADEN"))), 0.5),
        under("andel önskvärd utveckling (mål 0,7: nås inte)", s.andel(s.avslutade, s.ja(matvariabelId("ONSKVARD_UTVECKLING"))), 0.7),
        under("andel med genomförandeplan (mål 1,0: nås inte)", s.andel(s.raknade, s.harPlan), 1),
        minst("andel med genomförandeplan, rimlig nivå", s.andel(s.raknade, s.harPlan), 0.85),
      ];
    case "Till arbete eller studier":
      return [mellan("inskrivningar (mål ≥ 61: nås)", s.raknade.length, 61, 70)];
    default:
      return [];
  }
}

/**
 * PERSONUPPGIFTER: every deltagare has a samtycke, and either an identity, skyddade
 * personuppgifter (never an identity) or a withdrawn samtycke (identity erased).
 */
export function identitetsForvantningar(r: DeltagarRader): Forvantan[] {
  const skyddade = r.deltagare.filter((d) => d.skyddadIdentitet).length;
  const aterkallade = r.samtycken.filter((s) => s.aterkalladDatum != null).length;
  return [
    { namn: "samtycken = deltagare", varde: r.samtycken.length, ok: r.samtycken.length === r.deltagare.length, krav: `= ${r.deltagare.length}` },
    {
      namn: "identiteter + skyddade + återkallade = deltagare",
      varde: r.identiteter.length + skyddade + aterkallade,
      ok: r.identiteter.length + skyddade + aterkallade === r.deltagare.length,
      krav: `= ${r.deltagare.length}`,
    },
    minst("deltagare med skyddade personuppgifter", skyddade, 1),
    minst("återkallade samtycken", aterkallade, 1),
  ];
}

/** Rows actually written for one insats, compared with what was generated. */
export async function kontrolleraSkrivet(tx: Tx, forbundId: string, insatsId: string, r: DeltagarRader): Promise<Forvantan[]> {
  const vid = { forbundId, inskrivning: { insatsId } };
  const [inskrivningar, matningar, uppfoljningar, planer, samtycken, identiteter] = await Promise.all([
    tx.inskrivning.count({ where: { forbundId, insatsId } }),
    tx.matning.count({ where: vid }),
    tx.uppfoljning.count({ where: vid }),
    tx.plan.count({ where: vid }),
    tx.samtycke.count({ where: { forbundId, insatsId } }),
    tx.deltagareIdentitet.count({ where: { forbundId, deltagare: { inskrivningar: { some: { insatsId } } } } }),
  ]);
  const lika = (namn: string, varde: number, forvantat: number): Forvantan => ({ namn, varde, ok: varde === forvantat, krav: `= ${forvantat}` });
  return [
    lika("skrivna inskrivningar", inskrivningar, r.inskrivningar.length),
    lika("skrivna mätningar", matningar, r.matningar.length),
    lika("skrivna uppföljningar", uppfoljningar, r.uppfoljningar.length),
    lika("skrivna planer", planer, r.planer.length),
    lika("skrivna samtycken", samtycken, r.samtycken.length),
    lika("skrivna identiteter", identiteter, r.identiteter.length),
  ];
}
