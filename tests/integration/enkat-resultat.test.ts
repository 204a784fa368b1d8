// Enkät results (issue 10): figures per version and year, suppression for
// styrelse and in every export (a 3-answer enkät's figures never leave the
// server for the board), audited exports, targets on an enkät question through
// the goal engine, and a tied link's self-reported VAS counted by an existing
// VAS target, end to end.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { db } from "@/lib/db";
import * as resultatRoute from "@/app/api/f/[forbund]/enkater/[enkatId]/resultat/route";
import * as exportRoute from "@/app/f/[forbund]/enkater/[enkatId]/resultat/export/route";
import * as malRoute from "@/app/api/f/[forbund]/insatser/[insatsId]/malsattningar/route";
import { createEnkatAction } from "@/lib/actions/enkat/create-enkat";
import { updateEnkatAction } from "@/lib/actions/enkat/update-enkat";
import { setEnkatStatusAction } from "@/lib/actions/enkat/set-enkat-status";
import { createEnkatLankar } from "@/lib/server/enkat/create-enkat-lankar";
import { submitEnkatSvar } from "@/lib/server/enkat/submit-enkat-svar";
import { getEnkatResultat } from "@/lib/server/enkat-resultat/get-enkat-resultat";
import { listMalsattningarMedResultat } from "@/lib/server/malsattning/list-malsattningar-med-resultat";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { EnkatFormValues } from "@/lib/validation/enkat";
import type { Cell } from "@/lib/domain/suppression";
import { createDeltagareMedInskrivning, createForbund, createInsats, createMember } from "../factories";

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "localhost:3000" }) }));

let a: Awaited<ReturnType<typeof createForbund>>;
let b: Awaited<ReturnType<typeof createForbund>>;
let insats: { id: string };
let pl: TenantContext;
let users: Record<"admin" | "processledare" | "vagledare" | "styrelse" | "plB", string>;
let vasId: string;

const HEMLIG_TEXT = "Min handledare heter Kim och bor i Lilla Edet";

const ejSkala = { skalaMin: "", skalaMax: "", etikettMin: "", etikettMax: "" };
const fragor = (text = "Hur nöjd är du?"): EnkatFormValues["fragor"] => [
  { text, typ: "SKALA", skalaMin: 0, skalaMax: 10, etikettMin: "Inte alls", etikettMax: "Mycket", obligatorisk: true, alternativ: "", matvariabelId: "", hjalptext: "" },
  { text: "Har du kommit närmare arbete?", typ: "JA_NEJ", obligatorisk: false, alternativ: "", matvariabelId: "", hjalptext: "", ...ejSkala },
  { text: "Vad hjälpte mest?", typ: "ETT_AV_FLERA", alternativ: "Samtalen\nGruppen\nPraktiken", obligatorisk: false, matvariabelId: "", hjalptext: "", ...ejSkala },
  { text: "Något mer?", typ: "FRITEXT", obligatorisk: false, alternativ: "", matvariabelId: "", hjalptext: "", ...ejSkala },
];

let ip = 0;
const nyIp = () => `203.0.113.${++ip}`;

async function nyEnkat(namn: string, f = fragor()): Promise<string> {
  actAs(users.processledare);
  const res = await createEnkatAction(a.slug, { namn, beskrivning: "", respondentgrupp: "DELTAGARE_AVSLUT", insatsIds: [insats.id], fragor: f });
  if (!res.ok) throw new Error(JSON.stringify(res));
  await setEnkatStatusAction(a.slug, res.data.id, { status: "AKTIV" });
  return res.data.id;
}

async function fragaIds(enkatId: string) {
  const v = await db.enkatVersion.findFirstOrThrow({ where: { forbundId: a.id, enkatId }, orderBy: { nummer: "desc" }, include: { fragor: { orderBy: { ordning: "asc" } } } });
  return v.fragor.map((f) => f.id);
}

/** Creates `lankar` links for the insats and answers the first answers.length of them. */
async function besvara(enkatId: string, lankar: number, answers: { skala: number; ja?: boolean; text?: string }[]) {
  const { tokens } = await createEnkatLankar(pl, enkatId, { antal: lankar, giltigDagar: 30, insatsId: insats.id });
  const [skala, janej, flera, fritext] = await fragaIds(enkatId);
  for (let i = 0; i < answers.length; i++) {
    const x = answers[i]!;
    await submitEnkatSvar(tokens[i]!, { [skala!]: x.skala, ...(x.ja === undefined ? {} : { [janej!]: x.ja ? 1 : 0 }), [flera!]: 1, ...(x.text ? { [fritext!]: x.text } : {}) }, nyIp());
  }
}

/** Every number in a JSON tree that sits where a count of people would be. */
function counts(x: unknown): number[] {
  const out: number[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === "number" && ["antal", "svar", "antalSvar", "besvarat", "ejBesvarat"].includes(key)) out.push(v);
    else if (Array.isArray(v)) v.forEach((e) => walk(e, key));
    else if (v && typeof v === "object") for (const [k, e] of Object.entries(v)) walk(e, k);
  };
  walk(x, "");
  return out;
}

const url = (enkatId: string, q = "") => `http://localhost/api/f/${a.slug}/enkater/${enkatId}/resultat${q}`;

let liten: string;

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  insats = await createInsats(a.id);
  await createInsats(b.id);
  const plM = await createMember(a, "PROCESSLEDARE");
  pl = plM.ctx;
  users = {
    admin: (await createMember(a, "ADMIN")).user.id,
    processledare: plM.user.id,
    vagledare: (await createMember(a, "VAGLEDARE", [insats.id])).user.id,
    styrelse: (await createMember(a, "STYRELSE")).user.id,
    plB: (await createMember(b, "PROCESSLEDARE")).user.id,
  };
  vasId = (await db.matvariabel.findFirstOrThrow({ where: { forbundId: a.id, kod: "VAS" } })).id;
  // The planted small group: ten links, three answers, one with an identifying free text.
  liten = await nyEnkat("Liten enkät");
  await besvara(liten, 10, [{ skala: 3, ja: true }, { skala: 9, ja: false }, { skala: 9, ja: true, text: HEMLIG_TEXT }]);
});

describe("a 3-answer enkät", () => {
  it("gives the processledare exact figures, response rate and free text", async () => {
    actAs(users.processledare);
    const res = await call(resultatRoute.GET, { forbund: a.slug, enkatId: liten }, { url: url(liten) });
    expect(res.status).toBe(200);
    expect(res.json.undertryckt).toBe(false);
    const ar = new Date().getFullYear();
    expect(res.json.svarsfrekvens).toEqual([{ ar, lankar: 10, svar: 3, andel: 0.3 }]);
    const fragorAr = res.json.versioner[0].perAr[0].fragor;
    expect(fragorAr[0]).toMatchObject({ besvarat: 3, ejBesvarat: 0, medel: 7 });
    expect(fragorAr[0].fordelning.find((d: { varde: string }) => d.varde === "9").antal).toBe(2);
    expect(fragorAr[1].andelJa).toBeCloseTo(2 / 3);
    expect(fragorAr[3].fritext).toEqual([HEMLIG_TEXT]);
  });

  for (const roll of ["styrelse", "vagledare"] as const) {
    it(`never sends its figures or free text to ${roll} (API JSON)`, async () => {
      actAs(users[roll]);
      const res = await call(resultatRoute.GET, { forbund: a.slug, enkatId: liten }, { url: url(liten) });
      expect(res.status).toBe(200);
      expect(res.json.undertryckt).toBe(true);
      const body = JSON.stringify(res.json);
      expect(body).not.toContain(HEMLIG_TEXT);
      expect(body).not.toContain("fritext");
      expect(counts(res.json).filter((n) => n > 0)).toEqual([]);
      expect(res.json.svarsfrekvens[0]).toMatchObject({ lankar: 10, svar: { dold: "LITEN" }, andel: null });
      expect(res.json.versioner[0].perAr[0].fragor.every((f: { medel: number | null; andelJa: number | null }) => f.medel === null && f.andelJa === null)).toBe(true);
    });
  }

  it("never sends its figures in any export, whoever asks, and audits each export", async () => {
    actAs(users.processledare);
    const before = await db.auditEvent.count({ where: { forbundId: a.id, action: "export.enkat-resultat" } });
    const csv = await call(exportRoute.GET, { forbund: a.slug, enkatId: liten }, { url: `http://localhost/f/${a.slug}/enkater/${liten}/resultat/export?format=csv` });
    expect(csv.status).toBe(200);
    const rows = Papa.parse<string[]>(String(csv.json).replace(/^\uFEFF/, ""), { delimiter: ";" }).data;
    expect(rows[0]).toEqual(["Version", "År", "Nr", "Fråga", "Svarstyp", "Svar", "Antal", "Medelvärde", "Andel ja"]);
    const antal = rows.slice(1).map((r) => r[6]).filter((x) => x !== undefined && x !== "");
    expect(antal.every((x) => x === "<5" || x === "–")).toBe(true);
    expect(String(csv.json)).not.toContain(HEMLIG_TEXT);

    const nationell = await call(exportRoute.GET, { forbund: a.slug, enkatId: liten }, { url: `http://localhost/f/${a.slug}/enkater/${liten}/resultat/export?format=nationell` });
    const nrows = Papa.parse<string[]>(String(nationell.json).replace(/^\uFEFF/, ""), { delimiter: ";" }).data.filter((r) => r.length > 1);
    expect(nrows[0]).toEqual(["forbund", "enkat_id", "enkat_namn", "respondentgrupp", "version", "ar", "fraga_nr", "fraga_typ", "fraga_text", "svarsvarde", "antal", "undertryckt"]);
    const lankRad = nrows.find((r) => r[9] === "LANKAR")!;
    expect(lankRad[10]).toBe("10");
    expect(nrows.slice(1).filter((r) => r[9] !== "LANKAR" && r[10] !== "")).toEqual([]);

    actAs(users.styrelse);
    const req = new Request(`http://localhost/f/${a.slug}/enkater/${liten}/resultat/export?format=xlsx`);
    const { NextRequest } = await import("next/server");
    const xres = await exportRoute.GET(new NextRequest(req), { params: Promise.resolve({ forbund: a.slug, enkatId: liten }) });
    expect(xres.status).toBe(200);
    const bok = new ExcelJS.Workbook();
    await bok.xlsx.load(await xres.arrayBuffer());
    const svar = bok.getWorksheet("Svar per fråga")!;
    const antalKol: unknown[] = [];
    svar.eachRow((r, i) => {
      if (i > 1 && r.getCell(7).value !== null) antalKol.push(r.getCell(7).value);
    });
    expect(antalKol.length).toBeGreaterThan(0);
    expect(antalKol.every((v) => v === "<5" || v === "–")).toBe(true);

    expect(await db.auditEvent.count({ where: { forbundId: a.id, action: "export.enkat-resultat", entityId: liten } })).toBe(before + 3);
  });

  it("shows the board the figures once five have answered", async () => {
    const id = await nyEnkat("Fem svar");
    await besvara(id, 6, [{ skala: 5, ja: true }, { skala: 6, ja: true }, { skala: 7, ja: true }, { skala: 8, ja: true }, { skala: 9, ja: true }]);
    actAs(users.styrelse);
    const res = await call(resultatRoute.GET, { forbund: a.slug, enkatId: id }, { url: url(id) });
    expect(res.json.svarsfrekvens[0].svar).toBe(5);
    const f = res.json.versioner[0].perAr[0].fragor[0];
    expect(f.besvarat).toBe(5);
    expect(f.ejBesvarat).toBe(0);
    expect(f.medel).toBe(7);
    // Each scale value has one answer: every one of them stays hidden.
    expect(f.fordelning.every((d: { antal: Cell }) => typeof d.antal !== "number")).toBe(true);
  });
});

describe("versions", () => {
  it("keeps the answers of each version apart after a wording change", async () => {
    const id = await nyEnkat("Versionerad");
    await besvara(id, 1, [{ skala: 2 }]);
    actAs(users.processledare);
    const andrad = await updateEnkatAction(a.slug, id, { namn: "Versionerad", beskrivning: "", respondentgrupp: "DELTAGARE_AVSLUT", insatsIds: [insats.id], fragor: fragor("Hur nöjd är du i dag?") });
    expect(andrad.ok).toBe(true);
    await besvara(id, 1, [{ skala: 10 }]);
    const r = await getEnkatResultat(pl, id, { ar: null, insatsId: null });
    expect(r.versioner.map((v) => [v.nummer, v.antalSvar, v.perAr[0]!.fragor[0]!.text, v.perAr[0]!.fragor[0]!.medel])).toEqual([
      [1, 1, "Hur nöjd är du?", 2],
      [2, 1, "Hur nöjd är du i dag?", 10],
    ]);
  });
});

describe("access", () => {
  it("refuses another förbund with 404 and a logged-out caller with 401", async () => {
    actAs(users.plB);
    expect((await call(resultatRoute.GET, { forbund: a.slug, enkatId: liten }, { url: url(liten) })).status).toBe(404);
    expect((await call(resultatRoute.GET, { forbund: b.slug, enkatId: liten }, { url: `http://localhost/api/f/${b.slug}/enkater/${liten}/resultat` })).status).toBe(404);
    actAs(null);
    expect((await call(resultatRoute.GET, { forbund: a.slug, enkatId: liten }, { url: url(liten) })).status).toBe(401);
    expect((await call(exportRoute.GET, { forbund: a.slug, enkatId: liten }, { url: `http://localhost/f/${a.slug}/enkater/${liten}/resultat/export?format=csv` })).status).toBe(401);
  });

  it("refuses a vägledare's export (403) and a bad filter or format (400)", async () => {
    actAs(users.vagledare);
    expect((await call(exportRoute.GET, { forbund: a.slug, enkatId: liten }, { url: `http://localhost/f/${a.slug}/enkater/${liten}/resultat/export?format=csv` })).status).toBe(403);
    actAs(users.processledare);
    const bad = await call(resultatRoute.GET, { forbund: a.slug, enkatId: liten }, { url: url(liten, "?ar=tjugo") });
    expect(bad.status).toBe(400);
    expect(bad.json.error.fieldErrors.ar[0]).toMatch(/år/);
    expect((await call(exportRoute.GET, { forbund: a.slug, enkatId: liten }, { url: `http://localhost/f/${a.slug}/enkater/${liten}/resultat/export?format=pdf` })).status).toBe(400);
  });
});

describe("targets on an enkät question", () => {
  it("are saved through the API and evaluated by the goal engine with people and missing counts", async () => {
    const id = await nyEnkat("Målenkät");
    // 6 answer ja/nej (4 ja), 1 skips it.
    await besvara(id, 9, [{ skala: 5, ja: true }, { skala: 6, ja: true }, { skala: 7, ja: true }, { skala: 8, ja: true }, { skala: 2, ja: false }, { skala: 3, ja: false }, { skala: 4 }]);
    const [skala, janej, , fritext] = await fragaIds(id);
    actAs(users.processledare);
    const p = { forbund: a.slug, insatsId: insats.id };
    const post = (definition: unknown) =>
      call(malRoute.POST, p, { url: `http://localhost/api/f/${a.slug}/insatser/${insats.id}/malsattningar`, body: { kategori: "RESULTATMAL", text: "Hälften svarar ja", definition } });

    const ok = await post({ typ: "ENKAT", enkatId: id, fragaId: janej, varden: ["JA"], minAndel: 0.5 });
    expect(ok.status).toBe(201);
    const skalaMal = await post({ typ: "ENKAT", enkatId: id, fragaId: skala, minVarde: 7, minAndel: 0.5 });
    expect(skalaMal.status).toBe(201);

    const fritextMal = await post({ typ: "ENKAT", enkatId: id, fragaId: fritext, varden: ["JA"], minAndel: 0.5 });
    expect(fritextMal.status).toBe(400);
    expect(fritextMal.json.error.fieldErrors["definition.fragaId"][0]).toMatch(/fritext/);
    const okantSvar = await post({ typ: "ENKAT", enkatId: id, fragaId: janej, varden: ["KANSKE"], minAndel: 0.5 });
    expect(okantSvar.status).toBe(400);
    expect(okantSvar.json.error.fieldErrors["definition.varden"][0]).toMatch(/KANSKE/);
    const skalaUtanfor = await post({ typ: "ENKAT", enkatId: id, fragaId: skala, minVarde: 11, minAndel: 0.5 });
    expect(skalaUtanfor.status).toBe(400);

    const mal = await listMalsattningarMedResultat(pl, insats.id, "sv", "2026-06-01");
    const jaMal = mal.find((m) => m.id === ok.json.id)!;
    expect(jaMal.typ).toBe("ANDEL");
    expect(jaMal.resultat).toMatchObject({ typ: "ANDEL", taljare: 4, namnare: 6, saknarData: 1, status: "PA_VAG" });
    expect(jaMal.mening).toContain("Har du kommit närmare arbete?");
    const sMal = mal.find((m) => m.id === skalaMal.json.id)!;
    expect(sMal.resultat).toMatchObject({ taljare: 2, namnare: 7, saknarData: 0, status: "RISK" });

    // Another förbund's enkät cannot be named.
    actAs(users.plB);
    const other = await call(malRoute.POST, { forbund: b.slug, insatsId: insats.id }, { url: "http://localhost/x", body: { kategori: "RESULTATMAL", text: "x", definition: { typ: "ENKAT", enkatId: id, fragaId: janej, varden: ["JA"], minAndel: 0.5 } } });
    expect(other.status).toBe(404);
  });

  it("count a tied link's self-reported VAS in an existing VAS target (end to end)", async () => {
    const mal = await createInsats(a.id, { namn: "VAS-insats" });
    actAs(users.processledare);
    const skapad = await createEnkatAction(a.slug, {
      namn: "VAS vid avslut",
      beskrivning: "",
      respondentgrupp: "DELTAGARE_AVSLUT",
      insatsIds: [mal.id],
      fragor: [{ text: "Hur skattar du din livskvalitet i dag?", typ: "SKALA", skalaMin: 0, skalaMax: 10, obligatorisk: true, matvariabelId: vasId, alternativ: "", hjalptext: "", etikettMin: "", etikettMax: "" }],
    });
    if (!skapad.ok) throw new Error(JSON.stringify(skapad));
    await setEnkatStatusAction(a.slug, skapad.data.id, { status: "AKTIV" });
    const target = await call(malRoute.POST, { forbund: a.slug, insatsId: mal.id }, {
      url: "http://localhost/x",
      body: { kategori: "RESULTATMAL", text: "Minst 7 av 10 skattar livskvaliteten till minst 6 vid avslut", definition: { typ: "ANDEL", population: "AVSLUTADE", villkor: [{ typ: "MATVARIABEL_VARDE", variabel: "VAS", tidpunkt: "AVSLUT", minVarde: 6 }], minAndel: 0.7 } },
    });
    expect(target.status).toBe(201);
    const [vasFraga] = await fragaIds(skapad.data.id);
    const varden = [8, 7, 9, 6, 3];
    for (const v of varden) {
      const { inskrivning } = await createDeltagareMedInskrivning(a.id, mal.id, { startdatum: new Date("2025-02-01"), avslutsdatum: new Date("2025-10-01"), avslutsorsak: "ARBETE" });
      const { tokens } = await createEnkatLankar(pl, skapad.data.id, { antal: 1, giltigDagar: 30, inskrivningId: inskrivning.id });
      expect(await submitEnkatSvar(tokens[0]!, { [vasFraga!]: v }, nyIp())).toEqual({ kopplad: true });
    }
    const r = (await listMalsattningarMedResultat(pl, mal.id, "sv", "2026-06-01")).find((m) => m.id === target.json.id)!;
    expect(r.resultat).toMatchObject({ taljare: 4, namnare: 5, saknarData: 0, varde: 0.8, status: "PA_VAG" });
  });
});
