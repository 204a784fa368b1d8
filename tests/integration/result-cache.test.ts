// The result cache (lib/server/cache) keys förbund-wide goal results on the
// förbund's dataVersion, which withTenantTx bumps in the same transaction as
// any write. Every write through the app must change the next figures (no
// stale cache); reads, rolled-back writes and the other förbund's writes must
// leave the version alone. Runs on PGlite and on PostgreSQL (DATABASE_URL).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "./support/session";
import { db } from "@/lib/db";
import { registerInskrivningAction } from "@/lib/actions/deltagare/register-inskrivning";
import { recordMatningarAction } from "@/lib/actions/inskrivning/record-matningar";
import { avslutaInskrivningAction } from "@/lib/actions/inskrivning/avsluta-inskrivning";
import { updateMalsattningAction } from "@/lib/actions/malsattning/update-malsattning";
import { getForbundOversikt } from "@/lib/server/oversikt/get-forbund-oversikt";
import { getStyrelseOversikt } from "@/lib/server/oversikt/get-styrelse-oversikt";
import { getInsatsDashboard } from "@/lib/server/dashboard/get-insats-dashboard";
import { listMalStatusPerInsats } from "@/lib/server/malsattning/list-mal-status-per-insats";
import { listMalsattningarMedResultat } from "@/lib/server/malsattning/list-malsattningar-med-resultat";
import { withTenantTx } from "@/lib/server/tenant-tx";
import { oversiktFilterSchema } from "@/lib/validation/oversikt";
import { createForbund, createInsats, createMember } from "../factories";
import type { TenantContext } from "@/lib/auth/tenant-context";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const noFilter = oversiktFilterSchema.parse({});
const sus = { startdatum: "2025-03-03", remittent: "AF", aktuellHos: ["AF"], forsorjningStart: ["SJUKPENNING"], sysselsattningStart: ["OVRIGA"], utbildningsniva: "GYMNASIAL", folkbokforingskommun: "Trollhättan", tidIOffentligForsorjning: "AR_1_2", spar: "Fördjupning" };
const anonym = { ...sus, kon: "K", fodelsear: 1988 };
const antalDef = (minAntal: number) => ({ typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal, per: "PERIOD" });
const andelDef = { typ: "ANDEL", population: "AVSLUTADE", villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "VAS", fran: "START", till: "AVSLUT" }], minAndel: 0.5 };

type Forbund = Awaited<ReturnType<typeof createForbund>>;
let a: Forbund;
let b: Forbund;
let insatsA: string;
let insatsB: string;
let antalMal: string;
let andelMal: string;
let pl: TenantContext;
let plB: TenantContext;
let vagledare: string;

const version = async (f: Forbund) => (await db.forbund.findUniqueOrThrow({ where: { id: f.id }, select: { dataVersion: true } })).dataVersion;
const oversiktMal = async (ctx: TenantContext, insatsId: string, malId: string) =>
  (await getForbundOversikt(ctx, noFilter)).insatser.find((i) => i.id === insatsId)!.mal.find((m) => m.id === malId)!.resultat;
const dashboardMal = async (malId: string) => (await getInsatsDashboard(pl, insatsA, {})).mal.find((m) => m.id === malId)!.resultat;

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  insatsA = (await createInsats(a.id)).id;
  insatsB = (await createInsats(b.id)).id;
  antalMal = (await db.malsattning.create({ data: { forbundId: a.id, insatsId: insatsA, typ: "ANTAL", kategori: "VERKSAMHETSMAL", text: "Två deltagare", definition: antalDef(2) } })).id;
  andelMal = (await db.malsattning.create({ data: { forbundId: a.id, insatsId: insatsA, typ: "ANDEL", kategori: "RESULTATMAL", text: "Hälften mår bättre", definition: andelDef } })).id;
  await db.malsattning.create({ data: { forbundId: b.id, insatsId: insatsB, typ: "ANTAL", kategori: "VERKSAMHETSMAL", text: "Två deltagare", definition: antalDef(2) } });
  pl = (await createMember(a, "PROCESSLEDARE")).ctx;
  plB = (await createMember(b, "PROCESSLEDARE")).ctx;
  vagledare = (await createMember(a, "VAGLEDARE", [insatsA])).user.id;
});

describe("result cache keyed by the förbund's data version", () => {
  it("read-only transactions neither bump the version nor recompute: the second read is the cached value", async () => {
    const v = await version(a);
    const first = await getForbundOversikt(pl, noFilter);
    const status = await listMalStatusPerInsats(pl);
    const dashboard = await getInsatsDashboard(pl, insatsA, {});
    const insatsMal = await listMalsattningarMedResultat(pl, insatsA);
    expect(await getForbundOversikt(pl, noFilter)).toBe(first);
    expect(await listMalStatusPerInsats(pl)).toBe(status);
    expect(await getInsatsDashboard(pl, insatsA, {})).toBe(dashboard);
    expect(await listMalsattningarMedResultat(pl, insatsA)).toBe(insatsMal);
    // Another argument is another entry.
    expect(await getForbundOversikt(pl, oversiktFilterSchema.parse({ till: "2025-01-31" }))).not.toBe(first);
    expect(await version(a)).toBe(v);
  });

  it("registering an inskrivning bumps the version once and changes the overview, dashboard, insats page and insats list", async () => {
    const v = await version(a);
    const before = await oversiktMal(pl, insatsA, antalMal);
    const dashBefore = await dashboardMal(antalMal);
    const statusBefore = (await listMalStatusPerInsats(pl))[insatsA]!;
    expect(before.taljare).toBe(0);
    expect(dashBefore.taljare).toBe(0);
    actAs(vagledare);
    for (let i = 0; i < 2; i++) expect(await registerInskrivningAction(a.slug, insatsA, anonym)).toMatchObject({ ok: true });
    expect(await version(a)).toBe(v + 2);
    expect((await oversiktMal(pl, insatsA, antalMal)).taljare).toBe(2);
    expect((await dashboardMal(antalMal)).taljare).toBe(2);
    expect((await listMalsattningarMedResultat(pl, insatsA)).find((m) => m.id === antalMal)!.resultat.taljare).toBe(2);
    const statusAfter = (await listMalStatusPerInsats(pl))[insatsA]!;
    expect(statusAfter).not.toEqual(statusBefore);
    expect(statusAfter.perStatus.UPPNATT).toBe(1);
    // The board's suppressed view is built from the fresh exact figures, per call.
    const styrelse = await getStyrelseOversikt(pl, noFilter);
    expect(styrelse.insatser.find((i) => i.id === insatsA)).toBeDefined();
  });

  it("adding a mätning and ending the inskrivning change the ANDEL target's figures at once", async () => {
    const inskrivning = await db.inskrivning.findFirstOrThrow({ where: { forbundId: a.id, insatsId: insatsA }, select: { id: true, version: true } });
    expect((await oversiktMal(pl, insatsA, andelMal)).namnare).toBe(0);
    actAs(vagledare);
    expect(await recordMatningarAction(a.slug, insatsA, inskrivning.id, { version: inskrivning.version, tidpunkt: "START", datum: "2025-03-03", varden: { VAS: 3 } })).toMatchObject({ ok: true });
    const v = await version(a);
    expect((await oversiktMal(pl, insatsA, andelMal)).namnare).toBe(0);
    expect(
      await avslutaInskrivningAction(a.slug, insatsA, inskrivning.id, {
        version: inskrivning.version + 1,
        avslutsdatum: "2025-06-30",
        avslutsorsak: "ARBETE",
        forsorjningAvslut: ["LON"],
        sysselsattningAvslut: ["FORVARVSARBETE"],
        varden: { VAS: 6 },
      }),
    ).toMatchObject({ ok: true });
    expect(await version(a)).toBe(v + 1);
    const after = await oversiktMal(pl, insatsA, andelMal);
    expect([after.taljare, after.namnare]).toEqual([1, 1]);
    const dash = await dashboardMal(andelMal);
    expect([dash.taljare, dash.namnare]).toEqual([1, 1]);
  });

  it("editing a target changes its status in the next overview", async () => {
    expect((await oversiktMal(pl, insatsA, antalMal)).status).toBe("UPPNATT");
    const mal = await db.malsattning.findFirstOrThrow({ where: { forbundId: a.id, id: antalMal }, select: { version: true } });
    actAs(pl.userId);
    expect(await updateMalsattningAction(a.slug, insatsA, antalMal, { kategori: "VERKSAMHETSMAL", text: "Tio deltagare", definition: antalDef(10), version: mal.version })).toMatchObject({ ok: true });
    expect((await oversiktMal(pl, insatsA, antalMal)).status).not.toBe("UPPNATT");
    expect((await getForbundOversikt(pl, noFilter)).insatser.find((i) => i.id === insatsA)!.mal.find((m) => m.id === antalMal)!.text).toBe("Tio deltagare");
  });

  it("a rolled-back write leaves the version and the cached figures as they were", async () => {
    const v = await version(a);
    const cached = await getForbundOversikt(pl, noFilter);
    await expect(
      withTenantTx(a.id, async (tx) => {
        await tx.insats.update({ where: { forbundId_id: { forbundId: a.id, id: insatsA } }, data: { namn: "Ändrad och återställd" } });
        throw new Error("avbryt");
      }),
    ).rejects.toThrow("avbryt");
    expect(await version(a)).toBe(v);
    expect(await getForbundOversikt(pl, noFilter)).toBe(cached);
    expect(cached.insatser.find((i) => i.id === insatsA)!.namn).not.toBe("Ändrad och återställd");
  });

  it("two förbund share no entry: a write in one bumps only its own version and the other keeps its cached value", async () => {
    const vB = await version(b);
    const fromB = await getForbundOversikt(plB, noFilter);
    expect(fromB.insatser.map((i) => i.id)).toEqual([insatsB]);
    expect((await getForbundOversikt(pl, noFilter)).insatser.map((i) => i.id)).toEqual([insatsA]);
    actAs(vagledare);
    expect(await registerInskrivningAction(a.slug, insatsA, anonym)).toMatchObject({ ok: true });
    expect(await version(b)).toBe(vB);
    expect(await getForbundOversikt(plB, noFilter)).toBe(fromB);
    // B's förbund at the same version number as A's still gets B's own figures.
    await db.forbund.update({ where: { id: b.id }, data: { dataVersion: await version(a) } });
    const sameNumber = await getForbundOversikt(plB, noFilter);
    expect(sameNumber.insatser.map((i) => i.id)).toEqual([insatsB]);
    expect(sameNumber.insatser[0]!.mal[0]!.resultat.taljare).toBe(0);
  });

  it("a förbund row changed on the plain client (system path, no bump) or created again with the same id gets new figures", async () => {
    const cached = await getForbundOversikt(pl, noFilter);
    await db.forbund.update({ where: { id: a.id }, data: { minCellStorlek: 7 } });
    const efter = await getForbundOversikt(pl, noFilter);
    expect(efter).not.toBe(cached);
    expect(efter.minCell).toBe(7);
    // Deleted and created again (a forced reseed): the counter starts at 0 again, the row's xmin does not repeat.
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

  it("a tenant transaction cannot bump another förbund's version", async () => {
    const vB = await version(b);
    const changed = await withTenantTx(a.id, (tx) => tx.$executeRaw`UPDATE "Forbund" SET "dataVersion" = "dataVersion" + 1 WHERE "id" = ${b.id}`);
    expect(changed).toBe(0);
    expect(await version(b)).toBe(vB);
  });
});
