import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { db } from "@/lib/db";
import * as route from "@/app/api/f/[forbund]/insatser/[insatsId]/inskrivningar/route";
import { revealIdentityAction } from "@/lib/actions/deltagare/reveal-identity";
import { withdrawSamtyckeAction } from "@/lib/actions/deltagare/withdraw-samtycke";
import { getIdentityView } from "@/lib/server/deltagare/get-identity-view";
import { createForbund, createInsats, createRoller, makePuInsats, type Roller } from "../factories";
import { pnr } from "../support/personnummer";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

type Forbund = Awaited<ReturnType<typeof createForbund>>;
let a: Forbund;
let b: Forbund;
let insatsId: string;
let u: Roller;


/** Registers a person through the API as the assigned vägledare; returns the new ids. */
let serial = 900;
/** A fresh personnummer for each registration (born 1980, so the age band is fixed). */
const nyttPnr = () => pnr("19800101", String(++serial));

async function registrera(personnummer: string = nyttPnr()) {
  actAs(u.vagledare.user.id);
  const res = await call(route.POST, { forbund: a.slug, insatsId }, {
    body: {
      startdatum: "2025-03-03",
      identitet: { personnummer, fornamn: "Maja", efternamn: "Hemlig" },
      samtycke: { datum: "2025-03-01", omfattning: "Registrering och uppföljning" },
    },
  });
  expect(res.status).toBe(201);
  return res.json as { deltagareId: string; inskrivningId: string; kod: string };
}

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  insatsId = (await createInsats(a.id, { matningsmetod: "PERSONUPPGIFTER" })).id;
  await makePuInsats(a.id, insatsId);
  u = await createRoller(a, b, [insatsId]);
});

describe("the identity view", () => {
  it("shows code, kön and age band to all who see participants, the identity only to an assigned vägledare", async () => {
    const r = await registrera(pnr("19860610", "982"));
    const vag = await getIdentityView(u.vagledare.ctx, insatsId, r.inskrivningId);
    expect(vag).toMatchObject({ kod: r.kod, kon: "K", aldersgrupp: "30–39", state: "visible", canWithdraw: true });
    expect(vag.identity).toMatchObject({ namn: "Maja Hemlig", personnummerMaskerat: "19860610-****" });
    expect(vag.samtycke?.registreradAv).toEqual({ kind: "user", namn: "Test Testsson" });

    const pl = await getIdentityView(u.processledare.ctx, insatsId, r.inskrivningId);
    expect(pl).toMatchObject({ kod: r.kod, state: "revealable", identity: null, canWithdraw: true });
    const admin = await getIdentityView(u.admin.ctx, insatsId, r.inskrivningId);
    expect(admin).toMatchObject({ state: "hidden", identity: null, canWithdraw: false });
  });

  it.each([
    ["styrelse", "forbidden"],
    ["ejTilldelad", "forbidden"],
    ["annanForbund", "not_found"],
  ] as const)("refuses %s", async (who, code) => {
    const r = await registrera();
    await expect(getIdentityView(u[who].ctx, insatsId, r.inskrivningId)).rejects.toMatchObject({ code });
  });

  it("names imported consents as imported", async () => {
    const r = await registrera(pnr("19860612", "982"));
    await db.samtycke.updateMany({ where: { forbundId: a.id, deltagareId: r.deltagareId }, data: { registreradAvId: "demo-import" } });
    const view = await getIdentityView(u.vagledare.ctx, insatsId, r.inskrivningId);
    expect(view.samtycke?.registreradAv).toEqual({ kind: "import" });
  });
});

describe("revealing an identity", () => {
  it("needs a reason, writes who, when and why to the audit log, and returns the identity", async () => {
    const r = await registrera(pnr("19700101", "991"));
    actAs(u.processledare.user.id);
    const utanSkal = await revealIdentityAction(a.slug, insatsId, r.inskrivningId, { skal: "" });
    expect(utanSkal).toMatchObject({ ok: false, code: "validation", fieldErrors: { skal: ["Ange varför du behöver se identiteten (minst 10 tecken)"] } });
    expect(await db.auditEvent.count({ where: { forbundId: a.id, action: "identitet.reveal", entityId: r.deltagareId } })).toBe(0);

    const before = new Date();
    const res = await revealIdentityAction(a.slug, insatsId, r.inskrivningId, { skal: "Kontakt med Försäkringskassan om ärendet" });
    expect(res).toMatchObject({ ok: true, data: { namn: "Maja Hemlig", personnummerMaskerat: "19700101-****" } });
    const audit = await db.auditEvent.findMany({ where: { forbundId: a.id, action: "identitet.reveal", entityId: r.deltagareId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.userId).toBe(u.processledare.user.id);
    expect(audit[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(audit[0]!.details).toMatchObject({ skal: "Kontakt med Försäkringskassan om ärendet", inskrivningId: r.inskrivningId, kod: r.kod });
  });

  it.each([
    ["a vägledare (sees it directly, cannot 'reveal')", "vagledare", "forbidden"],
    ["an admin", "admin", "forbidden"],
    ["styrelse", "styrelse", "forbidden"],
    ["another förbund", "annanForbund", "not_found"],
    ["a logged-out caller", null, "unauthorized"],
  ] as const)("refuses %s and logs nothing", async (_label, who, code) => {
    const r = await registrera();
    actAs(who ? u[who].user.id : null);
    const res = await revealIdentityAction(a.slug, insatsId, r.inskrivningId, { skal: "Jag vill bara titta lite" });
    expect(res).toMatchObject({ ok: false, code });
    expect(await db.auditEvent.count({ where: { action: "identitet.reveal", entityId: r.deltagareId } })).toBe(0);
  });
});

describe("withdrawing consent", () => {
  it("erases the identity, flags the inskrivning anonymiserad and keeps outcomes, audited", async () => {
    const r = await registrera(pnr("19650505", "992"));
    const vas = await db.matvariabel.findFirstOrThrow({ where: { forbundId: a.id, typ: "SKALA" } });
    await db.matning.create({ data: { forbundId: a.id, inskrivningId: r.inskrivningId, matvariabelId: vas.id, tidpunkt: "START", datum: new Date("2025-03-03"), varde: 4 } });
    await db.inskrivning.update({ where: { forbundId_id: { forbundId: a.id, id: r.inskrivningId } }, data: { avslutsdatum: new Date("2025-06-01"), avslutsorsak: "ARBETE" } });

    actAs(u.vagledare.user.id);
    const res = await withdrawSamtyckeAction(a.slug, insatsId, r.inskrivningId, { datum: "2025-07-01" });
    expect(res).toMatchObject({ ok: true, data: { anonymiseradeInskrivningar: 1 } });

    expect(await db.deltagareIdentitet.count({ where: { forbundId: a.id, deltagareId: r.deltagareId } })).toBe(0);
    const ins = await db.inskrivning.findFirstOrThrow({ where: { forbundId: a.id, id: r.inskrivningId }, include: { matningar: true } });
    expect(ins).toMatchObject({ anonymiserad: true, avslutsorsak: "ARBETE" });
    expect(ins.matningar).toHaveLength(1);
    const d = await db.deltagare.findFirstOrThrow({ where: { forbundId: a.id, id: r.deltagareId }, include: { samtycken: true } });
    expect(d.kod).toBe(r.kod);
    expect(d.samtycken[0]).toMatchObject({ aterkalladAvId: u.vagledare.user.id });
    expect(d.samtycken[0]!.aterkalladDatum?.toISOString().slice(0, 10)).toBe("2025-07-01");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { forbundId: a.id, action: "samtycke.aterkalla", entityId: r.deltagareId } });
    expect(audit).toMatchObject({ userId: u.vagledare.user.id, details: { identitetRaderad: true } });

    const view = await getIdentityView(u.vagledare.ctx, insatsId, r.inskrivningId);
    expect(view).toMatchObject({ state: "aterkallad", identity: null, canWithdraw: false, anonymiserad: true });
    // The same action twice is refused, not silently repeated.
    expect(await withdrawSamtyckeAction(a.slug, insatsId, r.inskrivningId, { datum: "2025-07-01" })).toMatchObject({ ok: false, code: "conflict" });
  });

  it("refuses a date before the consent and in the future", async () => {
    const r = await registrera(pnr("19650506", "992"));
    actAs(u.vagledare.user.id);
    expect(await withdrawSamtyckeAction(a.slug, insatsId, r.inskrivningId, { datum: "2025-01-01" })).toMatchObject({
      ok: false,
      fieldErrors: { datum: ["Samtycket kan inte återkallas före det datum det lämnades"] },
    });
    expect(await withdrawSamtyckeAction(a.slug, insatsId, r.inskrivningId, { datum: "2999-01-01" })).toMatchObject({ ok: false, fieldErrors: { datum: ["Datumet kan inte ligga i framtiden"] } });
    expect(await db.deltagareIdentitet.count({ where: { forbundId: a.id, deltagareId: r.deltagareId } })).toBe(1);
  });

  it.each([
    ["an unassigned vägledare", "ejTilldelad", "forbidden"],
    ["styrelse", "styrelse", "forbidden"],
    ["an admin", "admin", "forbidden"],
    ["another förbund", "annanForbund", "not_found"],
    ["a logged-out caller", null, "unauthorized"],
  ] as const)("refuses %s and keeps the identity", async (_label, who, code) => {
    const r = await registrera();
    actAs(who ? u[who].user.id : null);
    expect(await withdrawSamtyckeAction(a.slug, insatsId, r.inskrivningId, { datum: "2025-07-01" })).toMatchObject({ ok: false, code });
    expect(await db.deltagareIdentitet.count({ where: { forbundId: a.id, deltagareId: r.deltagareId } })).toBe(1);
  });
});
