import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { db } from "@/lib/db";
import * as route from "@/app/api/f/[forbund]/insatser/[insatsId]/inskrivningar/[inskrivningId]/route";
import { recordMatningarAction } from "@/lib/actions/inskrivning/record-matningar";
import { avslutaInskrivningAction } from "@/lib/actions/inskrivning/avsluta-inskrivning";
import { reopenInskrivningAction } from "@/lib/actions/inskrivning/reopen-inskrivning";
import { recordUppfoljningAction } from "@/lib/actions/inskrivning/record-uppfoljning";
import { savePlanAction } from "@/lib/actions/inskrivning/save-plan";
import { listMalsattningarMedResultat } from "@/lib/server/malsattning/list-malsattningar-med-resultat";
import { getMittArbete } from "@/lib/server/inskrivning/get-mitt-arbete";
import { STALE_INSKRIVNING } from "@/lib/server/inskrivning/mutate-inskrivning";
import { todayIso } from "@/lib/server/dates";
import { createDeltagareMedInskrivning, createForbund, createInsats, createMember, createRoller, type Roller } from "../factories";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

type Forbund = Awaited<ReturnType<typeof createForbund>>;

let a: Forbund;
let b: Forbund;
let insatsId: string;
let annanInsatsId: string;
let u: Roller;

const today = todayIso();

async function nyInskrivning(overrides: Parameters<typeof createDeltagareMedInskrivning>[2] = {}) {
  return (await createDeltagareMedInskrivning(a.id, insatsId, overrides)).inskrivning;
}
const params = (inskrivningId: string, insats = insatsId, forbund = a.slug) => ({ forbund, insatsId: insats, inskrivningId });
const patch = (inskrivningId: string, body: unknown, p = params(inskrivningId)) => call(route.PATCH, p, { method: "PATCH", body });
const version = async (id: string) => (await db.inskrivning.findFirstOrThrow({ where: { id, forbundId: a.id } })).version;

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  insatsId = (await createInsats(a.id, { startdatum: new Date("2020-01-01"), slutdatum: null })).id;
  annanInsatsId = (await createInsats(a.id)).id;
  u = await createRoller(a, b, [insatsId], [annanInsatsId]);
});

describe("measurements", () => {
  it("records VAS and steg at start for the assigned vägledare, with source and audit", async () => {
    const i = await nyInskrivning();
    actAs(u.vagledare.user.id);
    const res = await patch(i.id, { typ: "MATNINGAR", version: 1, tidpunkt: "START", datum: "2025-02-01", varden: { VAS: 4, STEG: 2 } });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ id: i.id, version: 2 });
    const m = await db.matning.findMany({ where: { forbundId: a.id, inskrivningId: i.id }, include: { matvariabel: true }, orderBy: { varde: "asc" } });
    expect(m.map((x) => [x.matvariabel.kod, x.tidpunkt, x.varde, x.kalla])).toEqual([
      ["STEG", "START", 2, "VAGLEDARE"],
      ["VAS", "START", 4, "VAGLEDARE"],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { forbundId: a.id, action: "inskrivning.matningar", entityId: i.id } });
    expect(audit.userId).toBe(u.vagledare.user.id);
  });

  it("replaces a value at the same time point and removes it with null", async () => {
    const i = await nyInskrivning();
    actAs(u.vagledare.user.id);
    await patch(i.id, { typ: "MATNINGAR", version: 1, tidpunkt: "START", datum: "2025-02-01", varden: { VAS: 4 } });
    await patch(i.id, { typ: "MATNINGAR", version: 2, tidpunkt: "START", datum: "2025-02-03", varden: { VAS: 6 } });
    expect((await db.matning.findMany({ where: { forbundId: a.id, inskrivningId: i.id } })).map((m) => m.varde)).toEqual([6]);
    await patch(i.id, { typ: "MATNINGAR", version: 3, tidpunkt: "START", datum: "2025-02-03", varden: { VAS: null } });
    expect(await db.matning.count({ where: { forbundId: a.id, inskrivningId: i.id } })).toBe(0);
  });

  it.each([
    [{ VAS: 11 }, "varden.VAS", "Livskvalitet (VAS) ska vara ett heltal mellan 0 och 10"],
    [{ VAS: -1 }, "varden.VAS", "Livskvalitet (VAS) ska vara ett heltal mellan 0 och 10"],
    [{ STEG: 0 }, "varden.STEG", "Steg mot arbete ska vara ett heltal mellan 1 och 7"],
    [{ NARMARE_ARBETSMARKNADEN: 2 }, "varden.NARMARE_ARBETSMARKNADEN", "Svara ja eller nej för Närmare arbetsmarknaden"],
    [{ OKAND: 3 }, "varden.OKAND", "Okänd mätvariabel i förbundet"],
    [{ VAS: "mycket" }, "varden.VAS", "Ange ett tal"],
  ])("refuses %j with a Swedish message beside the field and saves nothing", async (varden, field, message) => {
    const i = await nyInskrivning();
    actAs(u.vagledare.user.id);
    const res = await patch(i.id, { typ: "MATNINGAR", version: 1, tidpunkt: "START", datum: "2025-02-01", varden: { STEG: 3, ...varden } });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors[field]).toEqual([message]);
    expect(await db.matning.count({ where: { forbundId: a.id, inskrivningId: i.id } })).toBe(0);
    expect(await version(i.id)).toBe(1);
  });

  it("refuses avslut measurements before the avslut is recorded, and dates in the future", async () => {
    const i = await nyInskrivning();
    actAs(u.vagledare.user.id);
    const early = await patch(i.id, { typ: "MATNINGAR", version: 1, tidpunkt: "AVSLUT", datum: "2025-03-01", varden: { VAS: 5 } });
    expect(early.json.error.fieldErrors.tidpunkt[0]).toMatch(/Registrera avslutet/);
    const future = await patch(i.id, { typ: "MATNINGAR", version: 1, tidpunkt: "START", datum: "2999-01-01", varden: { VAS: 5 } });
    expect(future.json.error.fieldErrors.datum).toEqual(["Mätdatum kan inte vara i framtiden"]);
  });
});

describe("avslut", () => {
  const avslut = { typ: "AVSLUT", version: 1, avslutsdatum: "2025-05-02", avslutsorsak: "ARBETE", forsorjningAvslut: ["LON"], sysselsattningAvslut: ["FORVARVSARBETE"] };

  it("ends the participation with its SUS fields and the avslut measurements", async () => {
    const i = await nyInskrivning();
    actAs(u.vagledare.user.id);
    const res = await patch(i.id, { ...avslut, varden: { VAS: 8 } });
    expect(res.status).toBe(200);
    const stored = await db.inskrivning.findFirstOrThrow({ where: { id: i.id, forbundId: a.id }, include: { matningar: true } });
    expect(stored).toMatchObject({ avslutsorsak: "ARBETE", forsorjningAvslut: ["LON"], sysselsattningAvslut: ["FORVARVSARBETE"], version: 2 });
    expect(stored.avslutsdatum?.toISOString().slice(0, 10)).toBe("2025-05-02");
    expect(stored.matningar.map((m) => [m.tidpunkt, m.varde, m.datum.toISOString().slice(0, 10)])).toEqual([["AVSLUT", 8, "2025-05-02"]]);
  });

  it("refuses an avslut before the start or in the future", async () => {
    const i = await nyInskrivning({ startdatum: new Date("2025-02-01") });
    actAs(u.vagledare.user.id);
    const before = await patch(i.id, { ...avslut, avslutsdatum: "2025-01-31" });
    expect(before.status).toBe(400);
    expect(before.json.error.fieldErrors.avslutsdatum).toEqual(["Avslutsdatum kan inte vara före startdatum (2025-02-01)"]);
    const future = await patch(i.id, { ...avslut, avslutsdatum: "2999-01-01" });
    expect(future.json.error.fieldErrors.avslutsdatum).toEqual(["Avslutsdatum kan inte vara i framtiden"]);
    expect((await db.inskrivning.findFirstOrThrow({ where: { id: i.id, forbundId: a.id } })).avslutsdatum).toBeNull();
  });

  it("requires avslutsorsak, försörjning and sysselsättning (not for a felregistrering)", async () => {
    const i = await nyInskrivning();
    actAs(u.vagledare.user.id);
    const res = await patch(i.id, { ...avslut, avslutsorsak: "", forsorjningAvslut: [], sysselsattningAvslut: [] });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.error.fieldErrors).sort()).toEqual(["avslutsorsak"]);
    const utan = await patch(i.id, { ...avslut, forsorjningAvslut: [], sysselsattningAvslut: [] });
    expect(utan.json.error.fieldErrors).toEqual({
      forsorjningAvslut: ["Välj minst en försörjning vid avslut"],
      sysselsattningAvslut: ["Välj minst en sysselsättning vid avslut"],
    });
    const fel = await patch(i.id, { ...avslut, avslutsorsak: "FELREGISTRERING", forsorjningAvslut: [], sysselsattningAvslut: [] });
    expect(fel.status).toBe(200);
  });

  it("lets only a processledare reopen an avslut, with a reason, keeping the old values in the audit log", async () => {
    const i = await nyInskrivning();
    actAs(u.vagledare.user.id);
    await patch(i.id, avslut);
    const refused = await patch(i.id, { typ: "ATEROPPNA", version: 2, skal: "Avslutades av misstag" });
    expect(refused.status).toBe(403);
    const viaAction = await reopenInskrivningAction(a.slug, insatsId, i.id, { version: 2, skal: "Avslutades av misstag" });
    expect(viaAction).toMatchObject({ ok: false, code: "forbidden" });

    actAs(u.processledare.user.id);
    const noReason = await patch(i.id, { typ: "ATEROPPNA", version: 2, skal: "" });
    expect(noReason.json.error.fieldErrors.skal).toEqual(["Skriv varför avslutet öppnas igen (minst 5 tecken)"]);
    const ok = await patch(i.id, { typ: "ATEROPPNA", version: 2, skal: "Avslutades av misstag" });
    expect(ok.status).toBe(200);
    const stored = await db.inskrivning.findFirstOrThrow({ where: { id: i.id, forbundId: a.id } });
    expect(stored).toMatchObject({ avslutsdatum: null, avslutsorsak: null, forsorjningAvslut: [], version: 3 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { forbundId: a.id, action: "inskrivning.ateroppna", entityId: i.id } });
    expect(audit.details).toMatchObject({ skal: "Avslutades av misstag", tidigare: { avslutsdatum: "2025-05-02", avslutsorsak: "ARBETE" } });
    const again = await patch(i.id, { typ: "ATEROPPNA", version: 3, skal: "Avslutades av misstag" });
    expect(again.status).toBe(409);
  });
});

describe("90-day follow-up", () => {
  const uppfoljning = { typ: "UPPFOLJNING", version: 2, datum: "2025-08-05", status: "ARBETE", forsorjning: ["LON"], sysselsattning: ["FORVARVSARBETE"] };

  async function avslutad() {
    const i = await nyInskrivning();
    actAs(u.vagledare.user.id);
    await patch(i.id, { typ: "AVSLUT", version: 1, avslutsdatum: "2025-05-02", avslutsorsak: "ARBETE", forsorjningAvslut: ["LON"], sysselsattningAvslut: ["FORVARVSARBETE"] });
    return i;
  }

  it("stores 'ej nådd' as a follow-up made and counts it so on the start page", async () => {
    const i = await avslutad();
    const res = await patch(i.id, { ...uppfoljning, status: "EJ_NADD", forsorjning: [], sysselsattning: [], kommentar: "Tre försök per telefon" });
    expect(res.status).toBe(200);
    const stored = await db.uppfoljning.findFirstOrThrow({ where: { forbundId: a.id, inskrivningId: i.id } });
    expect(stored).toMatchObject({ status: "EJ_NADD", forsorjning: [], kommentar: "Tre försök per telefon" });

    const mitt = await getMittArbete(u.vagledare.ctx, today);
    const egen = mitt.insatser.find((x) => x.id === insatsId)!;
    expect(egen.uppfoljning.ejNadd).toBeGreaterThanOrEqual(1);
    expect(egen.uppfoljning.arbetslista.map((p) => p.id)).not.toContain(i.id);
  });

  it("requires försörjning unless the person was not reached, and an avslut before it", async () => {
    const i = await avslutad();
    const ejNadd = await patch(i.id, { ...uppfoljning, status: "EJ_NADD" });
    expect(ejNadd.json.error.fieldErrors.forsorjning).toEqual(["Lämna försörjning tom när deltagaren inte nåddes"]);
    const res = await patch(i.id, { ...uppfoljning, forsorjning: [] });
    expect(res.json.error.fieldErrors.forsorjning).toEqual(["Välj minst en försörjning vid uppföljningen"]);
    const before = await patch(i.id, { ...uppfoljning, datum: "2025-05-01" });
    expect(before.json.error.fieldErrors.datum).toEqual(["Uppföljningsdatum kan inte vara före avslutsdatum (2025-05-02)"]);
    const aktiv = await nyInskrivning();
    const ej = await patch(aktiv.id, { ...uppfoljning, version: 1 });
    expect(ej.json.error.fieldErrors.datum).toEqual(["Uppföljningen kan registreras först när inskrivningen är avslutad"]);
  });

  it("puts an avslutad without follow-up on the work list once it is overdue", async () => {
    const i = await avslutad();
    const mitt = await getMittArbete(u.vagledare.ctx, "2025-08-20");
    const post = mitt.insatser.find((x) => x.id === insatsId)!.uppfoljning.arbetslista.find((p) => p.id === i.id);
    expect(post).toMatchObject({ forfaller: "2025-07-31", lage: "FORSENAD" });
    await patch(i.id, uppfoljning);
    const after = await getMittArbete(u.vagledare.ctx, "2025-08-20");
    expect(after.insatser.find((x) => x.id === insatsId)!.uppfoljning.arbetslista.map((p) => p.id)).not.toContain(i.id);
  });
});

describe("genomförandeplan", () => {
  it("creates a plan, then updates, adds and removes its goals", async () => {
    const i = await nyInskrivning();
    actAs(u.vagledare.user.id);
    const first = await savePlanAction(a.slug, insatsId, i.id, {
      version: 1,
      upprattadDatum: "2025-02-10",
      mal: [
        { beskrivning: "Kartläggning klar", maldatum: "2025-03-01", status: "PAGAR" },
        { beskrivning: "Praktik", maldatum: "", status: "EJ_PABORJAT" },
      ],
    });
    expect(first).toEqual({ ok: true, data: { id: i.id, version: 2 } });
    const plan = await db.plan.findFirstOrThrow({ where: { forbundId: a.id, inskrivningId: i.id }, include: { mal: { orderBy: { beskrivning: "asc" } } } });
    const [kartlaggning] = plan.mal;
    const second = await savePlanAction(a.slug, insatsId, i.id, {
      version: 2,
      upprattadDatum: "2025-02-10",
      mal: [
        { id: kartlaggning!.id, beskrivning: "Kartläggning klar", maldatum: "2025-03-01", status: "UPPNATT" },
        { beskrivning: "Arbetsträning 50 %", maldatum: "2025-06-01", status: "PAGAR" },
      ],
    });
    expect(second.ok).toBe(true);
    const mal = await db.planMal.findMany({ where: { forbundId: a.id, planId: plan.id }, orderBy: { beskrivning: "asc" } });
    expect(mal.map((m) => [m.beskrivning, m.status])).toEqual([
      ["Arbetsträning 50 %", "PAGAR"],
      ["Kartläggning klar", "UPPNATT"],
    ]);
  });

  it("refuses a plan dated outside the participation", async () => {
    const i = await nyInskrivning({ startdatum: new Date("2025-02-01") });
    actAs(u.vagledare.user.id);
    await patch(i.id, { typ: "AVSLUT", version: 1, avslutsdatum: "2025-05-02", avslutsorsak: "ARBETE", forsorjningAvslut: ["LON"], sysselsattningAvslut: ["FORVARVSARBETE"] });
    const mal = [{ beskrivning: "Kartläggning", status: "UPPNATT" }];
    const after = await patch(i.id, { typ: "PLAN", version: 2, upprattadDatum: "2025-06-01", mal });
    expect(after.json.error.fieldErrors.upprattadDatum).toEqual(["Planen kan inte vara upprättad efter avslutsdatum (2025-05-02)"]);
    const before = await patch(i.id, { typ: "PLAN", version: 2, upprattadDatum: "2025-01-31", mal });
    expect(before.json.error.fieldErrors.upprattadDatum).toEqual(["Planen kan inte vara upprättad före startdatum (2025-02-01)"]);
    expect((await patch(i.id, { typ: "PLAN", version: 2, upprattadDatum: "2025-02-10", mal })).status).toBe(200);
  });

  it("refuses an empty plan and a goal id from another plan", async () => {
    const i = await nyInskrivning();
    actAs(u.vagledare.user.id);
    const empty = await savePlanAction(a.slug, insatsId, i.id, { version: 1, upprattadDatum: "2025-02-10", mal: [] });
    expect(empty).toMatchObject({ ok: false, code: "validation", fieldErrors: { mal: ["Lägg till minst ett mål i planen"] } });
    const foreign = await savePlanAction(a.slug, insatsId, i.id, { version: 1, upprattadDatum: "2025-02-10", mal: [{ id: "annan-plans-mal", beskrivning: "X", status: "PAGAR" }] });
    expect(foreign).toMatchObject({ ok: false, code: "validation" });
    expect(await db.plan.count({ where: { forbundId: a.id, inskrivningId: i.id } })).toBe(0);
  });
});

describe("optimistic concurrency", () => {
  it("refuses a save based on an old version with a clear message", async () => {
    const i = await nyInskrivning();
    actAs(u.vagledare.user.id);
    await recordMatningarAction(a.slug, insatsId, i.id, { version: 1, tidpunkt: "START", datum: "2025-02-01", varden: { VAS: 3 } });
    const stale = await recordMatningarAction(a.slug, insatsId, i.id, { version: 1, tidpunkt: "START", datum: "2025-02-01", varden: { VAS: 9 } });
    expect(stale).toEqual({ ok: false, code: "conflict", message: STALE_INSKRIVNING, fieldErrors: undefined });
    expect(STALE_INSKRIVNING).toMatch(/^Någon annan har ändrat inskrivningen.*Ladda om/);
    expect((await db.matning.findFirstOrThrow({ where: { forbundId: a.id, inskrivningId: i.id } })).varde).toBe(3);
  });

  it("lets exactly one of two concurrent saves of the same version win", async () => {
    const i = await nyInskrivning();
    actAs(u.vagledare.user.id);
    const body = (vas: number) => ({ typ: "AVSLUT", version: 1, avslutsdatum: "2025-05-02", avslutsorsak: "ARBETE", forsorjningAvslut: ["LON"], sysselsattningAvslut: ["STUDIER"], varden: { VAS: vas } });
    const [x, y] = await Promise.all([patch(i.id, body(7)), patch(i.id, body(2))]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    const loser = x.status === 409 ? x : y;
    expect(loser.json.error.message).toBe(STALE_INSKRIVNING);
    const matningar = await db.matning.findMany({ where: { forbundId: a.id, inskrivningId: i.id } });
    expect(matningar).toHaveLength(1);
    expect(matningar[0]!.varde).toBe(x.status === 200 ? 7 : 2);
    expect(await version(i.id)).toBe(2);
  });

  it("requires the version", async () => {
    const i = await nyInskrivning();
    actAs(u.vagledare.user.id);
    const res = await patch(i.id, { typ: "MATNINGAR", tidpunkt: "START", datum: "2025-02-01", varden: { VAS: 3 } });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors.version).toEqual(["Versionsnummer saknas"]);
  });
});

describe("targets follow what is recorded", () => {
  it("changes the VAS target's result when an avslut with VAS is recorded", async () => {
    const mal = await db.malsattning.create({
      data: {
        forbundId: a.id,
        insatsId,
        typ: "ANDEL",
        kategori: "RESULTATMAL",
        text: "Minst 7 av 10 upplever ökad livskvalitet",
        definition: { typ: "ANDEL", population: "AVSLUTADE", villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "VAS", fran: "START", till: "AVSLUT" }], minAndel: 0.7 },
      },
    });
    const resultat = async () => (await listMalsattningarMedResultat(u.processledare.ctx, insatsId)).find((m) => m.id === mal.id)!.resultat;
    const before = await resultat();

    const i = await nyInskrivning();
    actAs(u.vagledare.user.id);
    await patch(i.id, { typ: "MATNINGAR", version: 1, tidpunkt: "START", datum: "2025-02-01", varden: { VAS: 3 } });
    await patch(i.id, { typ: "AVSLUT", version: 2, avslutsdatum: "2025-05-02", avslutsorsak: "ARBETE", forsorjningAvslut: ["LON"], sysselsattningAvslut: ["FORVARVSARBETE"], varden: { VAS: 8 } });

    const after = await resultat();
    expect(after.taljare).toBe(before.taljare + 1);
    expect(after.namnare).toBe(before.namnare + 1);
  });

  it("counts a plan for 'varje deltagare får en individuell genomförandeplan'", async () => {
    const insats = await createInsats(a.id, { startdatum: new Date("2020-01-01"), slutdatum: null });
    const vl = await createMember(a, "VAGLEDARE", [insats.id]);
    const mal = await db.malsattning.create({
      data: { forbundId: a.id, insatsId: insats.id, typ: "ANDEL", kategori: "VERKSAMHETSMAL", text: "Plan", definition: { typ: "ANDEL", population: "INSKRIVNA", villkor: [{ typ: "HAR_PLAN" }], minAndel: 1 } },
    });
    const { inskrivning } = await createDeltagareMedInskrivning(a.id, insats.id);
    const resultat = async () => (await listMalsattningarMedResultat(u.processledare.ctx, insats.id)).find((m) => m.id === mal.id)!.resultat;
    expect((await resultat()).taljare).toBe(0);
    actAs(vl.user.id);
    await savePlanAction(a.slug, insats.id, inskrivning.id, { version: 1, upprattadDatum: "2025-02-10", mal: [{ beskrivning: "Kartläggning", status: "PAGAR" }] });
    expect(await resultat()).toMatchObject({ taljare: 1, namnare: 1 });
  });
});

describe("who may read and record", () => {
  const body = { typ: "MATNINGAR", version: 1, tidpunkt: "START", datum: "2025-02-01", varden: { VAS: 5 } };

  it.each([
    ["a logged-out request", null, 401, 401],
    ["another förbund's user", "annanForbund", 404, 404],
    ["a styrelse member", "styrelse", 403, 403],
    ["a vägledare not assigned to the insats", "ejTilldelad", 403, 403],
    ["an admin (read-only)", "admin", 200, 403],
  ] as const)("answers %s with GET %i and PATCH %i", async (_label, who, getStatus, patchStatus) => {
    const i = await nyInskrivning();
    actAs(who ? u[who].user.id : null);
    expect((await call(route.GET, params(i.id))).status).toBe(getStatus);
    const res = await patch(i.id, body);
    expect(res.status).toBe(patchStatus);
    expect(await db.matning.count({ where: { forbundId: a.id, inskrivningId: i.id } })).toBe(0);
    expect(await version(i.id)).toBe(1);
  });

  it("lets the assigned vägledare and a processledare read (no identity) and record", async () => {
    const i = await nyInskrivning();
    for (const who of ["vagledare", "processledare"] as const) {
      actAs(u[who].user.id);
      const got = await call(route.GET, params(i.id));
      expect(got.status).toBe(200);
      expect(got.json).toMatchObject({ id: i.id, insatsId, deltagare: { kod: expect.any(String), kon: "K" } });
      expect(JSON.stringify(got.json)).not.toMatch(/personnummer|fornamn|efternamn/i);
      const res = await patch(i.id, { ...body, version: got.json.version });
      expect(res.status).toBe(200);
    }
  });

  it("does not find an inskrivning through another insats's URL or another förbund's slug", async () => {
    const i = await nyInskrivning();
    actAs(u.processledare.user.id);
    expect((await call(route.GET, params(i.id, annanInsatsId))).status).toBe(404);
    expect((await patch(i.id, body, params(i.id, annanInsatsId))).status).toBe(404);
    actAs(u.annanForbund.user.id);
    expect((await call(route.GET, params(i.id, insatsId, b.slug))).status).toBe(404);
  });

  it("refuses the server actions for the same callers as the API", async () => {
    const i = await nyInskrivning();
    const input = { version: 1, tidpunkt: "START", datum: "2025-02-01", varden: { VAS: 5 } };
    for (const [who, code] of [
      ["styrelse", "forbidden"],
      ["ejTilldelad", "forbidden"],
      ["admin", "forbidden"],
      ["annanForbund", "not_found"],
    ] as const) {
      actAs(u[who].user.id);
      expect(await recordMatningarAction(a.slug, insatsId, i.id, input)).toMatchObject({ ok: false, code });
      expect(await avslutaInskrivningAction(a.slug, insatsId, i.id, { version: 1 })).toMatchObject({ ok: false, code });
      expect(await recordUppfoljningAction(a.slug, insatsId, i.id, {})).toMatchObject({ ok: false, code });
      expect(await savePlanAction(a.slug, insatsId, i.id, {})).toMatchObject({ ok: false, code });
    }
    actAs(null);
    expect(await recordMatningarAction(a.slug, insatsId, i.id, input)).toMatchObject({ ok: false, code: "unauthorized" });
    expect(await version(i.id)).toBe(1);
  });

  it("answers an unknown event type with 400", async () => {
    const i = await nyInskrivning();
    actAs(u.vagledare.user.id);
    const res = await patch(i.id, { typ: "RADERA", version: 1 });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors.typ[0]).toMatch(/MATNINGAR, AVSLUT/);
  });
});

describe("the start page", () => {
  it("shows only the insatser the vägledare is assigned to, with active deltagare and counted gaps", async () => {
    const aktiv = await nyInskrivning();
    const mitt = await getMittArbete(u.vagledare.ctx, today);
    expect(mitt.insatser.map((x) => x.id)).toEqual([insatsId]);
    const egen = mitt.insatser[0]!;
    expect(egen.aktiva.map((x) => x.id)).toContain(aktiv.id);
    const vasAvslut = egen.luckor.find((l) => l.typ === "MATNING_AVSLUT" && l.variabel === "VAS");
    const avslutadeUtanVas = await db.inskrivning.count({
      where: { forbundId: a.id, insatsId, avslutsdatum: { not: null }, NOT: { avslutsorsak: "FELREGISTRERING" }, matningar: { none: { tidpunkt: "AVSLUT", matvariabel: { kod: "VAS" } } } },
    });
    expect(vasAvslut?.inskrivningar.length ?? 0).toBe(avslutadeUtanVas);
    expect((await getMittArbete(u.ejTilldelad.ctx, today)).insatser.map((x) => x.id)).toEqual([annanInsatsId]);
    expect((await getMittArbete(u.processledare.ctx, today)).insatser).toEqual([]);
  });
});
