/**
 * The demo data: four förbund built from the five seed documents in shared/seeds —
 * their medlemmar, insatser, groups, budgets, targets — and deterministic synthetic
 * deltagare (no real people). Everything is generated in memory, written with
 * createMany in one transaction (ids are generated here, so children need no read
 * back), and checked against what the demo promises before the transaction commits.
 */
import type { Prisma, PrismaClient } from "../../../generated/prisma/client";
import { DEFAULT_MATVARIABLER } from "../../../lib/domain/matvariabler";
import { toDate } from "./datum";
import { genereraDeltagare, type DeltagarRader } from "./deltagare";
import { DEMO_SLUGS, FORBUND } from "./forbund";
import { FRISKA_VINDAR } from "./friska-vindar";
import { identitetsNycklar, type IdentitetsNycklar } from "./identitet";
import { forvantningar, identitetsForvantningar, kontrolleraSkrivet, type Forvantan } from "./invarianter";
import { kontrolleraMalInsatser, malsattningRader } from "./malsattningar";
import { enkatRader, type EnkatRader } from "./enkater";
import { idFactory } from "./rng";
import { SAMJAMT } from "./samjamt";
import { TILL_ARBETE_ELLER_STUDIER } from "./till-arbete-eller-studier";
import type { DeltagareProfil, InsatsSpec } from "./typer";
import { VAGEN_VIDARE } from "./vagen-vidare";
import { VAGKNUTEN } from "./vagknuten";

export { DEMO_SLUGS };
export { deleteDemoData } from "./delete-demo-data";

export const DEMO_INSATSER: readonly InsatsSpec[] = [VAGEN_VIDARE, FRISKA_VINDAR, VAGKNUTEN, SAMJAMT, TILL_ARBETE_ELLER_STUDIER];

type Tx = Prisma.TransactionClient;

/** All rows of the demo, per table, in the order foreign keys allow them to be written. */
type Rader = {
  forbund: Prisma.ForbundCreateManyInput[];
  medlemmar: Prisma.MedlemCreateManyInput[];
  matvariabler: Prisma.MatvariabelCreateManyInput[];
  insatser: Prisma.InsatsCreateManyInput[];
  grupper: Prisma.GruppCreateManyInput[];
  budgetposter: Prisma.BudgetPostCreateManyInput[];
  finansieringar: Prisma.FinansieringCreateManyInput[];
  utfall: Prisma.UtfallCreateManyInput[];
  volymer: Prisma.VolymRegistreringCreateManyInput[];
  malsattningar: Prisma.MalsattningCreateManyInput[];
  malStatusar: Prisma.MalsattningStatusCreateManyInput[];
} & DeltagarRader &
  Omit<EnkatRader, "malsattningar">;

type Skapad = { spec: InsatsSpec; forbundId: string; insatsId: string };
type Genererad = Skapad & { rader: DeltagarRader; matvariabelId: (kod: string) => string };

export async function seedDemo(db: PrismaClient): Promise<Map<string, string>> {
  kontrolleraMalInsatser(DEMO_INSATSER);
  const { rader, forbundIds, skapade, genererade } = generera(identitetsNycklar());
  await db.$transaction(
    async (tx) => {
      await skriv(tx, rader);
      await kontrollera(tx, skapade, genererade);
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
  return forbundIds;
}

function generera(nycklar: IdentitetsNycklar) {
  const rader: Rader = {
    forbund: [], medlemmar: [], matvariabler: [], insatser: [], grupper: [], budgetposter: [], finansieringar: [], utfall: [], volymer: [],
    malsattningar: [], malStatusar: [], deltagare: [], identiteter: [], samtycken: [], inskrivningar: [], matningar: [], uppfoljningar: [], planer: [], planMal: [],
    enkater: [], enkatInsatser: [], enkatVersioner: [], enkatFragor: [], enkatLankar: [], enkatSvar: [], enkatSvarRader: [],
  };
  const idag = new Date().toISOString().slice(0, 10);
  const forbundIds = new Map<string, string>();
  const skapade: Skapad[] = [];
  const genererade: Genererad[] = [];
  const forbundId = idFactory("forbund");

  for (const f of FORBUND) {
    const id = (tabell: string) => idFactory(`${f.slug}:${tabell}`);
    const ids = {
      medlem: id("medlem"), matvariabel: id("matvariabel"), insats: id("insats"), grupp: id("grupp"), budget: id("budget"), finansiering: id("finansiering"),
      utfall: id("utfall"), volym: id("volym"), mal: id("mal"), status: id("malstatus"),
      deltagare: { deltagare: id("deltagare"), samtycke: id("samtycke"), inskrivning: id("inskrivning"), matning: id("matning"), uppfoljning: id("uppfoljning"), plan: id("plan"), planMal: id("planmal") },
    };
    const fid = forbundId();
    forbundIds.set(f.slug, fid);
    rader.forbund.push({ id: fid, slug: f.slug, namn: f.namn, ...(f.gallringManader ? { gallringManader: f.gallringManader } : {}) });

    const medlemId = new Map(f.medlemmar.map((m) => [m.key, ids.medlem()]));
    for (const m of f.medlemmar) rader.medlemmar.push({ forbundId: fid, id: medlemId.get(m.key) as string, namn: m.namn, typ: m.typ });
    const medlem = (key: string | undefined) => {
      if (key === undefined) return null;
      const mid = medlemId.get(key);
      if (!mid) throw new Error(`${f.slug}: unknown medlem ${key}`);
      return mid;
    };

    const matvariabelIds = new Map<string, string>();
    for (const m of DEFAULT_MATVARIABLER) {
      const mid = ids.matvariabel();
      matvariabelIds.set(m.kod, mid);
      rader.matvariabler.push({ ...m, ...f.matvariabelNamn?.[m.kod], forbundId: fid, id: mid });
    }
    const matvariabelId = (kod: string) => {
      const mid = matvariabelIds.get(kod);
      if (!mid) throw new Error(`${f.slug}: no matvariabel ${kod}`);
      return mid;
    };

    const koder = new Set<string>();
    const personnummer = new Set<string>();
    for (const spec of DEMO_INSATSER.filter((i) => i.forbund === f.slug)) {
      const insatsId = ids.insats();
      rader.insatser.push({
        forbundId: fid,
        id: insatsId,
        namn: spec.namn,
        insatstyp: spec.insatstyp,
        status: spec.status,
        matningsmetod: spec.matningsmetod,
        puaMedlemId: medlem(spec.puaMedlem),
        bitradesavtalDatum: spec.bitradesavtalDatum ? toDate(spec.bitradesavtalDatum) : null,
        utforareMedlemId: medlem(spec.utforareMedlem),
        startdatum: toDate(spec.startdatum),
        slutdatum: toDate(spec.slutdatum),
        malgrupp: spec.malgrupp,
        syfte: spec.syfte,
        preciseradInriktning: spec.preciseradInriktning,
        kontaktperson: spec.kontaktperson,
        kontaktEpost: spec.kontaktEpost ?? null,
        planeradeDeltagare: spec.planeradeDeltagare ?? null,
        planeradeDeltagarePer: spec.planeradeDeltagarePer,
        esfFinansierad: spec.esfFinansierad,
      });
      skapade.push({ spec, forbundId: fid, insatsId });
      const grupper = spec.grupper.map((g) => ({ id: ids.grupp(), spec: g }));
      for (const g of grupper) {
        rader.grupper.push({ forbundId: fid, id: g.id, insatsId, namn: g.spec.namn, startdatum: toDate(g.spec.startdatum), veckor: g.spec.veckor, planeradStorlek: g.spec.planeradStorlek ?? null });
      }
      for (const b of spec.budget) rader.budgetposter.push({ forbundId: fid, id: ids.budget(), insatsId, ...b });
      for (const b of spec.finansiering) rader.finansieringar.push({ forbundId: fid, id: ids.finansiering(), insatsId, ar: b.ar, kalla: b.kalla, medlemId: medlem(b.medlem), belopp: b.belopp });
      for (const u of spec.utfall) rader.utfall.push({ forbundId: fid, id: ids.utfall(), insatsId, ar: u.ar, manad: u.manad ?? null, kategori: u.kategori, belopp: u.belopp, beskrivning: u.beskrivning });
      for (const v of spec.volymer ?? []) {
        rader.volymer.push({ forbundId: fid, id: ids.volym(), insatsId, periodStart: toDate(v.periodStart), periodSlut: toDate(v.periodSlut), kvinnor: v.kvinnor, man: v.man, kommentar: v.kommentar });
      }
      const mal = malsattningRader(fid, insatsId, spec, ids);
      rader.malsattningar.push(...mal.malsattningar);
      rader.malStatusar.push(...mal.statusar);

      if (spec.deltagare) {
        if (spec.matningsmetod === "VOLYM") throw new Error(`${spec.namn}: VOLYM keeps counts only, not deltagare`);
        const d = genereraDeltagare({
          forbundId: fid,
          insatsId,
          spec: spec as InsatsSpec & { deltagare: DeltagareProfil },
          grupper,
          matvariabelId,
          ids: ids.deltagare,
          koder,
          personnummer,
          nycklar: spec.matningsmetod === "PERSONUPPGIFTER" ? nycklar : null,
        });
        for (const key of Object.keys(d) as (keyof DeltagarRader)[]) (rader[key] as unknown[]).push(...d[key]);
        genererade.push({ spec, forbundId: fid, insatsId, rader: d, matvariabelId });
      }
    }
    // Enkäter with answers for every förbund (prisma/seed/demo/enkater.ts).
    const enkat = enkatRader(
      fid,
      f.slug,
      skapade.filter((x) => x.forbundId === fid).map((x) => ({ id: x.insatsId, spec: x.spec })),
      { enkat: id("enkat"), version: id("enkatversion"), fraga: id("enkatfraga"), lank: id("enkatlank"), mal: ids.mal },
      idag,
    );
    for (const key of Object.keys(enkat) as (keyof EnkatRader)[]) (rader[key] as unknown[]).push(...enkat[key]);
  }
  return { rader, forbundIds, skapade, genererade };
}

const BATCH = 1000;

async function skriv(tx: Tx, r: Rader): Promise<void> {
  // One statement per table and batch; the order follows the foreign keys.
  const steg: [string, (data: never[]) => Promise<unknown>, unknown[]][] = [
    ["Forbund", (data) => tx.forbund.createMany({ data }), r.forbund],
    ["Medlem", (data) => tx.medlem.createMany({ data }), r.medlemmar],
    ["Matvariabel", (data) => tx.matvariabel.createMany({ data }), r.matvariabler],
    ["Insats", (data) => tx.insats.createMany({ data }), r.insatser],
    ["Grupp", (data) => tx.grupp.createMany({ data }), r.grupper],
    ["BudgetPost", (data) => tx.budgetPost.createMany({ data }), r.budgetposter],
    ["Finansiering", (data) => tx.finansiering.createMany({ data }), r.finansieringar],
    ["Utfall", (data) => tx.utfall.createMany({ data }), r.utfall],
    ["VolymRegistrering", (data) => tx.volymRegistrering.createMany({ data }), r.volymer],
    ["Malsattning", (data) => tx.malsattning.createMany({ data }), r.malsattningar],
    ["MalsattningStatus", (data) => tx.malsattningStatus.createMany({ data }), r.malStatusar],
    ["Deltagare", (data) => tx.deltagare.createMany({ data }), r.deltagare],
    ["DeltagareIdentitet", (data) => tx.deltagareIdentitet.createMany({ data }), r.identiteter],
    ["Samtycke", (data) => tx.samtycke.createMany({ data }), r.samtycken],
    ["Inskrivning", (data) => tx.inskrivning.createMany({ data }), r.inskrivningar],
    ["Matning", (data) => tx.matning.createMany({ data }), r.matningar],
    ["Uppfoljning", (data) => tx.uppfoljning.createMany({ data }), r.uppfoljningar],
    ["Plan", (data) => tx.plan.createMany({ data }), r.planer],
    ["PlanMal", (data) => tx.planMal.createMany({ data }), r.planMal],
    ["Enkat", (data) => tx.enkat.createMany({ data }), r.enkater],
    ["EnkatInsats", (data) => tx.enkatInsats.createMany({ data }), r.enkatInsatser],
    ["EnkatVersion", (data) => tx.enkatVersion.createMany({ data }), r.enkatVersioner],
    ["EnkatFraga", (data) => tx.enkatFraga.createMany({ data }), r.enkatFragor],
    ["EnkatLank", (data) => tx.enkatLank.createMany({ data }), r.enkatLankar],
    ["EnkatSvar", (data) => tx.enkatSvar.createMany({ data }), r.enkatSvar],
    ["EnkatSvarRad", (data) => tx.enkatSvarRad.createMany({ data }), r.enkatSvarRader],
  ];
  for (const [tabell, createMany, data] of steg) {
    for (let i = 0; i < data.length; i += BATCH) {
      try {
        await createMany(data.slice(i, i + BATCH) as never[]);
      } catch (error) {
        throw new Error(`Demo seed: writing ${tabell} failed: ${(error as Error).message}`, { cause: error });
      }
    }
  }
}

async function kontrollera(tx: Tx, skapade: Skapad[], genererade: Genererad[]): Promise<void> {
  const fel: string[] = [];
  const rapport: string[] = [];
  for (const g of genererade) {
    const forvantat: Forvantan[] = [
      ...forvantningar(g.spec.namn, g.rader, g.matvariabelId),
      ...(g.spec.matningsmetod === "PERSONUPPGIFTER" ? identitetsForvantningar(g.rader) : []),
      ...(await kontrolleraSkrivet(tx, g.forbundId, g.insatsId, g.rader)),
    ];
    for (const f of forvantat) {
      const rad = `${g.spec.namn}: ${f.namn} = ${Number.isInteger(f.varde) ? f.varde : f.varde.toFixed(3)} (${f.krav})`;
      rapport.push(`${f.ok ? "  ok " : "FEL  "}${rad}`);
      if (!f.ok) fel.push(rad);
    }
  }
  // Every insats — Samjamt/i14 too, which has counts instead of deltagare — has its targets and rows.
  const where = { forbundId: { in: [...new Set(skapade.map((s) => s.forbundId))] } };
  const [mal, volymer] = await Promise.all([
    tx.malsattning.groupBy({ by: ["insatsId"], where, _count: true }),
    tx.volymRegistrering.groupBy({ by: ["insatsId"], where, _count: true }),
  ]);
  for (const s of skapade) {
    const antalMal = mal.find((m) => m.insatsId === s.insatsId)?._count ?? 0;
    const antalVolymer = volymer.find((v) => v.insatsId === s.insatsId)?._count ?? 0;
    rapport.push(`  ${s.spec.namn}: ${antalMal} målsättningar, ${antalVolymer} volymregistreringar`);
    if (antalMal === 0) fel.push(`${s.spec.namn}: no målsättningar written`);
    if (antalVolymer !== (s.spec.volymer?.length ?? 0)) fel.push(`${s.spec.namn}: ${antalVolymer} volymregistreringar written`);
    if (s.spec.matningsmetod === "VOLYM" && antalVolymer === 0) fel.push(`${s.spec.namn}: VOLYM without counts`);
  }
  if (process.env.DEMO_SEED_RAPPORT) console.log(rapport.join("\n"));
  if (fel.length > 0) throw new Error(`Demo data does not keep its promises:\n  ${fel.join("\n  ")}`);
}
