// The result cache (lib/server/cache) keys goal results on data versions that
// triggers move in the writing transaction (migration
// 20261124230000_insats_data_version): one per insats for its own rows, the
// förbund's for förbund-wide data. Every kind of write must change the next
// figures at once (never a stale figure): after each write the cached answer
// must equal one computed from scratch. A write to one insats must leave the
// other insatser's pieces in use, and reads, rolled-back writes and the other
// förbund's writes must leave the versions alone. Runs on PGlite and on
// PostgreSQL (DATABASE_URL).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "./support/session";
import { db } from "@/lib/db";
import { registerInskrivningAction } from "@/lib/actions/deltagare/register-inskrivning";
import { recordMatningarAction } from "@/lib/actions/inskrivning/record-matningar";
import { avslutaInskrivningAction } from "@/lib/actions/inskrivning/avsluta-inskrivning";
import { recordUppfoljningAction } from "@/lib/actions/inskrivning/record-uppfoljning";
import { updateMalsattningAction } from "@/lib/actions/malsattning/update-malsattning";
import { rattaDeltagareAction } from "@/lib/actions/gdpr/ratta-deltagare";
import { createEnkatAction } from "@/lib/actions/enkat/create-enkat";
import { setEnkatStatusAction } from "@/lib/actions/enkat/set-enkat-status";
import { createEnkatLankar } from "@/lib/server/enkat/create-enkat-lankar";
import { submitEnkatSvar } from "@/lib/server/enkat/submit-enkat-svar";
import { erasePersonuppgifter } from "@/lib/server/gdpr/erase-personuppgifter";
import { gallraForbund } from "@/lib/server/gdpr/gallra-forbund";
import { runImport } from "@/lib/server/import/run-import";
import { getForbundOversikt } from "@/lib/server/oversikt/get-forbund-oversikt";
import { getStyrelseOversikt } from "@/lib/server/oversikt/get-styrelse-oversikt";
import { getInsatsDashboard } from "@/lib/server/dashboard/get-insats-dashboard";
import { listMalStatusPerInsats } from "@/lib/server/malsattning/list-mal-status-per-insats";
import { listMalsattningarMedResultat } from "@/lib/server/malsattning/list-malsattningar-med-resultat";
import { clearResultCache } from "@/lib/server/cache/cached-result";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { oversiktFilterSchema } from "@/lib/validation/oversikt";
import { createForbund, createInsats, createMember } from "../factories";
import type { TenantContext } from "@/lib/auth/tenant-context";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "localhost:3000" }) }));

const noFilter = oversiktFilterSchema.parse({});
const sus = { startdatum: "2025-03-03", remittent: "AF", aktuellHos: ["AF"], forsorjningStart: ["SJUKPENNING"], sysselsattningStart: ["OVRIGA"], utbildningsniva: "GYMNASIAL", folkbokforingskommun: "Trollhättan", tidIOffentligForsorjning: "AR_1_2", spar: "Fördjupning" };
const anonym = { ...sus, kon: "K", fodelsear: 1988 };
const antalDef = (minAntal: number) => ({ typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal, per: "PERIOD" });
const andelDef = { typ: "ANDEL", population: "AVSLUTADE", villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "VAS", fran: "START", till: "AVSLUT" }], minAndel: 0.5 };
const kvinnorDef = { typ: "ANDEL", population: "INSKRIVNA", villkor: [{ typ: "KON", kon: "K" }], minAndel: 0.5 };
const uppfoljdaDef = { typ: "ANDEL", population: "AVSLUTADE_MED_UPPFOLJNING", villkor: [{ typ: "UPPFOLJNING_STATUS", koder: ["ARBETE"] }], minAndel: 0.5 };
const avslut = { avslutsdatum: "2025-06-30", avslutsorsak: "ARBETE", forsorjningAvslut: ["LON"], sysselsattningAvslut: ["FORVARVSARBETE"] };

type Forbund = Awaited<ReturnType<typeof createForbund>>;
let a: Forbund;
let b: Forbund;
let insatsA: string;
let insatsA2: string;
let insatsB: string;
let antalMal: string;
let andelMal: string;
const kvinnorMal: Record<string, string> = {};
let uppfoljdaMal: string;
let pl: TenantContext;
let plB: TenantContext;
let vagledare: string;
let vagCtx: TenantContext;

const version = async (f: Forbund) => (await db.forbund.findUniqueOrThrow({ where: { id: f.id }, select: { dataVersion: true } })).dataVersion;
const insatsVersion = async (id: string) => (await db.$queryRaw<{ v: number }[]>`SELECT "dataVersion" AS v FROM "Insats" WHERE "id" = ${id}`)[0]!.v;
const versioner = async () => ({ forbund: await version(a), [insatsA]: await insatsVersion(insatsA), [insatsA2]: await insatsVersion(insatsA2) });
const oversiktMal = async (ctx: TenantContext, insatsId: string, malId: string) =>
  (await getForbundOversikt(ctx, noFilter)).insatser.find((i) => i.id === insatsId)!.mal.find((m) => m.id === malId)!.resultat;
const dashboardMal = async (insatsId: string, malId: string) => (await getInsatsDashboard(pl, insatsId, {})).mal.find((m) => m.id === malId)!.resultat;
const piece = async (insatsId: string) => (await getForbundOversikt(pl, noFilter)).insatser.find((i) => i.id === insatsId)!;

/** Every cached function of förbund A, as one value. */
const allt = async () => ({
  oversikt: await getForbundOversikt(pl, noFilter),
  status: await listMalStatusPerInsats(pl),
  dashboards: [await getInsatsDashboard(pl, insatsA, {}), await getInsatsDashboard(pl, insatsA2, {})],
  mal: [await listMalsattningarMedResultat(pl, insatsA), await listMalsattningarMedResultat(pl, insatsA2)],
});
/** What the cache answers now equals what the functions compute from scratch: no stale figure anywhere. */
async function intetInaktuellt() {
  const cachat = await allt();
  clearResultCache();
  expect(cachat).toEqual(await allt());
}

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  insatsA = (await createInsats(a.id)).id;
  insatsA2 = (await createInsats(a.id)).id;
  insatsB = (await createInsats(b.id)).id;
  const mal = (insatsId: string, typ: "ANTAL" | "ANDEL", text: string, definition: object) =>
    db.malsattning.create({ data: { forbundId: a.id, insatsId, typ, kategori: typ === "ANTAL" ? "VERKSAMHETSMAL" : "RESULTATMAL", text, definition } });
  antalMal = (await mal(insatsA, "ANTAL", "Två deltagare", antalDef(2))).id;
  andelMal = (await mal(insatsA, "ANDEL", "Hälften mår bättre", andelDef)).id;
  uppfoljdaMal = (await mal(insatsA, "ANDEL", "Hälften i arbete vid uppföljningen", uppfoljdaDef)).id;
  for (const id of [insatsA, insatsA2]) kvinnorMal[id] = (await mal(id, "ANDEL", "Hälften kvinnor", kvinnorDef)).id;
  await mal(insatsA2, "ANDEL", "Hälften mår bättre", andelDef);
  await db.malsattning.create({ data: { forbundId: b.id, insatsId: insatsB, typ: "ANTAL", kategori: "VERKSAMHETSMAL", text: "Två deltagare", definition: antalDef(2) } });
  pl = (await createMember(a, "PROCESSLEDARE")).ctx;
  plB = (await createMember(b, "PROCESSLEDARE")).ctx;
  const vag = await createMember(a, "VAGLEDARE", [insatsA, insatsA2]);
  vagledare = vag.user.id;
  vagCtx = vag.ctx;
});

describe("result cache keyed by per-insats data versions", () => {
  it("read-only transactions neither move a version nor recompute: the second read is the cached value", async () => {
    const v = await versioner();
    const first = await allt();
    const again = await allt();
    expect(again.oversikt.insatser[0]).toBe(first.oversikt.insatser[0]);
    expect(again.oversikt.insatser[1]).toBe(first.oversikt.insatser[1]);
    expect(again.status[insatsA]).toBe(first.status[insatsA]);
    expect(again.dashboards[0]).toBe(first.dashboards[0]);
    expect(again.mal[1]).toBe(first.mal[1]);
    // Another argument is another entry.
    const januari = await getForbundOversikt(pl, oversiktFilterSchema.parse({ till: "2025-01-31" }));
    expect(januari.insatser.find((i) => i.id === insatsA)).not.toBe(first.oversikt.insatser.find((i) => i.id === insatsA));
    expect(await versioner()).toEqual(v);
  });

  it("a registration moves only its insats's version: its figures change at once, the other insats's pieces are reused", async () => {
    const v = await versioner();
    const andra = await piece(insatsA2);
    const andraStatus = (await listMalStatusPerInsats(pl))[insatsA2];
    const andraDashboard = await getInsatsDashboard(pl, insatsA2, {});
    expect((await oversiktMal(pl, insatsA, antalMal)).taljare).toBe(0);
    expect((await dashboardMal(insatsA, antalMal)).taljare).toBe(0);
    const statusBefore = (await listMalStatusPerInsats(pl))[insatsA]!;
    actAs(vagledare);
    for (let i = 0; i < 2; i++) expect(await registerInskrivningAction(a.slug, insatsA, anonym)).toMatchObject({ ok: true });
    expect(await versioner()).toEqual({ ...v, [insatsA]: v[insatsA]! + 2 });
    expect((await oversiktMal(pl, insatsA, antalMal)).taljare).toBe(2);
    expect((await dashboardMal(insatsA, antalMal)).taljare).toBe(2);
    expect((await listMalsattningarMedResultat(pl, insatsA)).find((m) => m.id === antalMal)!.resultat.taljare).toBe(2);
    const statusAfter = (await listMalStatusPerInsats(pl))[insatsA]!;
    expect(statusAfter).not.toEqual(statusBefore);
    expect(statusAfter.perStatus.UPPNATT).toBe(1);
    // The other insats: the very same pieces, not computed again.
    expect(await piece(insatsA2)).toBe(andra);
    expect((await listMalStatusPerInsats(pl))[insatsA2]).toBe(andraStatus);
    expect(await getInsatsDashboard(pl, insatsA2, {})).toBe(andraDashboard);
    // The board's suppressed view is built from the fresh exact figures, per call.
    expect((await getStyrelseOversikt(pl, noFilter)).insatser.find((i) => i.id === insatsA)).toBeDefined();
    await intetInaktuellt();
  });

  it("a mätning and ending the inskrivning change the ANDEL target's figures at once", async () => {
    const inskrivning = await db.inskrivning.findFirstOrThrow({ where: { forbundId: a.id, insatsId: insatsA }, select: { id: true, version: true } });
    expect((await oversiktMal(pl, insatsA, andelMal)).namnare).toBe(0);
    actAs(vagledare);
    expect(await recordMatningarAction(a.slug, insatsA, inskrivning.id, { version: inskrivning.version, tidpunkt: "START", datum: "2025-03-03", varden: { VAS: 3 } })).toMatchObject({ ok: true });
    await intetInaktuellt();
    const v = await versioner();
    expect(await avslutaInskrivningAction(a.slug, insatsA, inskrivning.id, { version: inskrivning.version + 1, ...avslut, varden: { VAS: 6 } })).toMatchObject({ ok: true });
    expect((await versioner())[insatsA]).toBeGreaterThan(v[insatsA]!);
    expect((await versioner())[insatsA2]).toBe(v[insatsA2]);
    const after = await oversiktMal(pl, insatsA, andelMal);
    expect([after.taljare, after.namnare]).toEqual([1, 1]);
    const dash = await dashboardMal(insatsA, andelMal);
    expect([dash.taljare, dash.namnare]).toEqual([1, 1]);
    await intetInaktuellt();
  });

  it("a follow-up changes the AVSLUTADE_MED_UPPFOLJNING target at once", async () => {
    const inskrivning = await db.inskrivning.findFirstOrThrow({ where: { forbundId: a.id, insatsId: insatsA, avslutsdatum: { not: null } }, select: { id: true, version: true } });
    expect((await oversiktMal(pl, insatsA, uppfoljdaMal)).namnare).toBe(0);
    actAs(vagledare);
    const res = await recordUppfoljningAction(a.slug, insatsA, inskrivning.id, { version: inskrivning.version, datum: "2025-10-01", status: "ARBETE", forsorjning: ["LON"], sysselsattning: ["FORVARVSARBETE"] });
    expect(res).toMatchObject({ ok: true });
    const after = await oversiktMal(pl, insatsA, uppfoljdaMal);
    expect([after.taljare, after.namnare]).toEqual([1, 1]);
    await intetInaktuellt();
  });

  it("editing a target changes its status in the next overview", async () => {
    expect((await oversiktMal(pl, insatsA, antalMal)).status).toBe("UPPNATT");
    const mal = await db.malsattning.findFirstOrThrow({ where: { forbundId: a.id, id: antalMal }, select: { version: true } });
    actAs(pl.userId);
    expect(await updateMalsattningAction(a.slug, insatsA, antalMal, { kategori: "VERKSAMHETSMAL", text: "Tio deltagare", definition: antalDef(10), version: mal.version })).toMatchObject({ ok: true });
    expect((await oversiktMal(pl, insatsA, antalMal)).status).not.toBe("UPPNATT");
    expect((await piece(insatsA)).mal.find((m) => m.id === antalMal)!.text).toBe("Tio deltagare");
    await intetInaktuellt();
  });

  it("correcting the kön of a deltagare in two insatser changes both insatsers' figures at once", async () => {
    actAs(vagledare);
    expect(await registerInskrivningAction(a.slug, insatsA2, anonym)).toMatchObject({ ok: true });
    const i2 = await db.inskrivning.findFirstOrThrow({ where: { forbundId: a.id, insatsId: insatsA2 }, select: { deltagareId: true } });
    // The same person in insats A too (a second inskrivning of one deltagare).
    await db.inskrivning.create({ data: { forbundId: a.id, insatsId: insatsA, deltagareId: i2.deltagareId, startdatum: new Date("2025-04-01"), remittent: "AF", aktuellHos: ["AF"], forsorjningStart: ["SJUKPENNING"], sysselsattningStart: ["OVRIGA"], utbildningsniva: "GYMNASIAL", folkbokforingskommun: "Trollhättan", tidIOffentligForsorjning: "AR_1_2" } });
    const fore = { [insatsA]: await oversiktMal(pl, insatsA, kvinnorMal[insatsA]!), [insatsA2]: await oversiktMal(pl, insatsA2, kvinnorMal[insatsA2]!) };
    const fv = await version(a);
    const d = await db.deltagare.findFirstOrThrow({ where: { forbundId: a.id, id: i2.deltagareId }, select: { version: true } });
    actAs(pl.userId);
    expect(await rattaDeltagareAction(a.slug, i2.deltagareId, { version: d.version, kon: "M", fodelsear: 1988 })).toMatchObject({ ok: true });
    for (const id of [insatsA, insatsA2]) expect((await oversiktMal(pl, id, kvinnorMal[id]!)).taljare).toBe(fore[id]!.taljare! - 1);
    // The correction moved the two insatser, not the whole förbund.
    expect(await version(a)).toBe(fv);
    await intetInaktuellt();
  });

  it("a change of minCellStorlek changes the figures at once, from an action or the plain client", async () => {
    // One avslutad with both VAS values: below the default minimum of 5, UNDERLAG_SAKNAS.
    expect((await oversiktMal(pl, insatsA, andelMal)).status).toBe("UNDERLAG_SAKNAS");
    await withTenantTx(a.id, (tx) => tx.forbund.update({ where: { id: a.id }, data: { minCellStorlek: 1 } }));
    expect((await oversiktMal(pl, insatsA, andelMal)).status).not.toBe("UNDERLAG_SAKNAS");
    expect((await dashboardMal(insatsA, andelMal)).status).not.toBe("UNDERLAG_SAKNAS");
    await intetInaktuellt();
    await db.forbund.update({ where: { id: a.id }, data: { minCellStorlek: 5 } });
    expect((await oversiktMal(pl, insatsA, andelMal)).status).toBe("UNDERLAG_SAKNAS");
    await intetInaktuellt();
  });

  it("a Matvariabel change moves the förbund's version: every piece is computed again", async () => {
    const fv = await version(a);
    const andra = await piece(insatsA2);
    await withTenantTx(a.id, (tx) => tx.matvariabel.updateMany({ where: { forbundId: a.id, kod: "VAS" }, data: { namn: "Välmående (ändrad)" } }));
    expect(await version(a)).toBe(fv + 1);
    expect(await piece(insatsA2)).not.toBe(andra);
    expect((await getForbundOversikt(pl, noFilter)).matvariabelNamn.VAS).toBe("Välmående (ändrad)");
    await intetInaktuellt();
  });

  it("an import changes the figures at once", async () => {
    const fore = (await oversiktMal(pl, insatsA2, kvinnorMal[insatsA2]!)).namnare!;
    const rad = (kon: string) => `${kon};1980;2025-05-05;FORSORJNINGSSTOD;4;3;;;;;;;;`;
    const head = "Kön;Födelseår;Startdatum;Försörjning vid start;VAS start;STEG start;Avslutsdatum;Avslutsorsak;Försörjning vid avslut;Sysselsättning vid avslut;VAS avslut;Uppföljning datum;Uppföljning status;Försörjning vid uppföljning";
    const bytes = new TextEncoder().encode([head, rad("K"), rad("M"), rad("K")].join("\r\n") + "\r\n");
    const rapport = await runImport(vagCtx, insatsA2, { namn: "import.csv", typ: "csv", bytes }, { dryRun: false, today: "2026-11-24" });
    expect(rapport.fel).toEqual([]);
    expect(rapport.sparad).toBe(true);
    expect((await oversiktMal(pl, insatsA2, kvinnorMal[insatsA2]!)).namnare).toBe(fore + 3);
    await intetInaktuellt();
  });

  it("an enkät answer through a link tied to an inskrivning (a self-reported Matning) changes the figures at once", async () => {
    const vas = await db.matvariabel.findFirstOrThrow({ where: { forbundId: a.id, kod: "VAS" }, select: { id: true } });
    actAs(pl.userId);
    const enkat = await createEnkatAction(a.slug, {
      namn: "Avslutsenkät",
      beskrivning: "",
      respondentgrupp: "DELTAGARE_AVSLUT",
      insatsIds: [insatsA2],
      fragor: [{ text: "Hur mår du?", typ: "SKALA", skalaMin: 0, skalaMax: 10, etikettMin: "", etikettMax: "", obligatorisk: true, alternativ: "", matvariabelId: vas.id, hjalptext: "" }],
    });
    if (!enkat.ok) throw new Error(JSON.stringify(enkat));
    await setEnkatStatusAction(a.slug, enkat.data.id, { status: "AKTIV" });
    // An avslutad inskrivning with VAS at start and none at avslut: not yet in the ANDEL target's denominator.
    actAs(vagledare);
    expect(await registerInskrivningAction(a.slug, insatsA2, anonym)).toMatchObject({ ok: true });
    const i = await db.inskrivning.findFirstOrThrow({ where: { forbundId: a.id, insatsId: insatsA2 }, orderBy: { createdAt: "desc" }, select: { id: true, version: true } });
    expect(await recordMatningarAction(a.slug, insatsA2, i.id, { version: i.version, tidpunkt: "START", datum: "2025-03-03", varden: { VAS: 2 } })).toMatchObject({ ok: true });
    expect(await avslutaInskrivningAction(a.slug, insatsA2, i.id, { version: i.version + 1, ...avslut })).toMatchObject({ ok: true });
    const andelA2 = (await listMalsattningarMedResultat(pl, insatsA2)).find((m) => m.typ === "ANDEL" && m.text === "Hälften mår bättre")!.id;
    const fore = await oversiktMal(pl, insatsA2, andelA2);
    const { tokens } = await createEnkatLankar(vagCtx, enkat.data.id, { antal: 1, giltigDagar: 30, inskrivningId: i.id });
    const fraga = await db.enkatFraga.findFirstOrThrow({ where: { forbundId: a.id, version: { enkatId: enkat.data.id } }, select: { id: true } });
    expect(await submitEnkatSvar(tokens[0]!, { [fraga.id]: 9 }, "198.51.100.77")).toEqual({ kopplad: true });
    const efter = await oversiktMal(pl, insatsA2, andelA2);
    expect([efter.taljare, efter.namnare]).toEqual([fore.taljare! + 1, fore.namnare! + 1]);
    await intetInaktuellt();
  });

  it("erasure and gallring keep every figure true (they change no count, and the cache serves none stale)", async () => {
    const d = await db.inskrivning.findFirstOrThrow({ where: { forbundId: a.id, insatsId: insatsA }, select: { deltagareId: true } });
    const v = await versioner();
    await allt();
    await withTenantTx(a.id, (tx) => erasePersonuppgifter(tx, a.id, d.deltagareId));
    expect((await versioner())[insatsA]).toBeGreaterThan(v[insatsA]!);
    await intetInaktuellt();
    await allt();
    await db.forbund.update({ where: { id: a.id }, data: { gallringManader: 1 } });
    expect((await gallraForbund(a.id, { idag: "2026-11-24" })).raderade).toBeGreaterThan(0);
    await intetInaktuellt();
  });

  it("a rolled-back write leaves the versions and the cached figures as they were", async () => {
    const v = await versioner();
    const cached = await piece(insatsA);
    await expect(
      withTenantTx(a.id, async (tx) => {
        await tx.insats.update({ where: { forbundId_id: { forbundId: a.id, id: insatsA } }, data: { namn: "Ändrad och återställd" } });
        await tx.malsattning.updateMany({ where: { forbundId: a.id, insatsId: insatsA }, data: { text: "Ändrad och återställd" } });
        throw new Error("avbryt");
      }),
    ).rejects.toThrow("avbryt");
    expect(await versioner()).toEqual(v);
    expect(await piece(insatsA)).toBe(cached);
    expect(cached.namn).not.toBe("Ändrad och återställd");
  });

  it("an insats renamed on the plain client (no trigger on Insats) shows its new name: the key holds the row's xmin", async () => {
    const cached = await piece(insatsA);
    await db.insats.update({ where: { forbundId_id: { forbundId: a.id, id: insatsA } }, data: { namn: "Nytt namn" } });
    expect((await piece(insatsA)).namn).toBe("Nytt namn");
    expect(cached.namn).not.toBe("Nytt namn");
    await intetInaktuellt();
  });

  it("two förbund share no entry: a write in one moves only its own versions and the other keeps its cached value", async () => {
    const vB = [await version(b), await insatsVersion(insatsB)];
    const fromB = await getForbundOversikt(plB, noFilter);
    expect(fromB.insatser.map((i) => i.id)).toEqual([insatsB]);
    actAs(vagledare);
    expect(await registerInskrivningAction(a.slug, insatsA, anonym)).toMatchObject({ ok: true });
    expect([await version(b), await insatsVersion(insatsB)]).toEqual(vB);
    expect((await getForbundOversikt(plB, noFilter)).insatser[0]).toBe(fromB.insatser[0]);
    // B's förbund and insats at the same version numbers as A's still get B's own figures.
    await db.forbund.update({ where: { id: b.id }, data: { dataVersion: await version(a) } });
    await db.$executeRaw`UPDATE "Insats" SET "dataVersion" = ${await insatsVersion(insatsA)} WHERE "id" = ${insatsB}`;
    const sameNumber = await getForbundOversikt(plB, noFilter);
    expect(sameNumber.insatser.map((i) => i.id)).toEqual([insatsB]);
    expect(sameNumber.insatser[0]!.mal[0]!.resultat.taljare).toBe(0);
  });

  it("a förbund created again with the same id gets new figures", async () => {
    // Deleted and created again (a forced reseed): the counters start at 0 again, the rows' xmin does not repeat.
    const c = await createForbund();
    const plC = (await createMember(c, "PROCESSLEDARE")).ctx;
    const insatsC = (await createInsats(c.id)).id;
    const first = await getForbundOversikt(plC, noFilter);
    expect(first.insatser.map((i) => i.id)).toEqual([insatsC]);
    await db.forbund.delete({ where: { id: c.id } });
    await db.forbund.create({ data: { id: c.id, slug: c.slug, namn: c.namn } });
    expect(await version(c)).toBe(0);
    expect((await getForbundOversikt(plC, noFilter)).insatser).toEqual([]);
  });

  it("a tenant transaction cannot move another förbund's versions", async () => {
    const vB = [await version(b), await insatsVersion(insatsB)];
    expect(await withTenantTx(a.id, (tx) => tx.$executeRaw`UPDATE "Forbund" SET "dataVersion" = "dataVersion" + 1 WHERE "id" = ${b.id}`)).toBe(0);
    expect(await withTenantTx(a.id, (tx) => tx.$executeRaw`UPDATE "Insats" SET "dataVersion" = "dataVersion" + 1 WHERE "id" = ${insatsB}`)).toBe(0);
    expect([await version(b), await insatsVersion(insatsB)]).toEqual(vB);
  });
});
