// GDPR for one deltagare: registerutdrag (art. 15), correction (art. 16) and
// erasure (art. 17), through the API routes and actions as each kind of caller.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { NextRequest } from "next/server";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { db } from "@/lib/db";
import * as registrering from "@/app/api/f/[forbund]/insatser/[insatsId]/inskrivningar/route";
import * as deltagareRoute from "@/app/api/f/[forbund]/deltagare/[deltagareId]/route";
import * as utdragRoute from "@/app/api/f/[forbund]/deltagare/[deltagareId]/registerutdrag/route";
import * as utdragPdfRoute from "@/app/api/f/[forbund]/deltagare/[deltagareId]/registerutdrag.pdf/route";
import * as raderaRoute from "@/app/api/f/[forbund]/deltagare/[deltagareId]/radera/route";
import { revealIdentityAction } from "@/lib/actions/deltagare/reveal-identity";
import { raderaPersonuppgifterAction } from "@/lib/actions/gdpr/radera-personuppgifter";
import { rattaDeltagareAction } from "@/lib/actions/gdpr/ratta-deltagare";
import { readIdentityInFull } from "@/lib/identity/read-identity-in-full";
import { getIdentityView } from "@/lib/server/deltagare/get-identity-view";
import { createForbund, createInsats, createRoller, makePuInsats, type Roller } from "../factories";
import { pnr } from "../support/personnummer";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

type Forbund = Awaited<ReturnType<typeof createForbund>>;
let a: Forbund;
let b: Forbund;
let insatsId: string;
let annanInsatsId: string;
let u: Roller;

let serial = 100;
// Odd third digit of the serial: a man, born 1980.
const nyttPnr = () => pnr("19800101", String((serial += 2) + 1).padStart(3, "0"));

/** A man with identity, consent, a measurement, an ended inskrivning with a follow-up comment and a plan goal. */
async function person() {
  actAs(u.vagledare.user.id);
  const personnummer = nyttPnr();
  const res = await call(registrering.POST, { forbund: a.slug, insatsId }, {
    body: { startdatum: "2025-03-03", identitet: { personnummer, fornamn: "Nils", efternamn: "Hemlig", telefon: "070-1234567" }, samtycke: { datum: "2025-03-01", omfattning: "Registrering och uppföljning" } },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  const { deltagareId, inskrivningId } = res.json as { deltagareId: string; inskrivningId: string };
  const vas = await db.matvariabel.findFirstOrThrow({ where: { forbundId: a.id, kod: "VAS" } });
  await db.matning.create({ data: { forbundId: a.id, inskrivningId, matvariabelId: vas.id, tidpunkt: "START", datum: new Date("2025-03-03"), varde: 4 } });
  await db.inskrivning.update({ where: { forbundId_id: { forbundId: a.id, id: inskrivningId } }, data: { avslutsdatum: new Date("2025-06-01"), avslutsorsak: "ARBETE" } });
  await db.uppfoljning.create({ data: { forbundId: a.id, inskrivningId, datum: new Date("2025-09-01"), status: "ARBETE", kommentar: "Nils jobbar nu på Volvo i Trollhättan" } });
  const enkat = await db.enkat.create({ data: { forbundId: a.id, namn: "Avslutsenkät", respondentgrupp: "DELTAGARE_AVSLUT", createdById: u.processledare.user.id } });
  const version = await db.enkatVersion.create({ data: { forbundId: a.id, enkatId: enkat.id, nummer: 1 } });
  const fraga = await db.enkatFraga.create({ data: { forbundId: a.id, versionId: version.id, ordning: 1, text: "Vad var bäst?", typ: "FRITEXT" } });
  const svar = await db.enkatSvar.create({ data: { forbundId: a.id, enkatId: enkat.id, versionId: version.id, insatsId, inskrivningId, ar: 2025, manad: 6 } });
  await db.enkatSvarRad.create({ data: { forbundId: a.id, svarId: svar.id, fragaId: fraga.id, text: "Nils här: min handledare Eva" } });
  const plan = await db.plan.create({ data: { forbundId: a.id, inskrivningId, upprattadDatum: new Date("2025-03-10") } });
  await db.planMal.create({ data: { forbundId: a.id, planId: plan.id, beskrivning: "Nils ska klara truckkort", status: "PAGAR" } });
  return { deltagareId, inskrivningId, personnummer };
}

const params = (deltagareId: string, forbund = a.slug) => ({ forbund, deltagareId });

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  insatsId = (await createInsats(a.id, { matningsmetod: "PERSONUPPGIFTER" })).id;
  annanInsatsId = (await createInsats(a.id, { matningsmetod: "ANONYM" })).id;
  await makePuInsats(a.id, insatsId);
  u = await createRoller(a, b, [insatsId], [annanInsatsId]);
});

describe("registerutdrag", () => {
  it("gives a processledare everything stored about the person, identity in clear, and audits the extract", async () => {
    const p = await person();
    actAs(u.processledare.user.id);
    await revealIdentityAction(a.slug, insatsId, p.inskrivningId, { skal: "Deltagaren ringde och bad om sina uppgifter" });
    const res = await call(utdragRoute.GET, params(p.deltagareId));
    expect(res.status).toBe(200);
    const utdrag = res.json;
    expect(utdrag.forbund).toBe(a.namn);
    expect(utdrag.deltagare).toMatchObject({ id: p.deltagareId, kon: "M", fodelsear: 1980, personuppgifterRaderade: null });
    expect(utdrag.identitet).toMatchObject({ personnummer: p.personnummer, fornamn: "Nils", efternamn: "Hemlig", telefon: "070-1234567", epost: null });
    expect(utdrag.samtycken).toEqual([{ insats: expect.any(String), datum: "2025-03-01", omfattning: "Registrering och uppföljning", aterkallat: null }]);
    expect(utdrag.inskrivningar).toHaveLength(1);
    expect(utdrag.inskrivningar[0]).toMatchObject({
      id: p.inskrivningId,
      startdatum: "2025-03-03",
      avslutsdatum: "2025-06-01",
      avslutsorsak: "ARBETE",
      matningar: [{ kod: "VAS", tidpunkt: "START", varde: 4 }],
      uppfoljning: { status: "ARBETE", kommentar: "Nils jobbar nu på Volvo i Trollhättan" },
      plan: { mal: [{ beskrivning: "Nils ska klara truckkort" }] },
      enkatsvar: [{ enkat: "Avslutsenkät", ar: 2025, manad: 6, svar: [{ fraga: "Vad var bäst?", varde: null, text: "Nils här: min handledare Eva" }] }],
    });
    // The audit events about the person: registration and the reveal, with who did it.
    expect(utdrag.handelser.map((h: { handelse: string }) => h.handelse)).toEqual(expect.arrayContaining(["identitet.reveal"]));
    const audit = await db.auditEvent.findMany({ where: { forbundId: a.id, action: "export.registerutdrag", entityId: p.deltagareId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ userId: u.processledare.user.id, details: { format: "json", inskrivningar: 1, identitet: true } });
  });

  it("renders the same extract as a PDF and audits it", async () => {
    const p = await person();
    actAs(u.processledare.user.id);
    const res = (await utdragPdfRoute.GET({ headers: new Headers(), nextUrl: new URL("http://localhost/x") } as unknown as NextRequest, { params: Promise.resolve(params(p.deltagareId)) })) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(2000);
    // GDPR_PDF_OUT=/tmp/x.pdf keeps the rendered file for a look.
    if (process.env.GDPR_PDF_OUT) (await import("node:fs")).writeFileSync(process.env.GDPR_PDF_OUT, bytes);
    expect(await db.auditEvent.count({ where: { forbundId: a.id, action: "export.registerutdrag", entityId: p.deltagareId, details: { path: ["format"], equals: "pdf" } } })).toBe(1);
  });

  it.each([
    ["admin", 403],
    ["vagledare", 403],
    ["styrelse", 403],
    ["annanForbund", 404],
  ] as const)("refuses %s with %i and writes no audit row", async (who, status) => {
    const p = await person();
    actAs(u[who].user.id);
    const forbund = who === "annanForbund" ? b.slug : a.slug;
    expect((await call(utdragRoute.GET, params(p.deltagareId, forbund))).status).toBe(status);
    expect((await call(utdragPdfRoute.GET, params(p.deltagareId, forbund))).status).toBe(status);
    expect(await db.auditEvent.count({ where: { action: "export.registerutdrag", entityId: p.deltagareId } })).toBe(0);
  });

  it("refuses a logged-out caller with 401 and another förbund's deltagare with 404", async () => {
    const p = await person();
    actAs(null);
    expect((await call(utdragRoute.GET, params(p.deltagareId))).status).toBe(401);
    // A processledare of b asking for a's person under b's slug: not found, like a missing id.
    actAs(u.annanForbund.user.id);
    expect((await call(utdragRoute.GET, params(p.deltagareId, b.slug))).status).toBe(404);
  });
});

describe("correction", () => {
  it("changes only the identity fields sent, bumps the version and audits field names without values", async () => {
    const p = await person();
    actAs(u.vagledare.user.id);
    const res = await call(deltagareRoute.PATCH, params(p.deltagareId), { method: "PATCH", body: { version: 1, kon: "M", fodelsear: 1980, identitet: { efternamn: "Rättad", telefon: "" } } });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json).toMatchObject({ version: 2, andradeFalt: ["identitet.efternamn"] });
    const row = await db.deltagareIdentitet.findFirstOrThrow({ where: { forbundId: a.id, deltagareId: p.deltagareId } });
    expect(readIdentityInFull(row)).toMatchObject({ personnummer: p.personnummer, fornamn: "Nils", efternamn: "Rättad", telefon: "070-1234567" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { forbundId: a.id, action: "deltagare.ratta", entityId: p.deltagareId } });
    expect(audit.details).toEqual({ andradeFalt: ["identitet.efternamn"] });
  });

  it("corrects a personnummer with kön and födelseår to match, and never logs the number", async () => {
    const p = await person();
    actAs(u.processledare.user.id);
    const nytt = pnr("19851224", "240"); // even third digit: a woman
    const fel = await rattaDeltagareAction(a.slug, p.deltagareId, { version: 1, kon: "M", fodelsear: 1980, identitet: { personnummer: nytt } });
    expect(fel).toMatchObject({ ok: false, code: "validation", fieldErrors: { kon: ["Kön stämmer inte med personnumret"], fodelsear: ["Födelseåret stämmer inte med personnumret"] } });
    const ok = await rattaDeltagareAction(a.slug, p.deltagareId, { version: 1, kon: "K", fodelsear: 1985, identitet: { personnummer: nytt } });
    expect(ok).toMatchObject({ ok: true, data: { version: 2 } });
    const d = await db.deltagare.findFirstOrThrow({ where: { forbundId: a.id, id: p.deltagareId } });
    expect(d).toMatchObject({ kon: "K", fodelsear: 1985, version: 2 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { forbundId: a.id, action: "deltagare.ratta", entityId: p.deltagareId } });
    const logged = JSON.stringify(audit.details);
    expect(logged).not.toContain(nytt.slice(0, 8));
    expect(logged).not.toContain(p.personnummer.slice(0, 8));
    expect(audit.details).toMatchObject({ andradeFalt: ["kon", "fodelsear", "identitet.personnummer"], kon: { fran: "M", till: "K" } });
  });

  it("refuses a stale version with 409 and changes nothing", async () => {
    const p = await person();
    actAs(u.vagledare.user.id);
    expect((await call(deltagareRoute.PATCH, params(p.deltagareId), { method: "PATCH", body: { version: 1, kon: "M", fodelsear: 1980, identitet: { fornamn: "Först" } } })).status).toBe(200);
    const stale = await call(deltagareRoute.PATCH, params(p.deltagareId), { method: "PATCH", body: { version: 1, kon: "M", fodelsear: 1980, identitet: { fornamn: "Sist" } } });
    expect(stale.status).toBe(409);
    const row = await db.deltagareIdentitet.findFirstOrThrow({ where: { forbundId: a.id, deltagareId: p.deltagareId } });
    expect(readIdentityInFull(row).fornamn).toBe("Först");
  });

  it("refuses a personnummer that belongs to someone else with 409 beside the field", async () => {
    const p = await person();
    const annan = await person();
    actAs(u.vagledare.user.id);
    const res = await call(deltagareRoute.PATCH, params(p.deltagareId), { method: "PATCH", body: { version: 1, kon: "M", fodelsear: 1980, identitet: { personnummer: annan.personnummer } } });
    expect(res.status).toBe(409);
    expect(res.json.error.fieldErrors["identitet.personnummer"]).toEqual(["Personnumret tillhör redan en annan deltagare i förbundet"]);
  });

  it("answers invalid input with Swedish field messages and 400", async () => {
    const p = await person();
    actAs(u.vagledare.user.id);
    const res = await call(deltagareRoute.PATCH, params(p.deltagareId), { method: "PATCH", body: { version: 1, kon: "X", fodelsear: 3000, identitet: { personnummer: "19800101-0000", epost: "inte-en-adress" } } });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.error.fieldErrors)).toEqual(expect.arrayContaining(["kon", "fodelsear", "identitet.personnummer", "identitet.epost"]));
  });

  it.each([
    ["admin", 403],
    ["styrelse", 403],
    ["ejTilldelad", 404],
    ["annanForbund", 404],
  ] as const)("refuses %s with %i before reading the body", async (who, status) => {
    const p = await person();
    actAs(u[who].user.id);
    const res = await call(deltagareRoute.PATCH, params(p.deltagareId, who === "annanForbund" ? b.slug : a.slug), { method: "PATCH", body: {} });
    expect(res.status).toBe(status);
  });
});

describe("erasure", () => {
  it("removes identity, code and free text, keeps anonymous outcome data, and audits it", async () => {
    const p = await person();
    const fore = await db.deltagare.findFirstOrThrow({ where: { forbundId: a.id, id: p.deltagareId } });
    actAs(u.processledare.user.id);
    const res = await call(raderaRoute.POST, params(p.deltagareId), { body: { bekrafta: true } });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json).toMatchObject({ identitetRaderad: true, anonymiseradeInskrivningar: 1, rensadeFritexter: 4 });

    const d = await db.deltagare.findFirstOrThrow({ where: { forbundId: a.id, id: p.deltagareId }, include: { identitet: true, samtycken: true, inskrivningar: { include: { matningar: true, uppfoljning: true, plan: { include: { mal: true } } } } } });
    expect(d.identitet).toBeNull();
    expect(d.kod).not.toBe(fore.kod);
    expect(d.kod).toMatch(/^RADERAD-/);
    expect(d.raderadAt).toBeInstanceOf(Date);
    expect(d).toMatchObject({ kon: "M", fodelsear: 1980 });
    const i = d.inskrivningar[0]!;
    expect(i).toMatchObject({ anonymiserad: true, avslutsorsak: "ARBETE", startdatum: new Date("2025-03-03"), avslutsdatum: new Date("2025-06-01") });
    expect(i.matningar).toHaveLength(1);
    expect(i.uppfoljning).toMatchObject({ status: "ARBETE", kommentar: "" });
    expect(i.plan!.mal[0]).toMatchObject({ beskrivning: "", status: "PAGAR" });
    expect(d.samtycken[0]).toMatchObject({ omfattning: "" });
    const enkatRader = await db.enkatSvarRad.findMany({ where: { forbundId: a.id, svar: { inskrivningId: i.id } } });
    expect(enkatRader.map((r) => r.text)).toEqual([""]);
    // No trace of the person's name or number is left outside the audit log.
    expect(JSON.stringify(d)).not.toMatch(/Nils|Hemlig|Volvo/);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { forbundId: a.id, action: "deltagare.radera", entityId: p.deltagareId } });
    expect(audit).toMatchObject({ userId: u.processledare.user.id, details: { orsak: "begaran", identitetRaderad: true } });
    expect(JSON.stringify(audit.details)).not.toContain(fore.kod);

    // The inskrivning's identity panel says erased (not "consent withdrawn"), even to an assigned vägledare.
    expect(await getIdentityView(u.vagledare.ctx, insatsId, p.inskrivningId)).toMatchObject({ state: "raderad", identity: null, canWithdraw: false });
    // The registerutdrag afterwards says so, and shows no identity.
    const utdrag = await call(utdragRoute.GET, params(p.deltagareId));
    expect(utdrag.json).toMatchObject({ identitet: null, deltagare: { personuppgifterRaderade: expect.any(String) } });
    // A second erasure is a conflict, and a correction is refused.
    expect((await call(raderaRoute.POST, params(p.deltagareId), { body: { bekrafta: true } })).status).toBe(409);
    expect(await rattaDeltagareAction(a.slug, p.deltagareId, { version: d.version, kon: "K", fodelsear: 1980 })).toMatchObject({ ok: false, code: "conflict" });
  });

  it("erases nothing without an explicit confirmation", async () => {
    const p = await person();
    actAs(u.processledare.user.id);
    const res = await call(raderaRoute.POST, params(p.deltagareId), { body: {} });
    expect(res.status).toBe(400);
    expect(await raderaPersonuppgifterAction(a.slug, p.deltagareId, { bekrafta: "ja" })).toMatchObject({ ok: false, code: "validation" });
    expect(await db.deltagareIdentitet.count({ where: { forbundId: a.id, deltagareId: p.deltagareId } })).toBe(1);
  });

  it.each([
    ["admin", 403],
    ["vagledare", 403],
    ["styrelse", 403],
    ["annanForbund", 404],
  ] as const)("refuses %s with %i and keeps the identity", async (who, status) => {
    const p = await person();
    actAs(u[who].user.id);
    const res = await call(raderaRoute.POST, params(p.deltagareId, who === "annanForbund" ? b.slug : a.slug), { body: { bekrafta: true } });
    expect(res.status).toBe(status);
    expect(await db.deltagareIdentitet.count({ where: { forbundId: a.id, deltagareId: p.deltagareId } })).toBe(1);
  });
});
