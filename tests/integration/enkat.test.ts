// Enkäter (issue 10): the instrument editor's version lock, single-use links,
// the public answer path (expiry, guessing throttle, concurrency), tied links
// that become self-reported Matningar, and who may do what.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { db } from "@/lib/db";
import * as lankarRoute from "@/app/api/f/[forbund]/enkater/[enkatId]/lankar/route";
import { createEnkatAction } from "@/lib/actions/enkat/create-enkat";
import { updateEnkatAction } from "@/lib/actions/enkat/update-enkat";
import { setEnkatStatusAction } from "@/lib/actions/enkat/set-enkat-status";
import { createEnkatLankarAction } from "@/lib/actions/enkat/create-enkat-lankar";
import { createEnkatLankar } from "@/lib/server/enkat/create-enkat-lankar";
import { submitEnkatSvar, LANK_OGILTIG, LANK_UTGANGEN } from "@/lib/server/enkat/submit-enkat-svar";
import { getEnkatForToken } from "@/lib/server/enkat/get-enkat-for-token";
import { hashAdress, hashEnkatToken } from "@/lib/server/enkat/token";
import type { TenantContext } from "@/lib/auth/tenant-context";
import type { EnkatFormValues } from "@/lib/validation/enkat";
import { createDeltagareMedInskrivning, createForbund, createInsats, createMember } from "../factories";

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "localhost:3000" }) }));

let a: Awaited<ReturnType<typeof createForbund>>;
let b: Awaited<ReturnType<typeof createForbund>>;
let insats: { id: string };
let annanInsats: { id: string };
let pl: TenantContext;
let vag: TenantContext;
let users: Record<"admin" | "processledare" | "vagledare" | "styrelse" | "plB", string>;
let vasId: string;

type FragaValues = EnkatFormValues["fragor"][number];
const q = (f: Partial<FragaValues> & Pick<FragaValues, "text" | "typ">): FragaValues => ({
  hjalptext: "",
  skalaMin: null,
  skalaMax: null,
  etikettMin: "",
  etikettMax: "",
  alternativ: "",
  matvariabelId: "",
  obligatorisk: false,
  ...f,
});

const fragor = (text = "Hur mår du i dag?"): EnkatFormValues["fragor"] => [
  { text, typ: "SKALA", skalaMin: 0, skalaMax: 10, etikettMin: "Mycket dåligt", etikettMax: "Mycket bra", obligatorisk: true, alternativ: "", matvariabelId: "", hjalptext: "" },
  q({ text: "Har du fått det stöd du behövt?", typ: "JA_NEJ" }),
  q({ text: "Vad var bäst?", typ: "ETT_AV_FLERA", alternativ: "Samtalen\nGruppen\nPraktiken" }),
  q({ text: "Något mer du vill säga?", typ: "FRITEXT" }),
];

async function nyEnkat(overrides: Partial<EnkatFormValues> = {}, aktiv = true): Promise<string> {
  actAs(users.processledare);
  const res = await createEnkatAction(a.slug, { namn: `Enkät ${Math.random()}`, beskrivning: "", respondentgrupp: "DELTAGARE_AVSLUT", insatsIds: [insats.id], fragor: fragor(), ...overrides });
  if (!res.ok) throw new Error(JSON.stringify(res));
  if (aktiv) await setEnkatStatusAction(a.slug, res.data.id, { status: "AKTIV" });
  return res.data.id;
}

async function fragaIds(enkatId: string) {
  const v = await db.enkatVersion.findFirstOrThrow({ where: { forbundId: a.id, enkatId }, orderBy: { nummer: "desc" }, include: { fragor: { orderBy: { ordning: "asc" } } } });
  return v.fragor.map((f) => f.id);
}

async function svar(enkatId: string, varde = 7) {
  const [skala, janej, flera, fritext] = await fragaIds(enkatId);
  return { [skala!]: varde, [janej!]: 1, [flera!]: "2", [fritext!]: "Bra bemötande" };
}

let ipCounter = 0;
const nyIp = () => `198.51.100.${++ipCounter}`;

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  insats = await createInsats(a.id);
  annanInsats = await createInsats(a.id);
  await createInsats(b.id);
  const plM = await createMember(a, "PROCESSLEDARE");
  const vagM = await createMember(a, "VAGLEDARE", [insats.id]);
  pl = plM.ctx;
  vag = vagM.ctx;
  users = {
    admin: (await createMember(a, "ADMIN")).user.id,
    processledare: plM.user.id,
    vagledare: vagM.user.id,
    styrelse: (await createMember(a, "STYRELSE")).user.id,
    plB: (await createMember(b, "PROCESSLEDARE")).user.id,
  };
  vasId = (await db.matvariabel.findFirstOrThrow({ where: { forbundId: a.id, kod: "VAS" } })).id;
});

describe("the instrument editor", () => {
  it("creates an enkät as UTKAST with version 1 and its questions, audited", async () => {
    const id = await nyEnkat({}, false);
    const enkat = await db.enkat.findFirstOrThrow({ where: { forbundId: a.id, id }, include: { versioner: { include: { fragor: true } }, insatser: true } });
    expect(enkat.status).toBe("UTKAST");
    expect(enkat.versioner).toHaveLength(1);
    expect(enkat.versioner[0]!.fragor.map((f) => f.typ).sort()).toEqual(["ETT_AV_FLERA", "FRITEXT", "JA_NEJ", "SKALA"]);
    expect(enkat.versioner[0]!.fragor.find((f) => f.typ === "ETT_AV_FLERA")!.alternativ).toEqual(["Samtalen", "Gruppen", "Praktiken"]);
    expect(enkat.insatser.map((i) => i.insatsId)).toEqual([insats.id]);
    expect(await db.auditEvent.count({ where: { forbundId: a.id, action: "enkat.create", entityId: id } })).toBe(1);
  });

  it("answers bad questions with Swedish messages beside the fields and saves nothing", async () => {
    actAs(users.processledare);
    const before = await db.enkat.count({ where: { forbundId: a.id } });
    const res = await createEnkatAction(a.slug, {
      namn: "",
      respondentgrupp: "DELTAGARE_AVSLUT",
      insatsIds: [],
      fragor: [
        { text: "Skala", typ: "SKALA", skalaMin: 5, skalaMax: 1 },
        { text: "Val", typ: "ETT_AV_FLERA", alternativ: "Bara ett" },
        { text: "VAS", typ: "JA_NEJ", matvariabelId: vasId },
      ],
    });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe("validation");
    expect(Object.keys(res.fieldErrors ?? {})).toEqual(expect.arrayContaining(["namn", "fragor.0.skalaMax", "fragor.1.alternativ"]));
    const mismatch = await createEnkatAction(a.slug, { namn: "X", respondentgrupp: "DELTAGARE_AVSLUT", fragor: [{ text: "VAS", typ: "JA_NEJ", matvariabelId: vasId }] });
    expect(!mismatch.ok && mismatch.fieldErrors?.["fragor.0.matvariabelId"]?.[0]).toMatch(/skala/);
    expect(await db.enkat.count({ where: { forbundId: a.id } })).toBe(before);
  });

  it("replaces the questions of a version without answers, and makes a new version once it has answers", async () => {
    const id = await nyEnkat();
    actAs(users.processledare);
    const base = { namn: "Låsbar", beskrivning: "", respondentgrupp: "DELTAGARE_AVSLUT" as const, insatsIds: [insats.id] };
    const r1 = await updateEnkatAction(a.slug, id, { ...base, fragor: fragor("Hur mår du just nu?") });
    expect(r1).toMatchObject({ ok: true, data: { versionNummer: 1, nyVersion: false } });

    const { tokens } = await createEnkatLankar(pl, id, { antal: 2, giltigDagar: 30 });
    await submitEnkatSvar(tokens[0]!, await svar(id), nyIp());
    const v1 = await db.enkatVersion.findFirstOrThrow({ where: { forbundId: a.id, enkatId: id, nummer: 1 }, include: { fragor: { orderBy: { ordning: "asc" } } } });
    expect(v1.last).toBe(true);

    // Same wording: nothing new.
    actAs(users.processledare);
    const same = await updateEnkatAction(a.slug, id, { ...base, namn: "Nytt namn", fragor: fragor("Hur mår du just nu?") });
    expect(same).toMatchObject({ ok: true, data: { versionNummer: 1, nyVersion: false } });
    // Changed wording: version 2; version 1 and its answers untouched.
    const changed = await updateEnkatAction(a.slug, id, { ...base, fragor: fragor("Hur har du mått den senaste veckan?") });
    expect(changed).toMatchObject({ ok: true, data: { versionNummer: 2, nyVersion: true } });
    const v1After = await db.enkatVersion.findFirstOrThrow({ where: { forbundId: a.id, id: v1.id }, include: { fragor: { orderBy: { ordning: "asc" } } } });
    expect(v1After.fragor).toEqual(v1.fragor);
    expect(await db.enkatSvar.count({ where: { forbundId: a.id, versionId: v1.id } })).toBe(1);
    // The next answer goes to version 2.
    await submitEnkatSvar(tokens[1]!, await svar(id), nyIp());
    const v2 = await db.enkatVersion.findFirstOrThrow({ where: { forbundId: a.id, enkatId: id, nummer: 2 } });
    expect(await db.enkatSvar.count({ where: { forbundId: a.id, versionId: v2.id } })).toBe(1);
    // The respondent group cannot change under answers.
    const grupp = await updateEnkatAction(a.slug, id, { ...base, respondentgrupp: "INSATSPERSONAL", fragor: fragor("Hur har du mått den senaste veckan?") });
    expect(grupp).toMatchObject({ ok: false, code: "conflict" });
  });

  it("refuses styrelse, vägledare, another förbund and logged-out callers", async () => {
    const id = await nyEnkat();
    const input = { namn: "X", respondentgrupp: "DELTAGARE_AVSLUT", fragor: fragor() };
    for (const [user, code] of [[users.styrelse, "forbidden"], [users.vagledare, "forbidden"], [users.plB, "not_found"], [null, "unauthorized"]] as const) {
      actAs(user);
      expect(await createEnkatAction(a.slug, input)).toMatchObject({ ok: false, code });
      expect(await updateEnkatAction(a.slug, id, input)).toMatchObject({ ok: false, code });
    }
    // Another förbund's processledare with its own slug: the enkät is not found.
    actAs(users.plB);
    expect(await updateEnkatAction(b.slug, id, input)).toMatchObject({ ok: false, code: "not_found" });
    expect(await setEnkatStatusAction(b.slug, id, { status: "STANGD" })).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("creating links", () => {
  it("stores only hashes, returns each link once with a QR code, and audits the batch", async () => {
    const id = await nyEnkat();
    actAs(users.processledare);
    const res = await createEnkatLankarAction(a.slug, id, { antal: 10, giltigDagar: 14 });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.lankar).toHaveLength(10);
    expect(new Set(res.data.lankar.map((l) => l.url)).size).toBe(10);
    expect(res.data.lankar[0]!.url).toMatch(/^http:\/\/localhost:3000\/e\/[A-Za-z0-9_-]{32}$/);
    expect(res.data.lankar[0]!.qr).toMatch(/^data:image\/svg\+xml;base64,/);
    const token = res.data.lankar[0]!.url.split("/e/")[1]!;
    const stored = await db.enkatLank.findMany({ where: { forbundId: a.id, enkatId: id } });
    expect(stored).toHaveLength(10);
    expect(stored.some((l) => l.tokenHash === hashEnkatToken(token))).toBe(true);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.every((l) => l.batchId === res.data.batchId && l.insatsId === insats.id && l.inskrivningId === null)).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { forbundId: a.id, action: "enkat.lankar.create", entityId: id } });
    expect(JSON.stringify(audit.details)).not.toContain(token);
  });

  it("lets a vägledare create links only for an insats they are assigned to", async () => {
    const id = await nyEnkat({ insatsIds: [insats.id, annanInsats.id] });
    await expect(createEnkatLankar(vag, id, { antal: 1, giltigDagar: 30, insatsId: annanInsats.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createEnkatLankar(vag, id, { antal: 1, giltigDagar: 30 })).rejects.toMatchObject({ code: "validation", fieldErrors: { insatsId: expect.any(Array) } });
    const ok = await createEnkatLankar(vag, id, { antal: 1, giltigDagar: 30, insatsId: insats.id });
    expect(ok.tokens).toHaveLength(1);
    // An enkät at förbund level without an insats: never for a vägledare.
    const forbundsniva = await nyEnkat({ insatsIds: [] });
    await expect(createEnkatLankar(vag, forbundsniva, { antal: 1, giltigDagar: 30 })).rejects.toMatchObject({ code: "forbidden" });
    // An inskrivning in an insats they are not assigned to is not found.
    const { inskrivning } = await createDeltagareMedInskrivning(a.id, annanInsats.id);
    await expect(createEnkatLankar(vag, id, { antal: 1, giltigDagar: 30, inskrivningId: inskrivning.id })).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses links for a draft, admin and styrelse, another förbund and logged out; the API answers the same", async () => {
    const utkast = await nyEnkat({}, false);
    await expect(createEnkatLankar(pl, utkast, { antal: 1, giltigDagar: 30 })).rejects.toMatchObject({ code: "conflict" });
    const id = await nyEnkat();
    for (const [user, code] of [[users.admin, "forbidden"], [users.styrelse, "forbidden"], [users.plB, "not_found"], [null, "unauthorized"]] as const) {
      actAs(user);
      expect(await createEnkatLankarAction(a.slug, id, { antal: 1 })).toMatchObject({ ok: false, code });
    }
    actAs(users.plB);
    expect(await createEnkatLankarAction(b.slug, id, { antal: 1 })).toMatchObject({ ok: false, code: "not_found" });
    const params = { forbund: a.slug, enkatId: id };
    const post = (body: unknown) => call(lankarRoute.POST, params, { body });
    actAs(users.processledare);
    const created = await post({ antal: 3, giltigDagar: 7 });
    expect(created.status).toBe(201);
    expect(created.json.lankar).toHaveLength(3);
    expect(created.json.lankar[0].url).toMatch(/\/e\/[A-Za-z0-9_-]{32}$/);
    expect((await post({ antal: 0 })).status).toBe(400);
    expect((await post({ antal: 2, inskrivningId: "x" })).json.error.fieldErrors.antal).toBeTruthy();
    actAs(users.styrelse);
    expect((await post({ antal: 1 })).status).toBe(403);
    actAs(users.plB);
    expect((await call(lankarRoute.POST, { forbund: b.slug, enkatId: id }, { body: { antal: 1 } })).status).toBe(404);
    actAs(null);
    expect((await post({ antal: 1 })).status).toBe(401);
  });
});

describe("answering through a link", () => {
  it("saves an anonymous answer with year and month only, no link id, no audit row", async () => {
    const id = await nyEnkat();
    const { tokens } = await createEnkatLankar(pl, id, { antal: 1, giltigDagar: 30 });
    const auditBefore = await db.auditEvent.count({ where: { forbundId: a.id } });
    expect(await submitEnkatSvar(tokens[0]!, await svar(id, 8), nyIp())).toEqual({ kopplad: false });
    const saved = await db.enkatSvar.findFirstOrThrow({ where: { forbundId: a.id, enkatId: id }, include: { rader: true } });
    expect(saved.inskrivningId).toBeNull();
    expect(saved.insatsId).toBe(insats.id);
    expect(Object.keys(saved).sort()).toEqual(["ar", "enkatId", "forbundId", "id", "insatsId", "inskrivningId", "manad", "rader", "versionId"]);
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.rader.map((r) => r.varde ?? r.text).sort()).toEqual([1, 2, 8, "Bra bemötande"].sort());
    expect(await db.auditEvent.count({ where: { forbundId: a.id } })).toBe(auditBefore);
    const lank = await db.enkatLank.findFirstOrThrow({ where: { forbundId: a.id, enkatId: id } });
    // The link keeps only the month it was used (the first of the month), never the day.
    expect(lank.usedAt?.getUTCDate()).toBe(1);
  });

  it("refuses a used token with the same message as an unknown one", async () => {
    const id = await nyEnkat();
    const { tokens } = await createEnkatLankar(pl, id, { antal: 1, giltigDagar: 30 });
    await submitEnkatSvar(tokens[0]!, await svar(id), nyIp());
    await expect(submitEnkatSvar(tokens[0]!, await svar(id), nyIp())).rejects.toMatchObject({ code: "not_found", message: LANK_OGILTIG });
    await expect(submitEnkatSvar("x".repeat(32), {}, nyIp())).rejects.toMatchObject({ code: "not_found", message: LANK_OGILTIG });
    expect((await getEnkatForToken(tokens[0]!, nyIp())).status).toBe("ogiltig");
    expect((await getEnkatForToken("nonsense", nyIp())).status).toBe("ogiltig");
  });

  it("refuses an expired token, and a closed enkät", async () => {
    const id = await nyEnkat();
    const { tokens } = await createEnkatLankar(pl, id, { antal: 2, giltigDagar: 1 }, new Date(Date.now() - 2 * 86_400_000));
    expect((await getEnkatForToken(tokens[0]!, nyIp())).status).toBe("utgangen");
    await expect(submitEnkatSvar(tokens[0]!, await svar(id), nyIp())).rejects.toMatchObject({ message: LANK_UTGANGEN });
    const open = await nyEnkat();
    const { tokens: t2 } = await createEnkatLankar(pl, open, { antal: 1, giltigDagar: 30 });
    actAs(users.processledare);
    await setEnkatStatusAction(a.slug, open, { status: "STANGD" });
    expect((await getEnkatForToken(t2[0]!, nyIp())).status).toBe("stangd");
    await expect(submitEnkatSvar(t2[0]!, await svar(open), nyIp())).rejects.toMatchObject({ code: "conflict" });
    // The refused attempt did not use the link up.
    expect((await db.enkatLank.findFirstOrThrow({ where: { forbundId: a.id, enkatId: open } })).usedAt).toBeNull();
  });

  it("keeps the link usable when the answer is invalid", async () => {
    const id = await nyEnkat();
    const { tokens } = await createEnkatLankar(pl, id, { antal: 1, giltigDagar: 30 });
    const [skala] = await fragaIds(id);
    await expect(submitEnkatSvar(tokens[0]!, { [skala!]: 11 }, nyIp())).rejects.toMatchObject({ code: "validation", fieldErrors: { [skala!]: expect.any(Array) } });
    await expect(submitEnkatSvar(tokens[0]!, {}, nyIp())).rejects.toMatchObject({ code: "validation" });
    expect(await submitEnkatSvar(tokens[0]!, { [skala!]: 10 }, nyIp())).toEqual({ kopplad: false });
  });

  it("lets exactly one of two simultaneous submissions of one token through", async () => {
    const id = await nyEnkat();
    for (let round = 0; round < 3; round++) {
      const { tokens } = await createEnkatLankar(pl, id, { antal: 1, giltigDagar: 30 });
      const body = await svar(id);
      const results = await Promise.allSettled([submitEnkatSvar(tokens[0]!, body, nyIp()), submitEnkatSvar(tokens[0]!, body, nyIp())]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(rejected.reason).toMatchObject({ code: "not_found" });
    }
    expect(await db.enkatSvar.count({ where: { forbundId: a.id, enkatId: id } })).toBe(3);
  });

  it("throttles token guessing per address, keeping only a keyed hash of it", async () => {
    const id = await nyEnkat();
    const { tokens } = await createEnkatLankar(pl, id, { antal: 1, giltigDagar: 30 });
    const ip = "203.0.113.99";
    // A refusal from yesterday counts for nothing and is pruned by the next one.
    const old = await db.enkatTokenForsok.create({ data: { adressHash: hashAdress(ip), createdAt: new Date(Date.now() - 86_400_000) } });
    for (let i = 0; i < 20; i++) expect((await getEnkatForToken(`gissning${i}`.padEnd(32, "x"), ip)).status).toBe("ogiltig");
    expect(await getEnkatForToken(tokens[0]!, ip)).toMatchObject({ status: "blockerad" });
    await expect(submitEnkatSvar(tokens[0]!, await svar(id), ip)).rejects.toMatchObject({ code: "rate_limited" });
    // Another address is not affected, and the real link still works from there.
    expect((await getEnkatForToken(tokens[0]!, nyIp())).status).toBe("ok");
    expect(await submitEnkatSvar(tokens[0]!, await svar(id), nyIp())).toEqual({ kopplad: false });
    expect(await db.enkatTokenForsok.count({ where: { id: old.id } })).toBe(0);
    const rows = await db.enkatTokenForsok.findMany();
    expect(JSON.stringify(rows.map((r) => r.adressHash))).not.toContain(ip);
  });
});

describe("a link tied to an inskrivning", () => {
  it("writes the answer as the inskrivning's self-reported Matning at the link's time point", async () => {
    const id = await nyEnkat({
      fragor: [
        { text: "Hur skattar du din livskvalitet?", typ: "SKALA", skalaMin: 0, skalaMax: 10, obligatorisk: true, matvariabelId: vasId, alternativ: "", hjalptext: "", etikettMin: "", etikettMax: "" },
        q({ text: "Kommentar", typ: "FRITEXT" }),
      ],
    });
    const { inskrivning } = await createDeltagareMedInskrivning(a.id, insats.id);
    const { tokens, insatsId } = await createEnkatLankar(vag, id, { antal: 1, giltigDagar: 30, inskrivningId: inskrivning.id });
    expect(insatsId).toBe(insats.id);
    const lage = await getEnkatForToken(tokens[0]!, nyIp());
    expect(lage).toMatchObject({ status: "ok", kopplad: true });
    const [vas] = await fragaIds(id);
    expect(await submitEnkatSvar(tokens[0]!, { [vas!]: 8 }, nyIp())).toEqual({ kopplad: true });
    const matningar = await db.matning.findMany({ where: { forbundId: a.id, inskrivningId: inskrivning.id } });
    expect(matningar).toHaveLength(1);
    // DELTAGARE_AVSLUT: the time point defaults to AVSLUT.
    expect(matningar[0]).toMatchObject({ matvariabelId: vasId, varde: 8, kalla: "SJALVRAPPORTERAD", tidpunkt: "AVSLUT" });
    const saved = await db.enkatSvar.findFirstOrThrow({ where: { forbundId: a.id, enkatId: id } });
    expect(saved.inskrivningId).toBe(inskrivning.id);
    expect(await db.auditEvent.count({ where: { forbundId: a.id, action: "enkat.svar.kopplat", entityId: inskrivning.id } })).toBe(1);
  });
});
