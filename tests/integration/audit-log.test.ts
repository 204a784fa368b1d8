import { beforeAll, describe, expect, it } from "vitest";
import Papa from "papaparse";
import { NextRequest } from "next/server";
import { actAs } from "./support/session";
import { db } from "@/lib/db";
import * as exportRoute from "@/app/f/[forbund]/admin/logg/export/route";
import { listAuditEvents, AUDIT_PAGE_SIZE } from "@/lib/server/audit/list-audit-events";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditFilterSchema } from "@/lib/validation/audit";
import { stockholmMidnight } from "@/lib/server/stockholm-midnight";
import { createForbund, createMember } from "../factories";

let a: Awaited<ReturnType<typeof createForbund>>;
let b: Awaited<ReturnType<typeof createForbund>>;
let admin: Awaited<ReturnType<typeof createMember>>;
let users: Record<"processledare" | "vagledare" | "styrelse" | "adminB", string>;

const filter = (raw: Record<string, string> = {}) => auditFilterSchema.parse(raw);

async function exportCsv(slug: string, query = "") {
  const req = new NextRequest(`http://localhost/f/${slug}/admin/logg/export${query}`);
  const res = await exportRoute.GET(req, { params: Promise.resolve({ forbund: slug }) });
  const bytes = new Uint8Array(await res.arrayBuffer());
  // TextDecoder drops a leading BOM, as Excel would read it; the raw bytes keep it.
  return { status: res.status, headers: res.headers, bytes, text: new TextDecoder().decode(bytes) };
}

beforeAll(async () => {
  a = await createForbund();
  b = await createForbund();
  admin = await createMember(a, "ADMIN");
  users = {
    processledare: (await createMember(a, "PROCESSLEDARE")).user.id,
    vagledare: (await createMember(a, "VAGLEDARE")).user.id,
    styrelse: (await createMember(a, "STYRELSE")).user.id,
    adminB: (await createMember(b, "ADMIN")).user.id,
  };
  await recordAudit(db, { forbundId: a.id, userId: users.processledare, action: "insats.create", entity: "Insats", entityId: "ins-1", details: { namn: "=HYPERLINK(\"x\")" } });
  await recordAudit(db, { forbundId: a.id, userId: users.processledare, action: "insats.update", entity: "Insats", entityId: "ins-1" });
  await recordAudit(db, { forbundId: a.id, userId: users.vagledare, action: "identitet.reveal", entity: "Deltagare", entityId: "d-1", details: { skal: "Åtgärd" } });
  await recordAudit(db, { forbundId: null, userId: users.vagledare, action: "login.success", ip: "192.0.2.9", details: { email: "v@test" } });
  await recordAudit(db, { forbundId: b.id, userId: users.adminB, action: "insats.create", entity: "Insats", entityId: "hemlig-b" });
  await recordAudit(db, { forbundId: null, userId: users.adminB, action: "login.success", ip: "192.0.2.10" });
});

describe("listing the audit log", () => {
  it("shows the förbund's events and its members' logins, never another förbund's", async () => {
    const { rows, total } = await listAuditEvents(admin.ctx, filter());
    expect(total).toBe(4);
    expect(rows.map((r) => r.action)).toEqual(["login.success", "identitet.reveal", "insats.update", "insats.create"]);
    expect(JSON.stringify(rows)).not.toContain("hemlig-b");
    expect(rows[0]).toMatchObject({ ip: "192.0.2.9", vem: expect.stringContaining("Test Testsson <") });
  });

  it("filters by who, action prefix, entity and entity id", async () => {
    const pl = await db.user.findUniqueOrThrow({ where: { id: users.processledare } });
    expect((await listAuditEvents(admin.ctx, filter({ vem: pl.email.toUpperCase() }))).total).toBe(2);
    expect((await listAuditEvents(admin.ctx, filter({ handelse: "insats." }))).total).toBe(2);
    expect((await listAuditEvents(admin.ctx, filter({ objekt: "deltagare" }))).rows.map((r) => r.action)).toEqual(["identitet.reveal"]);
    expect((await listAuditEvents(admin.ctx, filter({ objekt: "ins-1" }))).total).toBe(2);
    const bUser = await db.user.findUniqueOrThrow({ where: { id: users.adminB } });
    expect((await listAuditEvents(admin.ctx, filter({ vem: bUser.email }))).total).toBe(0);
  });

  it("filters by Swedish calendar days", async () => {
    const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());
    expect((await listAuditEvents(admin.ctx, filter({ fran: today, till: today }))).total).toBe(4);
    expect((await listAuditEvents(admin.ctx, filter({ till: "2020-01-01" }))).total).toBe(0);
    expect(stockholmMidnight("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(stockholmMidnight("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
  });

  it("pages on the server", async () => {
    const c = await createForbund();
    const cAdmin = await createMember(c, "ADMIN");
    for (let i = 0; i < AUDIT_PAGE_SIZE + 3; i++) await recordAudit(db, { forbundId: c.id, userId: cAdmin.user.id, action: `test.rad`, entityId: String(i) });
    const first = await listAuditEvents(cAdmin.ctx, filter());
    const second = await listAuditEvents(cAdmin.ctx, filter({ sida: "2" }));
    expect([first.rows.length, second.rows.length, second.pageCount, second.total]).toEqual([AUDIT_PAGE_SIZE, 3, 2, AUDIT_PAGE_SIZE + 3]);
    expect(second.rows.at(-1)?.entityId).toBe("0");
    expect((await listAuditEvents(cAdmin.ctx, filter({ sida: "99" }))).page).toBe(2);
  });

  it("refuses malformed filters with Swedish messages", () => {
    expect(auditFilterSchema.safeParse({ fran: "2026-13-01" }).success).toBe(false);
    const r = auditFilterSchema.safeParse({ fran: "2026-02-01", till: "2026-01-01" });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(["Till-datum kan inte vara före från-datum"]);
    expect(auditFilterSchema.safeParse({ sida: "-1" }).success).toBe(false);
  });
});

describe("exporting the audit log as CSV", () => {
  it("answers a UTF-8 CSV with BOM, neutralised formulae, and audits the export", async () => {
    actAs(admin.user.id);
    const res = await exportCsv(a.slug, "?handelse=i");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="granskningslogg-${a.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(res.text, { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(["id", "tidpunkt", "vem", "händelse", "objekt", "objekt-id", "adress", "detaljer"]);
    expect(parsed.data.slice(1).map((r) => r[3])).toEqual(["identitet.reveal", "insats.update", "insats.create"]);
    expect(res.text).toContain("Åtgärd");
    expect(res.text).not.toContain("hemlig-b");
    const createRow = parsed.data.find((r) => r[3] === "insats.create")!;
    expect(createRow[7]!.startsWith("=")).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { forbundId: a.id, action: "audit.export" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ userId: admin.user.id, details: { filter: { handelse: "i" }, rader: 3 } });
  });

  it("answers 400 for a malformed filter and writes no export event", async () => {
    actAs(admin.user.id);
    const before = await db.auditEvent.count({ where: { forbundId: a.id, action: "audit.export" } });
    expect((await exportCsv(a.slug, "?fran=igar")).status).toBe(400);
    expect(await db.auditEvent.count({ where: { forbundId: a.id, action: "audit.export" } })).toBe(before);
  });

  it.each([
    ["a logged-out caller", null, 401],
    ["another förbund's admin", "adminB", 404],
    ["a processledare", "processledare", 403],
    ["a vägledare", "vagledare", 403],
    ["a styrelse member", "styrelse", 403],
  ] as const)("refuses %s and records nothing", async (_l, who, status) => {
    actAs(who ? users[who] : null);
    const before = await db.auditEvent.count({ where: { action: "audit.export" } });
    const res = await exportCsv(a.slug);
    expect(res.status).toBe(status);
    expect(res.text).not.toContain("insats.create");
    expect(await db.auditEvent.count({ where: { action: "audit.export" } })).toBe(before);
  });
});
