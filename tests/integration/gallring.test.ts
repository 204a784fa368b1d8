// Retention (gallring): participants just inside and just outside the period,
// run twice; the second run changes nothing. Each förbund uses its own period.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "./support/session";
import { db } from "@/lib/db";
import { setGallringAction } from "@/lib/actions/gdpr/set-gallring";
import { encryptIdentity } from "@/lib/identity/identity-fields";
import { formatGallringRad, runGallring } from "@/lib/server/gdpr/run-gallring";
import { createDeltagareMedInskrivning, createForbund, createInsats, createMember } from "../factories";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const IDAG = "2026-11-24";
type Forbund = Awaited<ReturnType<typeof createForbund>>;
let a: Forbund;
let b: Forbund;
const ids: Record<string, string> = {};

/** A deltagare with an identity and one inskrivning ended on `avslut` (null: still going). */
async function med(forbundId: string, insatsId: string, namn: string, avslut: string | null, serie: number) {
  const { deltagare, inskrivning } = await createDeltagareMedInskrivning(forbundId, insatsId, { startdatum: new Date("2023-01-10"), avslutsdatum: avslut ? new Date(avslut) : null, avslutsorsak: avslut ? "ARBETE" : null });
  await db.deltagareIdentitet.create({ data: { forbundId, deltagareId: deltagare.id, ...encryptIdentity(`19700101-${String(serie).padStart(4, "0")}`, { fornamn: namn, efternamn: "Test" }) } });
  return { deltagareId: deltagare.id, inskrivningId: inskrivning.id };
}

const harIdentitet = async (forbundId: string, deltagareId: string) => (await db.deltagareIdentitet.count({ where: { forbundId, deltagareId } })) === 1;

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  await db.forbund.update({ where: { id: a.id }, data: { gallringManader: 12 } });
  // b keeps the default 24 months.
  const ia = (await createInsats(a.id, { matningsmetod: "PERSONUPPGIFTER" })).id;
  const ia2 = (await createInsats(a.id, { matningsmetod: "PERSONUPPGIFTER" })).id;
  const ib = (await createInsats(b.id, { matningsmetod: "PERSONUPPGIFTER" })).id;
  // 12 months before 2026-11-24 is 2025-11-24: ended the day before → out; on the day → still inside.
  ids.utanfor = (await med(a.id, ia, "Utanför", "2025-11-23", 1)).deltagareId;
  ids.innanfor = (await med(a.id, ia, "Innanför", "2025-11-24", 2)).deltagareId;
  ids.pagar = (await med(a.id, ia, "Pågår", null, 3)).deltagareId;
  // Ended long ago in one insats but still going in another: kept.
  const tva = await med(a.id, ia, "TvåInsatser", "2020-05-05", 4);
  await db.inskrivning.create({ data: { forbundId: a.id, insatsId: ia2, deltagareId: tva.deltagareId, startdatum: new Date("2026-01-01") } });
  ids.tva = tva.deltagareId;
  // b: 24 months → boundary 2024-11-24.
  ids.bInnanfor = (await med(b.id, ib, "BInnanför", "2025-11-23", 5)).deltagareId;
  ids.bUtanfor = (await med(b.id, ib, "BUtanför", "2024-11-23", 6)).deltagareId;
});

describe("npm run gallring", () => {
  it("reports in a dry run what it would erase and changes nothing", async () => {
    const before = await db.auditEvent.count({ where: { forbundId: { in: [a.id, b.id] } } });
    const runs = await runGallring({ idag: IDAG, torrkorning: true, slugs: [a.slug, b.slug] });
    expect(runs.map((r) => [r.slug, r.resultat?.raderade])).toEqual(expect.arrayContaining([[a.slug, 1], [b.slug, 1]]));
    expect(await harIdentitet(a.id, ids.utanfor!)).toBe(true);
    expect(await db.auditEvent.count({ where: { forbundId: { in: [a.id, b.id] } } })).toBe(before);
    expect(formatGallringRad(runs.find((r) => r.slug === a.slug)!)).toBe(`gallring ${a.slug}: skulle radera 1 deltagare (period 12 mån, avslutade före 2025-11-24)`);
  });

  it("erases exactly those past each förbund's period, then a second run erases 0 and changes nothing", async () => {
    const first = await runGallring({ idag: IDAG, slugs: [a.slug, b.slug] });
    const bySlug = Object.fromEntries(first.map((r) => [r.slug, r]));
    expect(bySlug[a.slug]!.resultat).toMatchObject({ raderade: 1, gallringManader: 12, grans: "2025-11-24" });
    expect(bySlug[b.slug]!.resultat).toMatchObject({ raderade: 1, gallringManader: 24, grans: "2024-11-24" });

    expect(await harIdentitet(a.id, ids.utanfor!)).toBe(false);
    expect(await harIdentitet(a.id, ids.innanfor!)).toBe(true);
    expect(await harIdentitet(a.id, ids.pagar!)).toBe(true);
    expect(await harIdentitet(a.id, ids.tva!)).toBe(true);
    expect(await harIdentitet(b.id, ids.bInnanfor!)).toBe(true);
    expect(await harIdentitet(b.id, ids.bUtanfor!)).toBe(false);

    const erased = await db.deltagare.findFirstOrThrow({ where: { forbundId: a.id, id: ids.utanfor }, include: { inskrivningar: true } });
    expect(erased.raderadAt).not.toBeNull();
    expect(erased.kod).toMatch(/^RADERAD-/);
    expect(erased).toMatchObject({ kon: "K", fodelsear: 1985 });
    expect(erased.inskrivningar[0]).toMatchObject({ anonymiserad: true, avslutsorsak: "ARBETE" });

    const audit = await db.auditEvent.findMany({ where: { forbundId: a.id, action: "gallring.kor" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ userId: null, details: { raderade: 1, gallringManader: 12, grans: "2025-11-24", deltagare: [ids.utanfor] } });

    const snapshot = async () => JSON.stringify(await db.deltagare.findMany({ where: { forbundId: { in: [a.id, b.id] } }, include: { identitet: true, inskrivningar: true }, orderBy: { id: "asc" } }));
    const auditsBefore = await db.auditEvent.count({ where: { forbundId: { in: [a.id, b.id] } } });
    const dataBefore = await snapshot();
    const second = await runGallring({ idag: IDAG, slugs: [a.slug, b.slug] });
    expect(second.map((r) => r.resultat?.raderade)).toEqual([0, 0]);
    expect(await snapshot()).toBe(dataBefore);
    expect(await db.auditEvent.count({ where: { forbundId: { in: [a.id, b.id] } } })).toBe(auditsBefore);
  });

  it("reports an unknown förbund as an error line and still runs the others", async () => {
    const runs = await runGallring({ idag: IDAG, slugs: [a.slug, "finns-inte"] });
    expect(runs.find((r) => r.slug === "finns-inte")).toEqual({ slug: "finns-inte", fel: "förbundet finns inte" });
    expect(runs.find((r) => r.slug === a.slug)?.resultat?.raderade).toBe(0);
    expect(formatGallringRad(runs.find((r) => r.slug === "finns-inte")!)).toBe("gallring finns-inte: FEL förbundet finns inte");
  });
});

describe("the retention period", () => {
  it("is set by an admin of the förbund only, audited with old and new value", async () => {
    const f = await createForbund();
    const admin = await createMember(f, "ADMIN");
    const processledare = await createMember(f, "PROCESSLEDARE");
    const annan = await createMember(a, "ADMIN");
    const audits = () => db.auditEvent.findMany({ where: { forbundId: f.id, action: "forbund.gallring" } });

    actAs(processledare.user.id);
    expect(await setGallringAction(f.slug, { gallringManader: 6 })).toMatchObject({ ok: false, code: "forbidden" });
    actAs(annan.user.id);
    expect(await setGallringAction(f.slug, { gallringManader: 6 })).toMatchObject({ ok: false, code: "not_found" });
    actAs(admin.user.id);
    expect(await setGallringAction(f.slug, { gallringManader: 0 })).toMatchObject({ ok: false, code: "validation", fieldErrors: { gallringManader: ["Minst 1 månad"] } });
    expect(await audits()).toHaveLength(0);

    expect(await setGallringAction(f.slug, { gallringManader: 6 })).toEqual({ ok: true, data: { gallringManader: 6 } });
    expect((await db.forbund.findUniqueOrThrow({ where: { id: f.id } })).gallringManader).toBe(6);
    // The same value again changes nothing and logs nothing.
    expect(await setGallringAction(f.slug, { gallringManader: 6 })).toEqual({ ok: true, data: { gallringManader: 6 } });
    const rows = await audits();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: admin.user.id, details: { fran: 24, till: 6 } });
  });
});
