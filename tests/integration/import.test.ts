import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import ExcelJS from "exceljs";
import { actAs } from "./support/session";
import { db } from "@/lib/db";
import * as importRoute from "@/app/api/f/[forbund]/insatser/[insatsId]/import/route";
import * as mallRoute from "@/app/api/f/[forbund]/insatser/[insatsId]/import/mall/route";
import { personnummerHash } from "@/lib/identity/identity-fields";
import { createForbund, createInsats, createMember } from "../factories";

type Params = { forbund: string; insatsId: string };

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function send(params: Params, body: string | Uint8Array, opts: { dryRun?: boolean | null; contentType?: string; filnamn?: string } = {}) {
  const q = new URLSearchParams();
  if (opts.dryRun !== null) q.set("dryRun", String(opts.dryRun ?? true));
  if (opts.filnamn) q.set("filnamn", opts.filnamn);
  const req = new NextRequest(`http://localhost/api/f/${params.forbund}/insatser/${params.insatsId}/import?${q}`, {
    method: "POST",
    body: body as BodyInit,
    headers: { "content-type": opts.contentType ?? "text/csv" },
  });
  const res = await importRoute.POST(req, { params: Promise.resolve(params) });
  // Reports have many shapes across the tests; a typed view would restate each assertion.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, json: (await res.json()) as Record<string, any> };
}

async function mall(params: Params, format: string) {
  const req = new NextRequest(`http://localhost/api/f/${params.forbund}/insatser/${params.insatsId}/import/mall?format=${format}`);
  return mallRoute.GET(req, { params: Promise.resolve(params) });
}

const ANON_HEAD = "Kön;Födelseår;Startdatum;Försörjning vid start;VAS start;STEG start;Avslutsdatum;Avslutsorsak;Försörjning vid avslut;Sysselsättning vid avslut;VAS avslut;Uppföljning datum;Uppföljning status;Försörjning vid uppföljning";

/** A row that is valid for an insats running 2025-01-01 – 2026-12-31; every other row is avslutad, every fourth followed up. */
function anonRad(i: number): string {
  const start = `2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;
  const kon = i % 2 === 0 ? "K" : "M";
  const base = `${kon};${1960 + (i % 40)};${start};FORSORJNINGSSTOD;${i % 11};${(i % 7) + 1}`;
  if (i % 2 === 1) return `${base};;;;;;;;`;
  const uppf = i % 4 === 0 ? ";2026-09-01;EJ_NADD;" : ";;;";
  return `${base};2026-02-15;ARBETE;LON;FORVARVSARBETE;${(i + 3) % 11}${uppf}`;
}

const csv = (head: string, rows: string[]) => [head, ...rows].join("\r\n") + "\r\n";

let forbund: Awaited<ReturnType<typeof createForbund>>;
let annat: Awaited<ReturnType<typeof createForbund>>;
let anonym: { id: string };
let person: { id: string };
let volym: { id: string };
let users: Record<"vagledare" | "processledare" | "otilldelad" | "styrelse" | "admin" | "annanForbund", string>;
let p: (insats: { id: string }) => Params;

beforeAll(async () => {
  forbund = await createForbund();
  annat = await createForbund();
  anonym = await createInsats(forbund.id, { namn: "Import anonym" });
  person = await createInsats(forbund.id, { namn: "Import personuppgifter", matningsmetod: "PERSONUPPGIFTER" });
  volym = await createInsats(forbund.id, { namn: "Import volym", matningsmetod: "VOLYM" });
  const medlem = await db.medlem.create({ data: { forbundId: forbund.id, namn: "Kommunen", typ: "KOMMUN" } });
  await db.insats.update({ where: { forbundId_id: { forbundId: forbund.id, id: person.id } }, data: { puaMedlemId: medlem.id } });
  await db.grupp.create({ data: { forbundId: forbund.id, insatsId: anonym.id, namn: "Vår 2025", startdatum: new Date("2025-02-01"), veckor: 10 } });
  users = {
    vagledare: (await createMember(forbund, "VAGLEDARE", [anonym.id, person.id, volym.id])).user.id,
    processledare: (await createMember(forbund, "PROCESSLEDARE")).user.id,
    otilldelad: (await createMember(forbund, "VAGLEDARE")).user.id,
    styrelse: (await createMember(forbund, "STYRELSE")).user.id,
    admin: (await createMember(forbund, "ADMIN")).user.id,
    annanForbund: (await createMember(annat, "PROCESSLEDARE")).user.id,
  };
  p = (insats) => ({ forbund: forbund.slug, insatsId: insats.id });
});

const count = async () => ({
  deltagare: await db.deltagare.count({ where: { forbundId: forbund.id } }),
  inskrivningar: await db.inskrivning.count({ where: { forbundId: forbund.id } }),
  matningar: await db.matning.count({ where: { forbundId: forbund.id } }),
  uppfoljningar: await db.uppfoljning.count({ where: { forbundId: forbund.id } }),
  samtycken: await db.samtycke.count({ where: { forbundId: forbund.id } }),
  audit: await db.auditEvent.count({ where: { forbundId: forbund.id, action: "deltagare.import" } }),
});

describe("a 10 000-row file", () => {
  const N = 10_000;
  const rows = Array.from({ length: N }, (_, i) => anonRad(i));

  it("with one bad row writes nothing and names the row and column", async () => {
    actAs(users.vagledare);
    const bad = [...rows];
    bad[6_999] = bad[6_999]!.replace(/^(K|M);\d{4}/, "$1;19x5");
    const before = await count();
    const res = await send(p(anonym), csv(ANON_HEAD, bad), { dryRun: false, filnamn: "en-dalig-rad.csv" });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({ sparad: false, antalRader: N, antalFel: 1, antalRaderMedFel: 1, sammanfattning: null });
    expect(res.json.fel[0].text).toBe('Rad 7001, kolumn Födelseår: ange födelseår med fyra siffror, t.ex. 1985 (nu "19x5")');
    expect(await count()).toEqual(before);
  });

  it("as a dry run reports what would be written and writes nothing", async () => {
    actAs(users.vagledare);
    const before = await count();
    const res = await send(p(anonym), csv(ANON_HEAD, rows), { dryRun: true });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ dryRun: true, sparad: false, antalFel: 0, sammanfattning: { nyaDeltagare: N, inskrivningar: N, avslutade: N / 2, uppfoljningar: N / 4 } });
    expect(await count()).toEqual(before);
  });

  it("imports fully in one transaction with one audit row", async () => {
    actAs(users.vagledare);
    const before = await count();
    const t0 = performance.now();
    const res = await send(p(anonym), csv(ANON_HEAD, rows), { dryRun: false, filnamn: "tiotusen.csv" });
    const sekunder = (performance.now() - t0) / 1000;
    console.log(`import of ${N} rows: ${sekunder.toFixed(1)} s, ${Math.round(N / sekunder)} rows/s (server time ${res.json.tidMs} ms)`);
    expect(res.status).toBe(201);
    // Start: VAS and STEG on every row; avslut: VAS on every other row.
    const matningar = 2 * N + N / 2;
    expect(res.json.sammanfattning).toEqual({ nyaDeltagare: N, befintligaDeltagare: 0, inskrivningar: N, avslutade: N / 2, matningar, uppfoljningar: N / 4, samtycken: 0 });
    const after = await count();
    expect(after).toEqual({
      deltagare: before.deltagare + N,
      inskrivningar: before.inskrivningar + N,
      matningar: before.matningar + matningar,
      uppfoljningar: before.uppfoljningar + N / 4,
      samtycken: before.samtycken,
      audit: before.audit + 1,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { forbundId: forbund.id, action: "deltagare.import" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ userId: users.vagledare, entity: "Insats", entityId: anonym.id });
    expect(audit.details).toMatchObject({ filnamn: "tiotusen.csv", antalRader: N, inskrivningar: N });
    // Spot-check one row: codes, measurements with their source, the follow-up.
    const i = await db.inskrivning.findFirstOrThrow({
      where: { forbundId: forbund.id, insatsId: anonym.id, startdatum: new Date("2025-01-01"), avslutsdatum: new Date("2026-02-15") },
      include: { matningar: true, uppfoljning: true, deltagare: true },
    });
    expect(i.forsorjningStart).toEqual(["FORSORJNINGSSTOD"]);
    expect(i.matningar.every((m) => m.kalla === "IMPORT")).toBe(true);
    expect(i.deltagare.kod).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{4}$/);
  }, 300_000);
});

describe("PERSONUPPGIFTER", () => {
  const HEAD = "Personnummer;Förnamn;Efternamn;Samtycke datum;Samtycke omfattning;Startdatum;Avslutsdatum;Avslutsorsak";

  it("encrypts the personnummer, records consent, and links a known person to the same Deltagare", async () => {
    actAs(users.vagledare);
    const first = await send(p(person), csv(HEAD, ["19850412-9985;Anna;Andersson;2025-03-01;Registrering och uppföljning;2025-03-01;2025-03-20;FELREGISTRERING"]), { dryRun: false });
    expect(first.status).toBe(201);
    expect(first.json.sammanfattning).toMatchObject({ nyaDeltagare: 1, befintligaDeltagare: 0, samtycken: 1 });
    const identitet = await db.deltagareIdentitet.findFirstOrThrow({ where: { forbundId: forbund.id, personnummerHash: personnummerHash("19850412-9985") } });
    expect(identitet.personnummerEnc).not.toContain("9985");
    expect(identitet.kontaktEnc).not.toContain("Anna");
    const samtycke = await db.samtycke.findFirstOrThrow({ where: { forbundId: forbund.id, deltagareId: identitet.deltagareId, insatsId: person.id } });
    expect(samtycke).toMatchObject({ omfattning: "Registrering och uppföljning", registreradAvId: users.vagledare });

    // Another spelling of the same number, later in the year: the same person, no second consent.
    const before = await count();
    const second = await send(p(person), csv(HEAD, ["850412-9985;Anna;Andersson;2025-05-01;Registrering;2025-05-01;;"]), { dryRun: false });
    expect(second.status).toBe(201);
    expect(second.json.sammanfattning).toMatchObject({ nyaDeltagare: 0, befintligaDeltagare: 1, samtycken: 0 });
    const after = await count();
    expect(after.deltagare).toBe(before.deltagare);
    expect(await db.inskrivning.count({ where: { forbundId: forbund.id, deltagareId: identitet.deltagareId } })).toBe(2);

    // A third, overlapping the open one, is refused against what is stored.
    const third = await send(p(person), csv(HEAD, ["198504129985;Anna;Andersson;2025-06-01;Registrering;2025-06-01;;"]), { dryRun: false });
    expect(third.status).toBe(422);
    expect(third.json.fel[0].text).toBe("Rad 2, kolumn Startdatum: deltagaren har redan en inskrivning i insatsen som överlappar (2025-05-01 – pågår)");
    expect(await count()).toEqual(after);
  });

  it("reports the same person twice in one file with overlapping dates", async () => {
    actAs(users.vagledare);
    const res = await send(p(person), csv(HEAD, ["19900101-9984;Bo;Berg;2025-03-01;Registrering;2025-03-01;;", "900101-9984;Bo;Berg;2025-03-01;Registrering;2025-04-01;;"]));
    expect(res.json.fel.map((f: { text: string }) => f.text)).toContain(
      "Rad 3, kolumn Personnummer: samma personnummer som på rad 2, med överlappande datum – samma inskrivning två gånger?",
    );
  });

  it("refuses a row without consent and a wrong check digit, in Swedish", async () => {
    actAs(users.vagledare);
    const res = await send(p(person), csv(HEAD, ["19850412-9984;Anna;Andersson;2025-03-01;Registrering;2025-03-01;;", "19850412-9985;Anna;Andersson;;;2025-08-01;;"]));
    expect(res.json.fel.map((f: { text: string }) => f.text)).toEqual([
      "Rad 2, kolumn Personnummer: kontrollsiffran stämmer inte – kontrollera att numret är rätt skrivet",
      "Rad 3, kolumn Samtycke datum: registrering med personuppgifter kräver ett registrerat samtycke",
    ]);
  });
});

describe("files and formats", () => {
  it("imports an Excel file with a grupp and a comma-separated CSV with a BOM", async () => {
    actAs(users.processledare);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    ws.addRow(["Kön", "Födelseår", "Startdatum", "Grupp"]);
    ws.addRow(["Kvinna", 1991, new Date(Date.UTC(2025, 1, 3)), "vår 2025"]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const res = await send(p(anonym), bytes, { dryRun: false, contentType: XLSX });
    expect(res.status).toBe(201);
    const grupp = await db.grupp.findFirstOrThrow({ where: { forbundId: forbund.id, insatsId: anonym.id } });
    expect(await db.inskrivning.count({ where: { forbundId: forbund.id, gruppId: grupp.id } })).toBe(1);

    const comma = "\uFEFFKön,Födelseår,Startdatum\r\nM,1979,2025-04-04\r\n";
    const r2 = await send(p(anonym), comma, { dryRun: true });
    expect(r2.json).toMatchObject({ antalFel: 0, antalRader: 1 });
  });

  it("links a given deltagarkod to the existing deltagare", async () => {
    actAs(users.vagledare);
    const d = await db.deltagare.findFirstOrThrow({ where: { forbundId: forbund.id, inskrivningar: { some: { insatsId: anonym.id, avslutsdatum: { not: null } } } }, include: { inskrivningar: true } });
    const res = await send(p(anonym), csv("Deltagarkod;Kön;Födelseår;Startdatum", [`${d.kod.toLowerCase()};${d.kon};${d.fodelsear};2026-03-01`]), { dryRun: false });
    expect(res.status).toBe(201);
    expect(res.json.sammanfattning).toMatchObject({ nyaDeltagare: 0, befintligaDeltagare: 1 });
    expect(await db.inskrivning.count({ where: { forbundId: forbund.id, deltagareId: d.id } })).toBe(d.inskrivningar.length + 1);
  });

  it("stores free text with quotes, backslashes, commas, braces and the word NULL exactly as written", async () => {
    // The writer sends each column as a PostgreSQL array literal (lib/server/import/bulk-sql.ts): these must not be read as syntax.
    actAs(users.vagledare);
    const kommun = 'Å "Norra", {syd}';
    const spar = String.raw`spår\1 , NULL`;
    const kommentar = "NULL";
    const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const res = await send(
      p(anonym),
      csv("Kön;Födelseår;Startdatum;Folkbokföringskommun;Spår;Aktuell hos;Avslutsdatum;Avslutsorsak;Försörjning vid avslut;Sysselsättning vid avslut;Uppföljning datum;Uppföljning status;Uppföljning kommentar", [
        `K;1977;2025-01-03;${q(kommun)};${q(spar)};AF|KOMMUN_SOCIALTJANST;2025-02-03;ARBETE;LON;FORVARVSARBETE;2025-08-03;EJ_NADD;${kommentar}`,
      ]),
      { dryRun: false },
    );
    expect(res.status).toBe(201);
    const i = await db.inskrivning.findFirstOrThrow({ where: { forbundId: forbund.id, insatsId: anonym.id, spar }, include: { uppfoljning: true, deltagare: true } });
    expect(i).toMatchObject({ folkbokforingskommun: kommun, spar, aktuellHos: ["AF", "KOMMUN_SOCIALTJANST"], forsorjningAvslut: ["LON"], remittent: null, gruppId: null });
    expect(i.deltagare).toMatchObject({ kon: "K", fodelsear: 1977, skyddadIdentitet: false });
    expect(i.uppfoljning).toMatchObject({ status: "EJ_NADD", kommentar: "NULL", forsorjning: [] });
  });
  it("refuses a VOLYM insats with a clear message", async () => {
    actAs(users.vagledare);
    const res = await send(p(volym), csv("Kön;Födelseår;Startdatum", ["K;1980;2025-02-01"]));
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/^Insatsen följs upp med volym/);
    expect((await mall(p(volym), "csv")).status).toBe(400);
  });

  it("answers 413 for a file over 20 MB, 400 for another content-type, 400 for an empty body and a broken xlsx", async () => {
    actAs(users.vagledare);
    const big = "x".repeat(20 * 1024 * 1024 + 1);
    const r413 = await send(p(anonym), big);
    expect(r413.status).toBe(413);
    expect(r413.json.error.message).toBe("Filen är för stor – högst 20 MB. Dela upp den i flera filer.");
    const json = await send(p(anonym), "{}", { contentType: "application/json" });
    expect(json.status).toBe(400);
    expect(json.json.error.message).toMatch(/^Skicka filen som kroppen med content-type text\/csv/);
    expect((await send(p(anonym), "")).status).toBe(400);
    const broken = await send(p(anonym), new Uint8Array([0x50, 0x4b, 1, 2, 3]), { contentType: XLSX });
    expect(broken.status).toBe(400);
    expect(broken.json.error.message).toMatch(/kunde inte läsas som Excel/);
    const badQuery = await send(p(anonym), "Kön\r\nK\r\n", { dryRun: null, filnamn: "x".repeat(300) });
    expect(badQuery.status).toBe(400);
  });

  it("serves the template as CSV and as .xlsx with an explanation sheet", async () => {
    // A fresh insats: the example person must not already be inskriven there.
    const tom = await createInsats(forbund.id, { namn: "Import mall", matningsmetod: "PERSONUPPGIFTER" });
    const medlem = await db.medlem.findFirstOrThrow({ where: { forbundId: forbund.id } });
    await db.insats.update({ where: { forbundId_id: { forbundId: forbund.id, id: tom.id } }, data: { puaMedlemId: medlem.id } });
    actAs((await createMember(forbund, "VAGLEDARE", [tom.id])).user.id);
    const c = await mall(p(tom), "csv");
    expect(c.status).toBe(200);
    expect(c.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(c.headers.get("content-disposition")).toContain("importmall-import-mall.csv");
    const text = await c.text();
    expect(text.split("\r\n")[0]).toContain("Personnummer;Förnamn;Efternamn;Skyddad identitet;Kön;Födelseår;Samtycke datum;Samtycke omfattning;Startdatum");
    // The template's own example row passes the check.
    const check = await send(p(tom), text, { dryRun: true });
    expect(check.json.fel).toEqual([]);

    actAs(users.vagledare);
    const x = await mall(p(anonym), "xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await x.arrayBuffer()) as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Deltagare", "Förklaring"]);
    expect((await mall(p(anonym), "pdf")).status).toBe(400);
  });
});

describe("who may import", () => {
  it.each([
    ["a logged-out request", null, 401],
    ["another förbund's user", "annanForbund", 404],
    ["a styrelse member", "styrelse", 403],
    ["an admin", "admin", 403],
    ["a vägledare not assigned to the insats", "otilldelad", 403],
  ] as const)("refuses %s, for the import and the template", async (_label, who, status) => {
    actAs(who ? users[who] : null);
    const before = await count();
    const res = await send(p(anonym), csv("Kön;Födelseår;Startdatum", ["K;1980;2025-02-01"]), { dryRun: false });
    expect(res.status).toBe(status);
    expect(res.json.error.code).toBeTypeOf("string");
    expect((await mall(p(anonym), "csv")).status).toBe(status);
    expect(await count()).toEqual(before);
  });

  it("answers 404 for an insats of another förbund through this förbund's URL", async () => {
    const other = await createInsats(annat.id);
    actAs(users.processledare);
    const res = await send({ forbund: forbund.slug, insatsId: other.id }, csv("Kön;Födelseår;Startdatum", ["K;1980;2025-02-01"]), { dryRun: false });
    expect(res.status).toBe(404);
  });
});
