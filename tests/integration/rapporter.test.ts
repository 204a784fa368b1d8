import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { NextRequest } from "next/server";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { db } from "@/lib/db";
import { encryptIdentity } from "@/lib/identity/identity-fields";
import * as finsam from "@/app/api/f/[forbund]/rapporter/uppfoljning-finsam/route";
import * as esf from "@/app/api/f/[forbund]/insatser/[insatsId]/esf/route";
import { createDeltagareMedInskrivning, createForbund, createInsats, createMember } from "../factories";

type Forbund = Awaited<ReturnType<typeof createForbund>>;
type Persona = "admin" | "processledare" | "vagledare" | "styrelse" | "annanForbund";

let a: Forbund;
let b: Forbund;
let users: Record<Persona, string>;
const ids: Record<"anonym" | "volym" | "esf" | "gammal" | "esfAnonym" | "annanEsf", string> = {} as never;

const d = (s: string) => new Date(`${s}T00:00:00Z`);

/** Calls a route and keeps the body as bytes (a BOM or an xlsx must not pass through a text decoder). */
async function raw<P>(handler: (req: NextRequest, c: { params: Promise<P> }) => Promise<Response>, params: P, url: string) {
  const res = await handler(new NextRequest(url), { params: Promise.resolve(params) });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

async function deltagare(forbundId: string, insatsId: string, o: Parameters<typeof createDeltagareMedInskrivning>[2] & { kod?: string; skyddad?: boolean; personnummer?: string; anonymiserad?: boolean }) {
  const { deltagare: del, inskrivning } = await createDeltagareMedInskrivning(forbundId, insatsId, o);
  if (o.kod || o.skyddad) await db.deltagare.update({ where: { forbundId_id: { forbundId, id: del.id } }, data: { kod: o.kod ?? del.kod, skyddadIdentitet: o.skyddad ?? false } });
  if (o.anonymiserad) await db.inskrivning.update({ where: { forbundId_id: { forbundId, id: inskrivning.id } }, data: { anonymiserad: true } });
  if (o.personnummer) {
    await db.deltagareIdentitet.create({ data: { forbundId, deltagareId: del.id, ...encryptIdentity(o.personnummer, { fornamn: "Åsa", efternamn: "Öberg" }) } });
  }
  return del;
}

beforeAll(async () => {
  a = await createForbund({ namn: "Samordningsförbundet Älvdalen" });
  b = await createForbund();
  users = {
    admin: (await createMember(a, "ADMIN")).user.id,
    processledare: (await createMember(a, "PROCESSLEDARE")).user.id,
    vagledare: (await createMember(a, "VAGLEDARE")).user.id,
    styrelse: (await createMember(a, "STYRELSE")).user.id,
    annanForbund: (await createMember(b, "PROCESSLEDARE")).user.id,
  };

  // ANONYM, 2024–2025, 40 planned for the period → 2024: 40 × 366/731 = 20.03 → 20.
  const anonym = await createInsats(a.id, { namn: "Ökad hälsa", startdatum: d("2024-01-01"), slutdatum: d("2025-12-31") });
  ids.anonym = anonym.id;
  await db.insats.update({
    where: { forbundId_id: { forbundId: a.id, id: anonym.id } },
    data: { planeradeDeltagare: 40, planeradeDeltagarePer: "PERIOD", malgrupp: "Unga vuxna; långt från arbetsmarknaden", preciseradInriktning: "Hälsa och arbetsträning" },
  });
  await deltagare(a.id, anonym.id, { kon: "K", startdatum: d("2023-06-01"), avslutsdatum: d("2024-01-01"), avslutsorsak: "ARBETE" }); // ended 1 Jan: counts
  await deltagare(a.id, anonym.id, { kon: "M", startdatum: d("2024-12-31") }); // started 31 Dec: counts
  await deltagare(a.id, anonym.id, { kon: "K", startdatum: d("2023-02-01"), avslutsdatum: d("2023-12-31"), avslutsorsak: "ARBETE" }); // ended the day before: not
  await deltagare(a.id, anonym.id, { kon: "K", startdatum: d("2025-01-01") }); // starts the day after: not
  await deltagare(a.id, anonym.id, { kon: "K", startdatum: d("2024-05-01"), avslutsdatum: d("2024-05-02"), avslutsorsak: "FELREGISTRERING" }); // never
  const tva = await deltagare(a.id, anonym.id, { kon: "M", startdatum: d("2024-02-01"), avslutsdatum: d("2024-03-01"), avslutsorsak: "OVRIGT" });
  await db.inskrivning.create({ data: { forbundId: a.id, insatsId: anonym.id, deltagareId: tva.id, startdatum: d("2024-09-01") } }); // same person again: once
  await db.budgetPost.createMany({
    data: [
      { forbundId: a.id, insatsId: anonym.id, ar: 2024, kategori: "LONEKOSTNADER", belopp: 100_000 },
      { forbundId: a.id, insatsId: anonym.id, ar: 2024, kategori: "LOKALER", belopp: 50_000.5 },
      { forbundId: a.id, insatsId: anonym.id, ar: 2025, kategori: "LONEKOSTNADER", belopp: 999_999 },
    ],
  });
  await db.utfall.create({ data: { forbundId: a.id, insatsId: anonym.id, ar: 2024, kategori: "LONEKOSTNADER", belopp: 80_000 } });

  // VOLYM, 1 Mar – 30 Nov 2024, 12 per year → pro rata ceil(12 × 275/366) = ceil(9.02) = 10.
  const volym = await createInsats(a.id, { namn: "Arbetsträning i grupp", matningsmetod: "VOLYM", startdatum: d("2024-03-01"), slutdatum: d("2024-11-30") });
  ids.volym = volym.id;
  await db.insats.update({ where: { forbundId_id: { forbundId: a.id, id: volym.id } }, data: { planeradeDeltagare: 12, planeradeDeltagarePer: "AR", insatstyp: "STRUKTURINRIKTAD" } });
  await db.volymRegistrering.createMany({
    data: [
      { forbundId: a.id, insatsId: volym.id, periodStart: d("2024-03-01"), periodSlut: d("2024-06-30"), kvinnor: 5, man: 4 },
      { forbundId: a.id, insatsId: volym.id, periodStart: d("2024-07-01"), periodSlut: d("2024-11-30"), kvinnor: 3, man: 2 },
      { forbundId: a.id, insatsId: volym.id, periodStart: d("2023-03-01"), periodSlut: d("2023-11-30"), kvinnor: 50, man: 50 },
    ],
  });
  await db.utfall.create({ data: { forbundId: a.id, insatsId: volym.id, ar: 2024, kategori: "OVRIGT", belopp: 10_000 } });

  // ESF + PERSONUPPGIFTER, 2024, no plan recorded.
  const esfInsats = await createInsats(a.id, { namn: "Vägen till jobb (ESF)", matningsmetod: "PERSONUPPGIFTER", startdatum: d("2024-01-01"), slutdatum: d("2024-12-31") });
  ids.esf = esfInsats.id;
  await db.insats.update({ where: { forbundId_id: { forbundId: a.id, id: esfInsats.id } }, data: { esfFinansierad: true } });
  await deltagare(a.id, esfInsats.id, { kod: "AAA-1111", kon: "K", fodelsear: 1990, startdatum: d("2024-03-05"), personnummer: "19900101-9802" });
  await deltagare(a.id, esfInsats.id, { kod: "BBB-2222", kon: "M", fodelsear: 1985, startdatum: d("2024-03-10"), skyddad: true });
  await deltagare(a.id, esfInsats.id, { kod: "CCC-3333", kon: "K", fodelsear: 1978, startdatum: d("2024-01-10"), avslutsdatum: d("2024-03-31"), avslutsorsak: "ARBETE", personnummer: "19780202-9824" });
  await deltagare(a.id, esfInsats.id, { kod: "DDD-4444", kon: "M", fodelsear: 1995, startdatum: d("2024-03-20"), anonymiserad: true });
  await deltagare(a.id, esfInsats.id, { kod: "EEE-5555", kon: "K", fodelsear: 1999, startdatum: d("2024-02-01"), personnummer: "19990303-9820" });
  await deltagare(a.id, esfInsats.id, { kod: "FFF-6666", kon: "M", startdatum: d("2024-03-15"), avslutsdatum: d("2024-03-16"), avslutsorsak: "FELREGISTRERING", personnummer: "19800404-9811" });

  // Outside 2024 with nothing registered in it: left out of the 2024 report.
  ids.gammal = (await createInsats(a.id, { namn: "Vägen vidare 2018", startdatum: d("2018-03-01"), slutdatum: d("2018-12-31") })).id;
  // ESF-financed but ANONYM: no file possible.
  const esfAnonym = await createInsats(a.id, { namn: "ESF utan personuppgifter", startdatum: d("2024-01-01"), slutdatum: d("2024-12-31") });
  ids.esfAnonym = esfAnonym.id;
  await db.insats.update({ where: { forbundId_id: { forbundId: a.id, id: esfAnonym.id } }, data: { esfFinansierad: true } });

  // Another förbund's ESF insats and participants: never in a's report.
  const annan = await createInsats(b.id, { namn: "Annans insats", matningsmetod: "PERSONUPPGIFTER", startdatum: d("2024-01-01"), slutdatum: d("2024-12-31") });
  ids.annanEsf = annan.id;
  await db.insats.update({ where: { forbundId_id: { forbundId: b.id, id: annan.id } }, data: { esfFinansierad: true } });
  await deltagare(b.id, annan.id, { kon: "K", startdatum: d("2024-03-01"), personnummer: "19700505-9802" });
  await db.budgetPost.create({ data: { forbundId: b.id, insatsId: annan.id, ar: 2024, kategori: "OVRIGT", belopp: 1_000_000 } });
});

const finsamUrl = (slug: string, query: string) => `http://localhost/api/f/${slug}/rapporter/uppfoljning-finsam?${query}`;
const esfUrl = (slug: string, insatsId: string, query: string) => `http://localhost/api/f/${slug}/insatser/${insatsId}/esf?${query}`;

describe("GET /api/f/[forbund]/rapporter/uppfoljning-finsam (JSON)", () => {
  it("gives the hand-checked figures for 2024", async () => {
    actAs(users.processledare);
    const res = await call(finsam.GET, { forbund: a.slug }, { url: finsamUrl(a.slug, "ar=2024") });
    expect(res.status).toBe(200);
    expect(res.json.ar).toBe(2024);
    // Sorted by Swedish collation; "Vägen vidare 2018" (2018, no data in 2024) is left out; so is förbund b.
    expect(res.json.insatser.map((i: { namn: string }) => i.namn)).toEqual(["Arbetsträning i grupp", "ESF utan personuppgifter", "Vägen till jobb (ESF)", "Ökad hälsa"]);
    const per = Object.fromEntries(res.json.insatser.map((i: { insatsId: string }) => [i.insatsId, i]));
    expect(per[ids.anonym]).toMatchObject({
      inriktning: "INDIVIDINRIKTAD",
      malgrupp: "Unga vuxna; långt från arbetsmarknaden",
      esfFinansierad: false,
      uppfoljningsmetod: "ANONYM",
      budgeteratAntal: 20,
      budgeteratRegel: "PERIOD_FORDELAD",
      deltagare: { kvinnor: 1, man: 2, okantKon: 0, totalt: 3 },
      kalla: "INSKRIVNINGAR",
      budget: 150_000.5,
      utfall: 80_000,
    });
    expect(per[ids.volym]).toMatchObject({
      inriktning: "STRUKTURINRIKTAD",
      uppfoljningsmetod: "VOLYM",
      budgeteratAntal: 10,
      budgeteratRegel: "AR",
      deltagare: { kvinnor: 8, man: 6, totalt: 14 },
      kalla: "VOLYM",
      budget: null,
      utfall: 10_000,
    });
    // e1, e3, e5 women; e2 (skyddad), e4 (anonymiserad) men; the felregistrering never.
    expect(per[ids.esf]).toMatchObject({ esfFinansierad: true, budgeteratAntal: null, budgeteratRegel: "SAKNAS", deltagare: { kvinnor: 3, man: 2, totalt: 5 } });
    expect(per[ids.esfAnonym]).toMatchObject({ deltagare: { totalt: 0 } });
    expect(res.json.forbund).toEqual({ budget: 150_000.5, utfall: 90_000 });
  });

  it("counts a year by its own boundaries: 2023 has the person who ended on 31 December and the 2023 volym", async () => {
    actAs(users.admin);
    const res = await call(finsam.GET, { forbund: a.slug }, { url: finsamUrl(a.slug, "ar=2023") });
    expect(res.status).toBe(200);
    const per = Object.fromEntries(res.json.insatser.map((i: { insatsId: string }) => [i.insatsId, i]));
    expect(per[ids.anonym]).toMatchObject({ budgeteratAntal: 0, budgeteratRegel: "UTANFOR_PERIOD", deltagare: { kvinnor: 2, man: 0, totalt: 2 } });
    expect(per[ids.volym]).toMatchObject({ deltagare: { totalt: 100 } });
    expect(res.json.forbund).toEqual({ budget: null, utfall: null });
  });

  it.each([
    ["missing", "", "Ange ett år"],
    ["empty", "ar=", "Ange ett år"],
    ["non-numeric", "ar=tjugo", "Ange året med fyra siffror, till exempel 2024"],
    ["too early", "ar=1999", "Året måste vara 2000 eller senare"],
    ["too late", "ar=2101", "Året måste vara 2100 eller tidigare"],
    ["a bad format", "ar=2024&format=pdf", "Formatet kan vara json eller csv"],
  ])("answers a %s year with 400 and a field error", async (_label, query, message) => {
    actAs(users.processledare);
    const res = await call(finsam.GET, { forbund: a.slug }, { url: finsamUrl(a.slug, query) });
    expect(res.status).toBe(400);
    expect(Object.values(res.json.error.fieldErrors).flat()).toEqual([message]);
  });

  it.each([
    ["a logged-out request", null, 401],
    ["another förbund's user", "annanForbund", 404],
    ["a styrelse member", "styrelse", 403],
    ["a vägledare", "vagledare", 403],
  ] as const)("refuses %s", async (_label, who, status) => {
    actAs(who ? users[who] : null);
    const res = await call(finsam.GET, { forbund: a.slug }, { url: finsamUrl(a.slug, "ar=2024") });
    expect(res.status).toBe(status);
    expect(res.json.insatser).toBeUndefined();
  });
});

describe("GET /api/f/[forbund]/rapporter/uppfoljning-finsam?format=csv", () => {
  it("is UTF-8 with a BOM, semicolon-separated, names the file, keeps å/ä/ö and is audited", async () => {
    actAs(users.processledare);
    const before = await db.auditEvent.count({ where: { forbundId: a.id, action: "export.uppfoljning-finsam" } });
    const res = await raw(finsam.GET, { forbund: a.slug }, finsamUrl(a.slug, "ar=2024&format=csv"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="uppfoljning-finsam-${a.slug}-2024.csv"`);
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const text = res.bytes.subarray(3).toString("utf8");
    const { data } = Papa.parse<string[]>(text, { delimiter: ";", skipEmptyLines: true });
    expect(data[0]).toContain("Budgeterat antal deltagare");
    const okad = data.find((r) => r[1] === "Ökad hälsa")!;
    expect(okad).toEqual([
      "2024",
      "Ökad hälsa",
      "Individinriktad",
      "Hälsa och arbetsträning",
      "Unga vuxna; långt från arbetsmarknaden",
      "Nej",
      "Anonym",
      "20",
      "Periodens planerade antal fördelat på år efter dagar",
      "1",
      "2",
      "0",
      "3",
      "150000,5",
      "80000",
    ]);
    expect(data.find((r) => r[1] === "Arbetsträning i grupp")!.slice(2, 13)).toEqual(["Strukturövergripande", "", "", "Nej", "Volym (endast antal)", "10", "Planerat antal per år", "8", "6", "0", "14"]);
    expect(data.at(-1)).toEqual(["2024", "Förbundet totalt", ...Array(11).fill(""), "150000,5", "90000"]);
    expect(data).toHaveLength(1 + 4 + 1);

    const audit = await db.auditEvent.findMany({ where: { forbundId: a.id, action: "export.uppfoljning-finsam" }, orderBy: { id: "desc" } });
    expect(audit).toHaveLength(before + 1);
    expect(audit[0]).toMatchObject({ userId: users.processledare, details: { ar: 2024, format: "csv", rader: 4 } });
  });

  it("does not audit a JSON read, only exports", async () => {
    actAs(users.processledare);
    const before = await db.auditEvent.count({ where: { forbundId: a.id, action: "export.uppfoljning-finsam" } });
    await call(finsam.GET, { forbund: a.slug }, { url: finsamUrl(a.slug, "ar=2024") });
    expect(await db.auditEvent.count({ where: { forbundId: a.id, action: "export.uppfoljning-finsam" } })).toBe(before);
  });

  it.each([
    ["a logged-out request", null, 401],
    ["another förbund's user", "annanForbund", 404],
    ["a styrelse member", "styrelse", 403],
    ["a vägledare", "vagledare", 403],
  ] as const)("refuses %s and writes no file", async (_label, who, status) => {
    actAs(who ? users[who] : null);
    const res = await raw(finsam.GET, { forbund: a.slug }, finsamUrl(a.slug, "ar=2024&format=csv"));
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toContain("application/json");
  });
});

async function lasArbetsbok(bytes: Buffer) {
  const bok = new ExcelJS.Workbook();
  await bok.xlsx.load(bytes as unknown as ArrayBuffer);
  const blad = bok.worksheets[0]!;
  const rader: string[][] = [];
  blad.eachRow((row) => rader.push((row.values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v)))));
  return { bok, blad, rader };
}

describe("GET /api/f/[forbund]/insatser/[insatsId]/esf", () => {
  it("gives March's starts and ends by personnummer, the code for a protected identity, and audits export and reveals", async () => {
    actAs(users.processledare);
    const start = await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    const res = await raw(esf.GET, { forbund: a.slug, insatsId: ids.esf }, esfUrl(a.slug, ids.esf, "manad=2024-03"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="esf-deltagare-vagen-till-jobb-esf-2024-03.xlsx"');
    expect(res.headers.get("cache-control")).toContain("no-store");

    const { rader, blad } = await lasArbetsbok(res.bytes);
    expect(blad.name).toBe("Deltagare 2024-03");
    expect(rader[0]).toEqual(["Personnummer", "Skyddad identitet (kod)", "Händelse", "Datum", "Kön", "Födelseår", "Avslutsorsak", "Anmärkning"]);
    expect(blad.getRow(1).font?.bold).toBe(true);
    expect(rader.slice(1).map((r) => r.slice(0, 7))).toEqual([
      ["19900101-9802", "", "Start", "2024-03-05", "Kvinna", "1990", ""],
      ["", "BBB-2222", "Start", "2024-03-10", "Man", "1985", ""],
      ["", "DDD-4444", "Start", "2024-03-20", "Man", "1995", ""],
      ["19780202-9824", "", "Avslut", "2024-03-31", "Kvinna", "1978", "Arbete"],
    ]);
    expect(rader[2]![7]).toMatch(/^Skyddade personuppgifter/);
    expect(rader[3]![7]).toMatch(/^Personnummer saknas/);
    // Neither the February start nor the felregistrering, and no other förbund's person.
    expect(rader.flat().join(" ")).not.toMatch(/19990303|19800404|19700505/);

    const audit = await db.auditEvent.findMany({ where: { id: { gt: start?.id ?? 0n } }, orderBy: { id: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["export.esf", "identitet.reveal", "identitet.reveal"]);
    expect(audit[0]).toMatchObject({ forbundId: a.id, userId: users.processledare, entity: "Insats", entityId: ids.esf, details: { manad: "2024-03", rader: 4, personnummer: 2, format: "xlsx" } });
    expect(audit.slice(1).every((e) => e.userId === users.processledare && e.entity === "Deltagare")).toBe(true);
    expect(audit[1]!.details).toMatchObject({ skal: "ESF-deltagarfil till SCB", insatsId: ids.esf, manad: "2024-03" });
    // Only the two whose personnummer is in the file were revealed — not the protected or erased ones.
    expect(audit.slice(1).map((e) => (e.details as { kod: string }).kod).sort()).toEqual(["AAA-1111", "CCC-3333"]);
  });

  it("gives a header-only file for a month without events, and audits it with 0 rows", async () => {
    actAs(users.processledare);
    const res = await raw(esf.GET, { forbund: a.slug, insatsId: ids.esf }, esfUrl(a.slug, ids.esf, "manad=2024-07"));
    expect(res.status).toBe(200);
    expect((await lasArbetsbok(res.bytes)).rader).toHaveLength(1);
    const last = await db.auditEvent.findFirst({ where: { forbundId: a.id }, orderBy: { id: "desc" } });
    expect(last).toMatchObject({ action: "export.esf", details: { manad: "2024-07", rader: 0, personnummer: 0 } });
  });

  it.each([
    ["a non-ESF insats", "anonym", "Insatsen är inte ESF-finansierad, så det finns ingen ESF-deltagarfil för den."],
    ["an ESF insats without personuppgifter", "esfAnonym", "ESF-deltagarfilen kräver personnummer, och insatsen följs inte upp med personuppgifter."],
  ] as const)("refuses %s with 400 and a clear message", async (_label, which, message) => {
    actAs(users.processledare);
    const res = await call(esf.GET, { forbund: a.slug, insatsId: ids[which] }, { url: esfUrl(a.slug, ids[which], "manad=2024-03") });
    expect(res.status).toBe(400);
    expect(res.json.error.message).toBe(message);
  });

  it.each([
    ["missing", "", "Ange en månad"],
    ["a bad month", "manad=2024-13", "Ange månaden som ÅÅÅÅ-MM, till exempel 2021-03"],
    ["a date instead of a month", "manad=2024-03-01", "Ange månaden som ÅÅÅÅ-MM, till exempel 2021-03"],
    ["an out-of-range year", "manad=1999-12", "Året måste vara mellan 2000 och 2100"],
  ])("answers %s with 400 and a field error, writing nothing", async (_label, query, message) => {
    actAs(users.processledare);
    const before = await db.auditEvent.count({ where: { forbundId: a.id } });
    const res = await call(esf.GET, { forbund: a.slug, insatsId: ids.esf }, { url: esfUrl(a.slug, ids.esf, query) });
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors).toEqual({ manad: [message] });
    expect(await db.auditEvent.count({ where: { forbundId: a.id } })).toBe(before);
  });

  it("answers an unknown insats and another förbund's insats alike with 404", async () => {
    actAs(users.processledare);
    for (const insatsId of ["finns-inte", ids.annanEsf]) {
      const res = await call(esf.GET, { forbund: a.slug, insatsId }, { url: esfUrl(a.slug, insatsId, "manad=2024-03") });
      expect(res.status).toBe(404);
    }
  });

  it.each([
    ["a logged-out request", null, 401],
    ["another förbund's user", "annanForbund", 404],
    ["a styrelse member", "styrelse", 403],
    ["a vägledare", "vagledare", 403],
    ["an admin (reveals are the processledare's, DESIGN.md §5)", "admin", 403],
  ] as const)("refuses %s, reveals nothing and audits nothing", async (_label, who, status) => {
    actAs(who ? users[who] : null);
    const before = await db.auditEvent.count();
    const res = await raw(esf.GET, { forbund: a.slug, insatsId: ids.esf }, esfUrl(a.slug, ids.esf, "manad=2024-03"));
    expect(res.status).toBe(status);
    expect(res.bytes.toString("utf8")).not.toContain("19900101");
    expect(await db.auditEvent.count()).toBe(before);
  });
});
