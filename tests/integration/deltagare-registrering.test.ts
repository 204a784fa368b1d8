import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { db } from "@/lib/db";
import * as route from "@/app/api/f/[forbund]/insatser/[insatsId]/inskrivningar/route";
import { registerVolymAction } from "@/lib/actions/deltagare/register-volym";
import { registerInskrivningAction } from "@/lib/actions/deltagare/register-inskrivning";
import { isValidDeltagareKod } from "@/lib/domain/deltagare-kod";
import { CONSENT_REQUIRED } from "@/lib/validation/inskrivning-registrering";
import { MSG } from "@/lib/server/deltagare/register-inskrivning";
import { personnummerHash } from "@/lib/identity/identity-fields";
import { createForbund, createInsats, createRoller, makePuInsats } from "../factories";
import { pnr } from "../support/personnummer";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

type Forbund = Awaited<ReturnType<typeof createForbund>>;
let a: Forbund;
let b: Forbund;
let ins: Record<"anonym" | "pu" | "volym" | "utanPua", string>;
let u: Record<"admin" | "processledare" | "vagledare" | "ejTilldelad" | "styrelse" | "annanForbund", string>;

const wrongCheckDigit = (nr: string) => nr.slice(0, -1) + String((Number(nr.slice(-1)) + 1) % 10);

const sus = { startdatum: "2025-03-03", remittent: "AF", aktuellHos: ["AF", "FK"], forsorjningStart: ["SJUKPENNING"], sysselsattningStart: ["OVRIGA"], utbildningsniva: "GYMNASIAL", folkbokforingskommun: "Trollhättan", tidIOffentligForsorjning: "AR_1_2", spar: "Fördjupning" };
const samtycke = { datum: "2025-03-01", omfattning: "Registrering och uppföljning i insatsen" };
const person = (personnummer: string) => ({ ...sus, identitet: { personnummer, fornamn: "Testa", efternamn: "Testsson", telefon: "070-1740650" }, samtycke });
const anonym = { ...sus, kon: "K", fodelsear: 1988 };

const post = (insatsId: string, body: unknown, forbund = a.slug) => call(route.POST, { forbund, insatsId }, { body });
const get = (insatsId: string, forbund = a.slug) => call(route.GET, { forbund, insatsId });

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  ins = {
    anonym: (await createInsats(a.id, { matningsmetod: "ANONYM" })).id,
    pu: (await createInsats(a.id, { matningsmetod: "PERSONUPPGIFTER" })).id,
    volym: (await createInsats(a.id, { matningsmetod: "VOLYM" })).id,
    utanPua: (await createInsats(a.id, { matningsmetod: "PERSONUPPGIFTER" })).id,
  };
  await makePuInsats(a.id, ins.pu);
  const roller = await createRoller(a, b, Object.values(ins));
  u = Object.fromEntries(Object.entries(roller).map(([k, m]) => [k, m.user.id])) as typeof u;
});

describe("registration under ANONYM", () => {
  it("creates a deltagare with a generated code and no identity, audited", async () => {
    actAs(u.vagledare);
    const res = await post(ins.anonym, anonym);
    expect(res.status).toBe(201);
    expect(isValidDeltagareKod(res.json.kod)).toBe(true);
    expect(res.json).toMatchObject({ registreradSom: "ANONYM", befintligDeltagare: false, personnummerMaskerat: null });
    const d = await db.deltagare.findFirstOrThrow({ where: { forbundId: a.id, id: res.json.deltagareId }, include: { identitet: true, inskrivningar: true } });
    expect(d).toMatchObject({ kod: res.json.kod, kon: "K", fodelsear: 1988, identitet: null });
    expect(d.inskrivningar[0]).toMatchObject({ remittent: "AF", aktuellHos: ["AF", "FK"], spar: "Fördjupning", folkbokforingskommun: "Trollhättan" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { forbundId: a.id, action: "inskrivning.create", entityId: res.json.inskrivningId } });
    expect(audit.userId).toBe(u.vagledare);
  });

  it("refuses a name and personnummer", async () => {
    actAs(u.vagledare);
    const res = await post(ins.anonym, person(pnr("19880101", "982")));
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors.identitet).toEqual([MSG.anonymIdentitet]);
  });

  it("requires kön and födelseår, and a start date inside the insats period", async () => {
    actAs(u.processledare);
    const res = await post(ins.anonym, { ...sus, startdatum: "2024-06-01" });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors).toMatchObject({ kon: ["Välj kön"], fodelsear: ["Ange födelseår"] });
    const res2 = await post(ins.anonym, { ...anonym, startdatum: "2024-06-01" });
    expect(res2.status).toBe(400);
    expect(res2.json.error.fieldErrors.startdatum[0]).toMatch(/inom insatsens period/);
  });

  it("refuses codes from the wrong list and a group of another insats", async () => {
    actAs(u.vagledare);
    const res = await post(ins.anonym, { ...anonym, remittent: "PÅHITTAD", aktuellHos: ["XX"] });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.error.fieldErrors)).toEqual(expect.arrayContaining(["remittent", "aktuellHos.0"]));
    const grupp = await db.grupp.create({ data: { forbundId: a.id, insatsId: ins.pu, namn: "Grupp 1", startdatum: new Date("2025-03-01"), veckor: 12 } });
    const res2 = await post(ins.anonym, { ...anonym, gruppId: grupp.id });
    expect(res2.status).toBe(400);
    expect(res2.json.error.fieldErrors.gruppId).toEqual(["Gruppen hör inte till insatsen"]);
  });
});

describe("registration under PERSONUPPGIFTER", () => {
  it("requires recorded consent", async () => {
    actAs(u.vagledare);
    const before = await db.deltagare.count({ where: { forbundId: a.id } });
    const { samtycke: _s, ...utan } = person(pnr("19900505", "982"));
    const res = await post(ins.pu, utan);
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors["samtycke.datum"]).toEqual([CONSENT_REQUIRED]);
    expect(await db.deltagare.count({ where: { forbundId: a.id } })).toBe(before);
  });

  it("requires a personnummer unless skyddade personuppgifter", async () => {
    actAs(u.vagledare);
    const res = await post(ins.pu, { ...sus, kon: "M", fodelsear: 1970 });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors["identitet.personnummer"]).toEqual([MSG.personnummerKravs]);
  });

  it("stores the identity encrypted with a keyed hash, the consent, and answers with a masked number", async () => {
    actAs(u.vagledare);
    const nr = pnr("19900505", "982");
    const res = await post(ins.pu, person(nr));
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ registreradSom: "PERSONUPPGIFTER", personnummerMaskerat: "19900505-****", befintligDeltagare: false });
    const d = await db.deltagare.findFirstOrThrow({ where: { forbundId: a.id, id: res.json.deltagareId }, include: { identitet: true, samtycken: true } });
    // Kön and födelseår come from the personnummer (serial 982: even → woman).
    expect(d).toMatchObject({ kon: "K", fodelsear: 1990, skyddadIdentitet: false });
    expect(d.identitet!.personnummerEnc).not.toContain("19900505");
    expect(d.identitet!.kontaktEnc).not.toContain("Testsson");
    expect(d.identitet!.personnummerHash).toBe(personnummerHash(nr));
    expect(d.samtycken).toHaveLength(1);
    expect(d.samtycken[0]).toMatchObject({ insatsId: ins.pu, omfattning: samtycke.omfattning, registreradAvId: u.vagledare, aterkalladDatum: null });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { forbundId: a.id, action: "inskrivning.create", entityId: res.json.inskrivningId } });
    expect(JSON.stringify(audit.details)).not.toContain("Testsson");
    expect(JSON.stringify(audit.details)).not.toContain("19900505");
  });

  it("links a person already registered in the förbund to the same deltagare instead of duplicating", async () => {
    actAs(u.vagledare);
    const nr = pnr("19751224", "991");
    const first = await post(ins.pu, person(nr));
    expect(first.status).toBe(201);
    // Still enrolled: a second open inskrivning in the same insats is refused.
    const again = await post(ins.pu, person(nr.slice(2)));
    expect(again.status).toBe(409);
    expect(again.json.error.message).toBe(MSG.redanInskriven(first.json.kod));
    await db.inskrivning.update({ where: { forbundId_id: { forbundId: a.id, id: first.json.inskrivningId } }, data: { avslutsdatum: new Date("2025-06-01"), avslutsorsak: "ARBETE" } });
    const deltagareBefore = await db.deltagare.count({ where: { forbundId: a.id } });
    // Another spelling of the same number (10 digits, no separator).
    const second = await post(ins.pu, { ...person(nr.slice(2).replace("-", "")), startdatum: "2025-07-01", samtycke: { ...samtycke, datum: "2025-07-01" } });
    expect(second.status).toBe(201);
    expect(second.json).toMatchObject({ befintligDeltagare: true, deltagareId: first.json.deltagareId, kod: first.json.kod });
    expect(await db.deltagare.count({ where: { forbundId: a.id } })).toBe(deltagareBefore);
    expect(await db.deltagareIdentitet.count({ where: { forbundId: a.id, personnummerHash: personnummerHash(nr) } })).toBe(1);
    expect(await db.inskrivning.count({ where: { forbundId: a.id, deltagareId: first.json.deltagareId } })).toBe(2);
  });

  it("registers skyddade personuppgifter as ANONYM without storing any identity", async () => {
    actAs(u.vagledare);
    const identiteterBefore = await db.deltagareIdentitet.count({ where: { forbundId: a.id } });
    const res = await post(ins.pu, { ...sus, kon: "M", fodelsear: 1979, skyddadIdentitet: true });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ registreradSom: "ANONYM", personnummerMaskerat: null });
    const d = await db.deltagare.findFirstOrThrow({ where: { forbundId: a.id, id: res.json.deltagareId }, include: { identitet: true } });
    expect(d).toMatchObject({ skyddadIdentitet: true, identitet: null });
    expect(await db.deltagareIdentitet.count({ where: { forbundId: a.id } })).toBe(identiteterBefore);
    const both = await post(ins.pu, { ...person(pnr("19790101", "983")), skyddadIdentitet: true });
    expect(both.status).toBe(400);
    expect(both.json.error.fieldErrors.skyddadIdentitet).toBeDefined();
  });

  it("refuses identities where the insats names no personuppgiftsansvarig member", async () => {
    actAs(u.vagledare);
    const res = await post(ins.utanPua, person(pnr("19820202", "982")));
    expect(res.status).toBe(409);
    expect(res.json.error.message).toBe(MSG.saknarPua);
  });

  // The schema reads today's date: the future case uses a year far ahead.
  it.each([
    ["", "Ange ett personnummer"],
    ["199005059", "Personnumret ska ha 10 eller 12 siffror (nu 9)"],
    ["1990O505-9821", "Personnumret får bara innehålla siffror och bindestreck eller plustecken"],
    ["199005-059821", "Bindestreck eller plustecken ska stå före de fyra sista siffrorna, och bara ett"],
    ["19901305-9821", "Månaden 13 finns inte – månaden ska vara 01–12"],
    ["19900535-9821", "Dagen 35 finns inte – dagen ska vara 01–31, eller 61–91 för ett samordningsnummer"],
    ["19900230-9821", "Födelsedatumet 1990-02-30 finns inte"],
    ["19900290-9821", "Födelsedatumet 1990-02-30 finns inte (samordningsnummer: dagen minus 60)"],
    ["20990101-9821", "Födelsedatumet 2099-01-01 ligger i framtiden"],
    ["19900505+9821", "Plustecken används bara för den som fyllt 100 år, men födelsedatumet 1990-05-05 ger en lägre ålder – använd bindestreck"],
    [wrongCheckDigit(pnr("19900505", "982")), "Kontrollsiffran stämmer inte – kontrollera att numret är rätt skrivet"],
  ])("answers personnummer %j with its own message", async (input, message) => {
    actAs(u.vagledare);
    const res = await post(ins.pu, person(input));
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors["identitet.personnummer"]).toEqual([message]);
  });

  it("accepts a samordningsnummer and a 100+ number with '+'", async () => {
    actAs(u.vagledare);
    const samordning = await post(ins.pu, person(pnr("19850375", "992")));
    expect(samordning.status).toBe(201);
    const d = await db.deltagare.findFirstOrThrow({ where: { forbundId: a.id, id: samordning.json.deltagareId } });
    expect(d.fodelsear).toBe(1985);
    const hundra = pnr("19200101", "993"); // 10 digits with '+': born 1920
    const res = await post(ins.pu, { ...person(`${hundra.slice(2, 8)}+${hundra.slice(9)}`), startdatum: "2025-03-03" });
    expect(res.status).toBe(201);
    expect(res.json.personnummerMaskerat).toBe("19200101-****");
  });
});

describe("VOLYM", () => {
  it("takes counts by kön and period, no individual rows", async () => {
    actAs(u.vagledare);
    const refused = await post(ins.volym, anonym);
    expect(refused.status).toBe(400);
    expect(refused.json.error.message).toBe(MSG.volym);
    const result = await registerVolymAction(a.slug, ins.volym, { periodStart: "2025-01-01", periodSlut: "2025-06-30", kvinnor: 12, man: 9, kommentar: "" });
    expect(result.ok).toBe(true);
    const rows = await db.volymRegistrering.findMany({ where: { forbundId: a.id, insatsId: ins.volym } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kvinnor: 12, man: 9 });
    expect(await db.inskrivning.count({ where: { forbundId: a.id, insatsId: ins.volym } })).toBe(0);
    const bad = await registerVolymAction(a.slug, ins.volym, { periodStart: "2025-06-30", periodSlut: "2025-01-01", kvinnor: 0, man: 0 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.fieldErrors).toMatchObject({ periodSlut: ["Periodens slut kan inte vara före dess start"], kvinnor: ["Ange minst en deltagare"] });
  });

  it("refuses counts from a vägledare not assigned to the insats and from styrelse", async () => {
    for (const who of [u.ejTilldelad, u.styrelse, u.admin]) {
      actAs(who);
      const result = await registerVolymAction(a.slug, ins.volym, { periodStart: "2025-01-01", periodSlut: "2025-06-30", kvinnor: 1, man: 1 });
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
    }
  });
});

describe("who may register and list", () => {
  it.each([
    ["a logged-out request", null, 401],
    ["another förbund's user", "annanForbund", 404],
    ["a styrelse member", "styrelse", 403],
    ["an admin", "admin", 403],
    ["a vägledare not assigned to the insats", "ejTilldelad", 403],
  ] as const)("POST refuses %s before reading the body", async (_label, who, status) => {
    actAs(who ? u[who] : null);
    const before = await db.inskrivning.count({ where: { forbundId: a.id } });
    const res = await post(ins.anonym, {});
    expect(res.status).toBe(status);
    expect(await db.inskrivning.count({ where: { forbundId: a.id } })).toBe(before);
  });

  it("the server action refuses the same callers", async () => {
    for (const [who, code] of [[null, "unauthorized"], ["annanForbund", "not_found"], ["styrelse", "forbidden"], ["ejTilldelad", "forbidden"]] as const) {
      actAs(who ? u[who] : null);
      expect(await registerInskrivningAction(a.slug, ins.anonym, anonym)).toMatchObject({ ok: false, code });
    }
  });

  it("answers an insats of another förbund as not found", async () => {
    const other = await createInsats(b.id);
    actAs(u.processledare);
    expect((await post(other.id, anonym)).status).toBe(404);
    expect((await get(other.id)).status).toBe(404);
  });

  it.each([
    ["a logged-out request", null, 401],
    ["another förbund's user", "annanForbund", 404],
    ["a styrelse member", "styrelse", 403],
    ["a vägledare not assigned to the insats", "ejTilldelad", 403],
  ] as const)("GET refuses %s", async (_label, who, status) => {
    actAs(who ? u[who] : null);
    expect((await get(ins.pu)).status).toBe(status);
  });

  it("GET gives an assigned vägledare names and masked personnummer", async () => {
    actAs(u.vagledare);
    const res = await get(ins.pu);
    expect(res.status).toBe(200);
    const named = res.json.inskrivningar.filter((r: { namn: string | null }) => r.namn);
    expect(named.length).toBeGreaterThan(0);
    expect(named[0]).toMatchObject({ namn: "Testa Testsson" });
    expect(named[0].personnummerMaskerat).toMatch(/^\d{8}-\*{4}$/);
  });

  it.each(["processledare", "admin"] as const)("GET gives %s pseudonymised rows only", async (who) => {
    actAs(u[who]);
    const res = await get(ins.pu);
    expect(res.status).toBe(200);
    expect(res.json.inskrivningar.length).toBeGreaterThan(0);
    for (const rad of res.json.inskrivningar) {
      expect(rad).not.toHaveProperty("namn");
      expect(rad).not.toHaveProperty("personnummerMaskerat");
      expect(rad).toHaveProperty("kod");
      expect(rad).toHaveProperty("aldersgrupp");
    }
    expect(JSON.stringify(res.json)).not.toContain("Testsson");
  });

  it("lets a processledare register (pseudonymised afterwards)", async () => {
    actAs(u.processledare);
    const res = await post(ins.anonym, { ...anonym, kon: "M" });
    expect(res.status).toBe(201);
  });
});
