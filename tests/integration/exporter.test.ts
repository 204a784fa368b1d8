// The SUS summary and the CSV/Excel exports of every view (issue 6). A planted
// 3-person cell — 3 women who left for studies, and an insats with 3 women —
// must never leave the server for the board: not in JSON, not in a CSV, not in
// a workbook. Exact figures stay for the roles that see them on the page, and
// every export leaves an audit row.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { NextRequest } from "next/server";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { db } from "@/lib/db";
import * as susRoute from "@/app/api/f/[forbund]/insatser/[insatsId]/sus/route";
import * as susExport from "@/app/api/f/[forbund]/insatser/[insatsId]/sus/export/route";
import * as dashboardExport from "@/app/api/f/[forbund]/insatser/[insatsId]/dashboard/export/route";
import * as oversiktExport from "@/app/api/f/[forbund]/oversikt/export/route";
import * as styrelseExport from "@/app/api/f/[forbund]/styrelse/export/route";
import { getSusSammanstallning } from "@/lib/server/sus/get-sus-sammanstallning";
import { createDeltagareMedInskrivning, createForbund, createInsats, createMember } from "../factories";
import type { TenantContext } from "@/lib/auth/tenant-context";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
type Roller = "admin" | "processledare" | "vagledare" | "vagledareEjTilldelad" | "styrelse" | "annatForbund";

let a: Awaited<ReturnType<typeof createForbund>>;
let alfa: { id: string };
let liten: { id: string };
let pl: TenantContext;
let users: Record<Roller, string>;

beforeAll(async () => {
  a = await createForbund({ namn: "Förbundet Åre–Östersund" });
  const b = await createForbund();
  alfa = await createInsats(a.id, { namn: "Vägen vidare ÅÄÖ", startdatum: d("2025-01-01"), slutdatum: d("2026-12-31") });
  liten = await createInsats(a.id, { namn: "Liten", startdatum: d("2025-01-01"), slutdatum: d("2026-12-31") });
  const annan = await createInsats(a.id, { namn: "Annan" });
  // Alfa: 3 women ended to STUDIER (the planted cell), 20 women and 25 men ended to ARBETE,
  // 6 men ended without a reason (Uppgift saknas), 10 women still active; one FELREGISTRERING.
  const skriv = async (n: number, o: Parameters<typeof createDeltagareMedInskrivning>[2]) => {
    for (let i = 0; i < n; i++) await createDeltagareMedInskrivning(a.id, alfa.id, { startdatum: d("2025-02-01"), ...o });
  };
  await skriv(3, { kon: "K", avslutsdatum: d("2025-06-30"), avslutsorsak: "STUDIER" });
  await skriv(20, { kon: "K", avslutsdatum: d("2025-06-30"), avslutsorsak: "ARBETE" });
  await skriv(25, { kon: "M", fodelsear: 1960, avslutsdatum: d("2025-06-30"), avslutsorsak: "ARBETE" });
  await skriv(6, { kon: "M", avslutsdatum: d("2025-07-31"), avslutsorsak: null });
  await skriv(10, { kon: "K" });
  await skriv(1, { kon: "K", avslutsdatum: d("2025-02-02"), avslutsorsak: "FELREGISTRERING" });
  await db.inskrivning.updateMany({ where: { forbundId: a.id, insatsId: alfa.id, avslutsorsak: "ARBETE" }, data: { forsorjningStart: ["FORSORJNINGSSTOD"], forsorjningAvslut: ["LON"] } });
  // Liten: 3 women and 10 men — the overview's kön table has a 3.
  for (let i = 0; i < 3; i++) await createDeltagareMedInskrivning(a.id, liten.id, { kon: "K" });
  for (let i = 0; i < 10; i++) await createDeltagareMedInskrivning(a.id, liten.id, { kon: "M" });

  const plm = await createMember(a, "PROCESSLEDARE");
  pl = plm.ctx;
  users = {
    admin: (await createMember(a, "ADMIN")).user.id,
    processledare: plm.user.id,
    vagledare: (await createMember(a, "VAGLEDARE", [alfa.id])).user.id,
    vagledareEjTilldelad: (await createMember(a, "VAGLEDARE", [annan.id])).user.id,
    styrelse: (await createMember(a, "STYRELSE")).user.id,
    annatForbund: (await createMember(b, "PROCESSLEDARE")).user.id,
  };
});

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls an export route and returns status, headers and the raw bytes. */
async function hamta(handler: unknown, params: Record<string, string>, query: string) {
  const res = await (handler as Handler)(new NextRequest(`http://localhost/api/x?${query}`), { params: Promise.resolve(params) });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

function csvRader(bytes: Uint8Array): string[][] {
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  return Papa.parse<string[]>(text, { delimiter: ";", skipEmptyLines: true }).data;
}

async function bladRader(bytes: Uint8Array): Promise<Map<string, (string | number | null)[][]>> {
  const bok = new ExcelJS.Workbook();
  await bok.xlsx.load(bytes.buffer as ArrayBuffer);
  const ut = new Map<string, (string | number | null)[][]>();
  bok.eachSheet((blad) => {
    const rader: (string | number | null)[][] = [];
    blad.eachRow((rad) => rader.push((rad.values as unknown[]).slice(1).map((v) => (v === undefined ? null : (v as string | number | null)))));
    ut.set(blad.name, rader);
  });
  return ut;
}

/** A suppressed cell may be "<5", "–", empty, or a count of at least 5 — never 1–4 or 0. */
function arSakerCell(v: unknown): boolean {
  if (v === null || v === "" || v === "<5" || v === "–") return true;
  const n = typeof v === "number" ? v : /^\d+$/.test(String(v)) ? Number(v) : null;
  return n === null ? true : n >= 5;
}

const SUS_TABELLER = ["alder-kon", "kon-avslutsorsak", "forsorjning", "sysselsattning"];

describe("the SUS summary", () => {
  it("counts kön × avslutsorsak, with a missing reason as 'Uppgift saknas' and no FELREGISTRERING (processledare, exact)", async () => {
    const s = await getSusSammanstallning(pl, alfa.id, { fran: "2025-01-01", till: "2025-12-31" }, { today: "2026-01-15" });
    expect(s.undertryckt).toBe(false);
    const t = s.sammanstallning["kon-avslutsorsak"];
    const cell = (rad: string, kol: string) => t.celler[t.rader.indexOf(rad)]![t.kolumner.indexOf(kol)];
    expect(cell("STUDIER", "K")).toBe(3);
    expect(cell("ARBETE", "K")).toBe(20);
    expect(cell("ARBETE", "M")).toBe(25);
    expect(cell("SAKNAS", "M")).toBe(6);
    expect(t.totalt).toBe(54);
    expect(s.sammanstallning["alder-kon"].totalt).toBe(64);
    const f = s.sammanstallning.forsorjning;
    expect(f.celler[f.rader.indexOf("EKONOMISKT_BISTAND")]![f.kolumner.indexOf("EGEN_FORSORJNING")]).toBe(45);
    expect(f.celler[f.rader.indexOf("SAKNAS")]![f.kolumner.indexOf("SAKNAS")]).toBe(9);
  });

  it("counts only inskrivningar active in the period", async () => {
    const s = await getSusSammanstallning(pl, alfa.id, { fran: "2025-07-01", till: "2025-12-31" });
    expect(s.sammanstallning["alder-kon"].totalt).toBe(16);
    expect(s.sammanstallning["kon-avslutsorsak"].totalt).toBe(6);
  });

  it("hides the planted 3 from styrelse in the JSON API, with every count shown ≥ 5", async () => {
    actAs(users.styrelse);
    const r = await call(susRoute.GET, { forbund: a.slug, insatsId: alfa.id }, { url: "http://localhost/api/x?fran=2025-01-01&till=2025-12-31" });
    expect(r.status).toBe(200);
    expect(r.json.undertryckt).toBe(true);
    const t = r.json.sammanstallning["kon-avslutsorsak"];
    expect(t.celler[t.rader.indexOf("STUDIER")][t.kolumner.indexOf("K")]).toEqual({ dold: "LITEN" });
    const tal = JSON.stringify(r.json.sammanstallning).match(/(?<![\w-])\d+(?![\w-])/g)!.map(Number);
    expect(tal.every((n) => n >= 5)).toBe(true);
  });

  it("answers bad periods with 400 and the field, never 500", async () => {
    actAs(users.processledare);
    const r = await call(susRoute.GET, { forbund: a.slug, insatsId: alfa.id }, { url: "http://localhost/api/x?fran=2025-12-31&till=2025-01-01" });
    expect(r.status).toBe(400);
    expect(r.json.error.fieldErrors.till).toBeDefined();
    const r2 = await call(susRoute.GET, { forbund: a.slug, insatsId: alfa.id }, { url: "http://localhost/api/x?fran=igår" });
    expect(r2.status).toBe(400);
  });
});

describe("the planted 3-person cell never leaves the server for the board, in any export format", () => {
  const fall = [
    { namn: "SUS", handler: susExport.GET, params: () => ({ forbund: a.slug, insatsId: alfa.id }), tabeller: SUS_TABELLER, raknekolumner: (k: number) => k >= 1 },
    { namn: "styrelse", handler: styrelseExport.GET, params: () => ({ forbund: a.slug }), tabeller: ["deltagare", "mal", "budget"], raknekolumner: (k: number, t: string) => (t === "deltagare" ? k >= 2 && k <= 4 : t === "mal" ? k === 4 || k === 5 || k === 7 : false) },
    { namn: "översikt as styrelse", handler: oversiktExport.GET, params: () => ({ forbund: a.slug }), tabeller: ["deltagare", "mal", "budget"], raknekolumner: (k: number, t: string) => (t === "deltagare" ? k >= 2 && k <= 4 : t === "mal" ? k === 4 || k === 5 || k === 7 : false) },
  ];
  for (const f of fall) {
    it(`${f.namn}: every CSV table`, async () => {
      actAs(users.styrelse);
      for (const tabell of f.tabeller) {
        const r = await hamta(f.handler, f.params(), `format=csv&tabell=${tabell}`);
        expect(r.status, tabell).toBe(200);
        expect(r.headers.get("content-type")).toContain("text/csv");
        const [, ...rader] = csvRader(r.bytes);
        for (const rad of rader) rad.forEach((v, k) => f.raknekolumner(k, tabell) && expect(arSakerCell(v), `${tabell} ${rad.join(";")}`).toBe(true));
      }
    });
    it(`${f.namn}: the workbook`, async () => {
      actAs(users.styrelse);
      const r = await hamta(f.handler, f.params(), "format=xlsx");
      expect(r.status).toBe(200);
      const blad = await bladRader(r.bytes);
      expect(blad.get("Om filen")!.flat().join(" ")).toContain("<5");
      for (const [namn, [, ...rader]] of blad) {
        if (namn === "Om filen") continue;
        const id = f.tabeller[[...blad.keys()].indexOf(namn) - 1]!;
        for (const rad of rader) rad.forEach((v, k) => rad.length > 1 && f.raknekolumner(k, id) && expect(arSakerCell(v), `${namn}: ${rad.join(";")}`).toBe(true));
      }
    });
  }

  it("the planted cell's text is '<5' in the SUS CSV", async () => {
    actAs(users.styrelse);
    const r = await hamta(susExport.GET, { forbund: a.slug, insatsId: alfa.id }, "format=csv&tabell=kon-avslutsorsak");
    const studier = csvRader(r.bytes).find((rad) => rad[0] === "Studier")!;
    expect(studier[1]).toBe("<5");
  });
});

describe("exact exports for the roles that see exact pages", () => {
  it("keeps Swedish characters and the exact 3 for processledare (CSV and workbook)", async () => {
    actAs(users.processledare);
    const csv = await hamta(oversiktExport.GET, { forbund: a.slug }, "format=csv&tabell=deltagare");
    const rader = csvRader(csv.bytes);
    expect(rader[0]).toEqual(["Insats", "Kön", "Aktiva vid periodens slut", "Avslutade i perioden", "Inskrivningar totalt", "Andel kvinnor"]);
    expect(rader).toContainEqual(["Liten", "Kvinnor", "3", "0", "3", ""]);
    expect(rader.some((r) => r[0] === "Vägen vidare ÅÄÖ")).toBe(true);
    const xlsx = await hamta(oversiktExport.GET, { forbund: a.slug }, "format=xlsx");
    expect(xlsx.headers.get("content-disposition")).toMatch(/attachment; filename="oversikt-.*\.xlsx"/);
    const blad = await bladRader(xlsx.bytes);
    expect(blad.get("Om filen")!.find((r) => r[0] === "Förbund")![1]).toBe("Förbundet Åre–Östersund");
    expect(blad.get("Inskrivningar efter kön")).toContainEqual(["Liten", "Kvinnor", 3, 0, 3]);
  });

  it("exports every dashboard table for the assigned vägledare", async () => {
    actAs(users.vagledare);
    const r = await hamta(dashboardExport.GET, { forbund: a.slug, insatsId: alfa.id }, "");
    expect(r.status).toBe(200);
    const blad = await bladRader(r.bytes);
    expect([...blad.keys()]).toEqual(expect.arrayContaining(["Om filen", "Mål och resultat", "Från inskrivning till utfall", "Per kön", "Per åldersgrupp", "Förändring i VAS", "Stegförflyttning", "Försörjning start och avslut"]));
    expect(blad.get("Per kön")).toContainEqual(["Kvinnor", 33, 23, 23]);
  });
});

describe("export access and input", () => {
  const susParams = () => ({ forbund: a.slug, insatsId: alfa.id });
  it("refuses the logged out (401), another förbund (404), styrelse on the dashboard and an unassigned vägledare (403)", async () => {
    actAs(null);
    expect((await hamta(susExport.GET, susParams(), "")).status).toBe(401);
    actAs(users.annatForbund);
    expect((await hamta(susExport.GET, susParams(), "")).status).toBe(404);
    expect((await hamta(styrelseExport.GET, { forbund: a.slug }, "")).status).toBe(404);
    actAs(users.styrelse);
    expect((await hamta(dashboardExport.GET, susParams(), "")).status).toBe(403);
    actAs(users.vagledareEjTilldelad);
    expect((await hamta(susExport.GET, susParams(), "")).status).toBe(403);
    expect((await hamta(dashboardExport.GET, susParams(), "")).status).toBe(403);
    expect((await hamta(oversiktExport.GET, { forbund: a.slug }, "")).status).toBe(403);
  });

  it("answers an insats of another förbund with 404", async () => {
    actAs(users.annatForbund);
    const b = await db.membership.findFirstOrThrow({ where: { userId: users.annatForbund }, include: { forbund: true } });
    expect((await hamta(susExport.GET, { forbund: b.forbund.slug, insatsId: alfa.id }, "")).status).toBe(404);
  });

  it("needs a table for CSV, and a known one", async () => {
    actAs(users.processledare);
    const utan = await call(susExport.GET as never, susParams(), { url: "http://localhost/api/x?format=csv" });
    expect(utan.status).toBe(400);
    expect(utan.json.error.fieldErrors.tabell).toBeDefined();
    const okand = await call(susExport.GET as never, susParams(), { url: "http://localhost/api/x?format=csv&tabell=finns-inte" });
    expect(okand.status).toBe(400);
    expect(okand.json.error.fieldErrors.tabell[0]).toContain("kon-avslutsorsak");
    expect((await call(susExport.GET as never, susParams(), { url: "http://localhost/api/x?format=pdf" })).status).toBe(400);
  });

  it("writes an audit row for every export, naming view, format and tables", async () => {
    actAs(users.styrelse);
    const fore = await db.auditEvent.count({ where: { forbundId: a.id, action: { startsWith: "export." } } });
    await hamta(styrelseExport.GET, { forbund: a.slug }, "format=csv&tabell=mal");
    await hamta(susExport.GET, susParams(), "format=xlsx");
    const rader = await db.auditEvent.findMany({ where: { forbundId: a.id, action: { startsWith: "export." } }, orderBy: { id: "desc" }, take: 2 });
    expect(await db.auditEvent.count({ where: { forbundId: a.id, action: { startsWith: "export." } } })).toBe(fore + 2);
    expect(rader.map((r) => [r.action, r.userId, (r.details as { format: string }).format, (r.details as { undertryckt: boolean }).undertryckt])).toEqual([
      ["export.sus", users.styrelse, "xlsx", true],
      ["export.styrelse", users.styrelse, "csv", true],
    ]);
  });
});
