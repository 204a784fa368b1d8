// The förbund overview and the board's view on a small, hand-counted förbund,
// and the planted small cell: an insats with 3 women must never show the 3 —
// nor a total or share from which it follows — to the board, in the API's
// JSON, the page's view model or the PDF.
import { inflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { db } from "@/lib/db";
import * as oversiktRoute from "@/app/api/f/[forbund]/oversikt/route";
import * as pdfRoute from "@/app/api/f/[forbund]/styrelse/rapport.pdf/route";
import { getForbundOversikt } from "@/lib/server/oversikt/get-forbund-oversikt";
import { getStyrelseOversikt } from "@/lib/server/oversikt/get-styrelse-oversikt";
import { listMalsattningarMedResultat } from "@/lib/server/malsattning/list-malsattningar-med-resultat";
import { oversiktFilterSchema } from "@/lib/validation/oversikt";
import { createDeltagareMedInskrivning, createForbund, createInsats, createMember } from "../factories";
import type { TenantContext } from "@/lib/auth/tenant-context";

const IDAG = "2026-01-15";
const noFilter = oversiktFilterSchema.parse({});
const d = (s: string) => new Date(`${s}T00:00:00Z`);

let a: Awaited<ReturnType<typeof createForbund>>;
let b: Awaited<ReturnType<typeof createForbund>>;
let pl: TenantContext;
let users: Record<"admin" | "processledare" | "vagledare" | "styrelse" | "annanForbund", string>;
let alfa: { id: string };
let beta: { id: string };
let annan: { id: string };

async function vas(inskrivningId: string, tidpunkt: "START" | "AVSLUT", varde: number) {
  const mv = await db.matvariabel.findFirstOrThrow({ where: { forbundId: a.id, kod: "VAS" } });
  await db.matning.create({ data: { forbundId: a.id, inskrivningId, matvariabelId: mv.id, tidpunkt, datum: d(tidpunkt === "START" ? "2025-02-01" : "2025-06-30"), varde } });
}

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  alfa = await createInsats(a.id, { namn: "Alfa", startdatum: d("2025-01-01"), slutdatum: d("2026-12-31") });
  // The planted cell: 3 women and 17 men, as VOLYM counts, in an ended strukturinriktad insats.
  beta = await db.insats.create({
    data: { forbundId: a.id, namn: "Beta", insatstyp: "STRUKTURINRIKTAD", status: "AVSLUTAD", matningsmetod: "VOLYM", startdatum: d("2025-01-01"), slutdatum: d("2025-12-31") },
  });
  await db.volymRegistrering.create({ data: { forbundId: a.id, insatsId: beta.id, periodStart: d("2025-01-01"), periodSlut: d("2025-12-31"), kvinnor: 3, man: 17 } });
  annan = await createInsats(b.id, { namn: "Annat förbunds insats" });
  await createDeltagareMedInskrivning(b.id, annan.id, { kon: "K" });

  // Alfa: 6 women (2 ended 2025-06-30 to work, 1 ended 2025-09-30 without a reason), 5 men (1 ended to work),
  // and one FELREGISTRERING that must never count.
  const k = [];
  for (let i = 0; i < 6; i++) {
    const avslut = i < 2 ? { avslutsdatum: d("2025-06-30"), avslutsorsak: "ARBETE" } : i === 2 ? { avslutsdatum: d("2025-09-30"), avslutsorsak: null } : {};
    k.push((await createDeltagareMedInskrivning(a.id, alfa.id, { kon: "K", startdatum: d("2025-02-01"), ...avslut })).inskrivning);
  }
  const m = [];
  for (let i = 0; i < 5; i++) {
    const avslut = i === 0 ? { avslutsdatum: d("2025-06-30"), avslutsorsak: "ARBETE" } : {};
    m.push((await createDeltagareMedInskrivning(a.id, alfa.id, { kon: "M", startdatum: d("2025-03-01"), ...avslut })).inskrivning);
  }
  await createDeltagareMedInskrivning(a.id, alfa.id, { kon: "K", startdatum: d("2025-02-01"), avslutsdatum: d("2025-02-02"), avslutsorsak: "FELREGISTRERING" });
  await vas(k[0]!.id, "START", 3);
  await vas(k[0]!.id, "AVSLUT", 6);
  await vas(k[1]!.id, "START", 5);
  await vas(k[1]!.id, "AVSLUT", 4);
  await vas(m[0]!.id, "START", 2);
  await vas(m[0]!.id, "AVSLUT", 8);
  await vas(k[2]!.id, "START", 4);
  await db.malsattning.createMany({
    data: [
      {
        forbundId: a.id,
        insatsId: alfa.id,
        typ: "ANDEL",
        kategori: "RESULTATMAL",
        text: "Minst 7 av 10 upplever ökad livskvalitet",
        sortering: 1,
        definition: { typ: "ANDEL", population: "AVSLUTADE", villkor: [{ typ: "MATVARIABEL_OKAD", variabel: "VAS", fran: "START", till: "AVSLUT" }], minAndel: 0.7 },
      },
      { forbundId: a.id, insatsId: alfa.id, typ: "ANTAL", kategori: "VERKSAMHETSMAL", text: "20 deltagare", sortering: 2, definition: { typ: "ANTAL", population: "INSKRIVNA", villkor: [], minAntal: 20, per: "PERIOD" } },
    ],
  });
  await db.budgetPost.createMany({
    data: [
      { forbundId: a.id, insatsId: alfa.id, ar: 2025, kategori: "INSATSKOSTNAD", belopp: 100000 },
      { forbundId: a.id, insatsId: alfa.id, ar: 2026, kategori: "INSATSKOSTNAD", belopp: 50000 },
    ],
  });
  await db.utfall.createMany({
    data: [
      { forbundId: a.id, insatsId: alfa.id, ar: 2025, kategori: "INSATSKOSTNAD", belopp: 60000.5 },
      { forbundId: a.id, insatsId: alfa.id, ar: 2026, manad: 1, kategori: "INSATSKOSTNAD", belopp: 9999.5 },
    ],
  });

  const plm = await createMember(a, "PROCESSLEDARE");
  pl = plm.ctx;
  users = {
    admin: (await createMember(a, "ADMIN")).user.id,
    processledare: plm.user.id,
    vagledare: (await createMember(a, "VAGLEDARE", [alfa.id])).user.id,
    styrelse: (await createMember(a, "STYRELSE")).user.id,
    annanForbund: (await createMember(b, "PROCESSLEDARE")).user.id,
  };
});

describe("getForbundOversikt (hand-counted)", () => {
  it("counts participants by kön, active and ended, without FELREGISTRERING", async () => {
    const o = await getForbundOversikt(pl, noFilter, { today: IDAG });
    expect(o.insatser.map((i) => i.namn).sort()).toEqual(["Alfa", "Beta"]);
    const x = o.insatser.find((i) => i.id === alfa.id)!;
    expect(x.deltagare).toEqual({
      kalla: "INSKRIVNINGAR",
      K: { aktiva: 3, avslutade: 3, totalt: 6 },
      M: { aktiva: 4, avslutade: 1, totalt: 5 },
      totalt: { aktiva: 7, avslutade: 4, totalt: 11 },
      andelKvinnor: 6 / 11,
      andelMan: 5 / 11,
      jamstalld: true,
    });
    const y = o.insatser.find((i) => i.id === beta.id)!;
    expect(y.deltagare).toMatchObject({ kalla: "VOLYM", K: { aktiva: null, totalt: 3 }, M: { totalt: 17 }, totalt: { totalt: 20 }, andelKvinnor: 0.15, jamstalld: false });
  });

  it("counts only the chosen period, and budget only its years", async () => {
    const o = await getForbundOversikt(pl, oversiktFilterSchema.parse({ fran: "2025-07-01", till: "2025-12-31" }), { today: IDAG });
    const x = o.insatser.find((i) => i.id === alfa.id)!;
    expect(x.deltagare.K).toEqual({ aktiva: 3, avslutade: 1, totalt: 4 });
    expect(x.deltagare.M).toEqual({ aktiva: 4, avslutade: 0, totalt: 4 });
    expect(x.budget).toEqual({ budget: 100000, utfall: 60000.5, andel: 0.600005, ar: [2025] });
    const all = await getForbundOversikt(pl, noFilter, { today: IDAG });
    expect(all.insatser.find((i) => i.id === alfa.id)!.budget).toEqual({ budget: 150000, utfall: 70000, andel: 70000 / 150000, ar: [2025, 2026] });
  });

  it("gives exactly the goal engine's results, as the insats page does", async () => {
    const o = await getForbundOversikt(pl, noFilter, { today: IDAG });
    const x = o.insatser.find((i) => i.id === alfa.id)!;
    const page = await listMalsattningarMedResultat(pl, alfa.id, "sv", IDAG);
    expect(x.mal.map((m) => [m.id, m.mening, m.resultat])).toEqual(page.map((m) => [m.id, m.mening, m.resultat]));
    expect(x.mal[0]!.resultat).toMatchObject({ status: "UNDERLAG_SAKNAS", taljare: 2, namnare: 3, saknarData: 1 });
    expect(x.mal[1]!.resultat).toMatchObject({ taljare: 11 });
  });

  it("warns about an avslut without VAS and without avslutsorsak, and an insats without targets", async () => {
    const o = await getForbundOversikt(pl, noFilter, { today: IDAG });
    expect(o.insatser.find((i) => i.id === alfa.id)!.varningar).toEqual([
      { typ: "AVSLUT_SAKNAR_MATNING", antal: 1, variabel: "VAS" },
      { typ: "AVSLUT_SAKNAR_ORSAK", antal: 1 },
    ]);
    expect(o.insatser.find((i) => i.id === beta.id)!.varningar).toEqual([{ typ: "INGA_MAL", antal: 0 }]);
  });

  it("filters by insatstyp, status, period and chosen insatser", async () => {
    const ids = async (f: Record<string, unknown>) => (await getForbundOversikt(pl, oversiktFilterSchema.parse(f), { today: IDAG })).insatser.map((i) => i.namn);
    expect(await ids({ insatstyp: "STRUKTURINRIKTAD" })).toEqual(["Beta"]);
    expect(await ids({ status: "PAGAENDE" })).toEqual(["Alfa"]);
    expect(await ids({ fran: "2026-01-01" })).toEqual(["Alfa"]);
    expect(await ids({ till: "2024-12-31" })).toEqual([]);
    expect(await ids({ insats: [beta.id] })).toEqual(["Beta"]);
    // Another förbund's insats id selects nothing.
    expect(await ids({ insats: [annan.id] })).toEqual([]);
  });
});

/** Every number in a JSON tree whose key names a count of people. */
function counts(x: unknown, key = ""): number[] {
  const COUNT_KEYS = new Set(["aktiva", "avslutade", "totalt", "taljare", "namnare", "saknarData", "antal"]);
  if (typeof x === "number") return COUNT_KEYS.has(key) ? [x] : [];
  if (Array.isArray(x)) return x.flatMap((v) => counts(v, key));
  if (x && typeof x === "object") return Object.entries(x).flatMap(([k, v]) => counts(v, k));
  return [];
}

/** The text runs of a PDF: inflate its streams and decode the hex strings of its text operators. */
function pdfTextRuns(pdf: Buffer): string[] {
  const runs: string[] = [];
  const raw = pdf.toString("latin1");
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString("latin1");
    } catch {
      continue;
    }
    for (const tj of content.matchAll(/\[(.*?)\]\s*TJ/g)) {
      runs.push([...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, "hex").toString("latin1")).join(""));
    }
  }
  return runs;
}

describe("the planted 3-person cell never leaves the server for the board", () => {
  it("is suppressed in the view model, with the complement and the shares", async () => {
    const vy = await getStyrelseOversikt(pl, noFilter, { today: IDAG });
    const y = vy.insatser.find((i) => i.id === beta.id)!;
    expect(y.deltagare.K.totalt).toEqual({ dold: "LITEN" });
    expect(y.deltagare.M.totalt).toEqual({ dold: "SKYDD" });
    expect(y.deltagare.totalt.totalt).toBe(20);
    expect([y.deltagare.andelKvinnor, y.deltagare.andelMan, y.deltagare.jamstalld]).toEqual([null, null, null]);
    // Nowhere in the board's model is a count of 1–4 people, or the 17 that gives 20 − 17 = 3.
    expect(counts(vy).filter((n) => (n > 0 && n < 5) || n === 17)).toEqual([]);
    expect(JSON.stringify(vy)).not.toContain("varningar");
    // The small VAS target (2 of 3) shows neither count nor share.
    const vasMal = vy.insatser.find((i) => i.id === alfa.id)!.mal[0]!;
    expect(vasMal).toMatchObject({ taljare: { dold: "LITEN" }, namnare: { dold: "LITEN" }, varde: null, intervall: null, saknarData: { dold: "LITEN" } });
  });

  it("is suppressed in the API's JSON for styrelse, exact for processledare", async () => {
    actAs(users.styrelse);
    const res = await call(oversiktRoute.GET, { forbund: a.slug });
    expect(res.status).toBe(200);
    expect(res.json.undertryckt).toBe(true);
    const y = res.json.insatser.find((i: { id: string }) => i.id === beta.id);
    expect(y.deltagare.K.totalt).toEqual({ dold: "LITEN" });
    expect(counts(res.json).filter((n) => (n > 0 && n < 5) || n === 17)).toEqual([]);
    expect(JSON.stringify(res.json)).not.toMatch(/"andelKvinnor":0\.15|"andelMan":0\.85/);

    actAs(users.processledare);
    const exact = await call(oversiktRoute.GET, { forbund: a.slug });
    expect(exact.json.undertryckt).toBe(false);
    expect(exact.json.insatser.find((i: { id: string }) => i.id === beta.id).deltagare.K.totalt).toBe(3);
  });

  it("is suppressed in the PDF, which is audited", async () => {
    actAs(users.styrelse);
    const res = await pdfRoute.GET(new (await import("next/server")).NextRequest(`http://localhost/api/f/${a.slug}/styrelse/rapport.pdf?fran=2025-01-01`), {
      params: Promise.resolve({ forbund: a.slug }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const runs = pdfTextRuns(pdf);
    const text = runs.join(" ");
    expect(text).toContain("Beta");
    expect(text).toContain("Styrelserapport");
    expect(text).toContain(a.namn);
    expect(text).toMatch(/Sida 1 av \d+/);
    expect(text).toMatch(/Period\s*:\s*2025-01-01/);
    expect(runs).toContain("<5");
    expect(runs).toContain("20");
    for (const leak of ["3", "17", "15 %", "85 %"]) expect(runs.map((r) => r.replace(/\u00a0/g, " ").trim())).not.toContain(leak);
    const audit = await db.auditEvent.findFirst({ where: { forbundId: a.id, action: "export.styrelserapport", userId: users.styrelse } });
    expect(audit?.details).toMatchObject({ format: "pdf" });
  });
});

describe("access", () => {
  const get = (route: typeof oversiktRoute.GET, forbund: string, query = "") =>
    call(route, { forbund }, { url: `http://localhost/api/f/${forbund}/x${query}` });

  it.each([
    ["a logged-out request", null, 401],
    ["another förbund's user", "annanForbund", 404],
    ["a vägledare", "vagledare", 403],
  ] as const)("refuses %s the overview API and the PDF", async (_l, who, status) => {
    actAs(who ? users[who] : null);
    expect((await get(oversiktRoute.GET, a.slug)).status).toBe(status);
    const before = await db.auditEvent.count({ where: { forbundId: a.id, action: "export.styrelserapport" } });
    expect((await get(pdfRoute.GET, a.slug)).status).toBe(status);
    expect(await db.auditEvent.count({ where: { forbundId: a.id, action: "export.styrelserapport" } })).toBe(before);
  });

  it("lets admin read the exact overview", async () => {
    actAs(users.admin);
    const res = await get(oversiktRoute.GET, a.slug);
    expect(res.status).toBe(200);
    expect(res.json.undertryckt).toBe(false);
  });

  it("never shows another förbund's insatser", async () => {
    actAs(users.processledare);
    const res = await get(oversiktRoute.GET, a.slug, `?insats=${annan.id}`);
    expect(res.json.insatser).toEqual([]);
  });

  it.each([
    ["a date that does not exist", "?fran=2025-02-30", "fran"],
    ["till before fran", "?fran=2025-06-01&till=2025-01-01", "till"],
    ["an unknown status", "?status=KLAR", "status"],
  ])("answers %s with 400 and a Swedish field error", async (_l, query, field) => {
    actAs(users.processledare);
    const res = await get(oversiktRoute.GET, a.slug, query);
    expect(res.status).toBe(400);
    expect(res.json.error.fieldErrors[field]?.[0]).toBeTypeOf("string");
  });
});
