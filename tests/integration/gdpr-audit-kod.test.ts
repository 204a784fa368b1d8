// Review (helper 9): erasure replaces a deltagare's code because the old code
// is on paper folders and lists (docs/decisions/009). The audit log is
// append-only and older rows (registration, identity reveal) carry the old
// code next to the deltagare's id, so the log an admin reads and exports must
// not hand that way back to the person once the personuppgifter are erased.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { db } from "@/lib/db";
import * as registrering from "@/app/api/f/[forbund]/insatser/[insatsId]/inskrivningar/route";
import * as raderaRoute from "@/app/api/f/[forbund]/deltagare/[deltagareId]/radera/route";
import * as utdragRoute from "@/app/api/f/[forbund]/deltagare/[deltagareId]/registerutdrag/route";
import * as utdragPdfRoute from "@/app/api/f/[forbund]/deltagare/[deltagareId]/registerutdrag.pdf/route";
import { revealIdentityAction } from "@/lib/actions/deltagare/reveal-identity";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { exportAuditCsv } from "@/lib/server/audit/export-audit-csv";
import { createForbund, createInsats, createMember } from "../factories";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

type Member = Awaited<ReturnType<typeof createMember>>;
let a: Awaited<ReturnType<typeof createForbund>>;
let insatsId: string;
let admin: Member;
let processledare: Member;

beforeAll(async () => {
  a = await createForbund();
  insatsId = (await createInsats(a.id, { matningsmetod: "PERSONUPPGIFTER" })).id;
  const medlem = await db.medlem.create({ data: { forbundId: a.id, namn: "Kommunen", typ: "KOMMUN" } });
  await db.insats.update({ where: { forbundId_id: { forbundId: a.id, id: insatsId } }, data: { puaMedlemId: medlem.id, bitradesavtalDatum: new Date("2024-12-01") } });
  admin = await createMember(a, "ADMIN");
  processledare = await createMember(a, "PROCESSLEDARE");
});

async function registrera(personnummer: string) {
  actAs(processledare.user.id);
  const res = await call(registrering.POST, { forbund: a.slug, insatsId }, {
    body: { startdatum: "2025-03-03", identitet: { personnummer, fornamn: "Nils", efternamn: "Hemlig" }, samtycke: { datum: "2025-03-01", omfattning: "Registrering" } },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  const { deltagareId, inskrivningId } = res.json as { deltagareId: string; inskrivningId: string };
  const { kod } = await db.deltagare.findFirstOrThrow({ where: { forbundId: a.id, id: deltagareId }, select: { kod: true } });
  expect(await revealIdentityAction(a.slug, insatsId, inskrivningId, { skal: "Behöver ringa om ett möte" })).toMatchObject({ ok: true });
  return { deltagareId, inskrivningId, kod };
}

describe("the audit log after an erasure", () => {
  it("no longer shows the erased deltagare's old code, in the list or the CSV export; other deltagare keep theirs", async () => {
    const raderad = await registrera("19800101-9010");
    const kvar = await registrera("19800101-9036");
    // Before the erasure the code is in the log (registration and reveal rows).
    const fore = await listAuditEvents(admin.ctx, { sida: 1 });
    expect(fore.rows.filter((r) => r.details.includes(raderad.kod)).length).toBeGreaterThanOrEqual(2);

    actAs(processledare.user.id);
    expect((await call(raderaRoute.POST, { forbund: a.slug, deltagareId: raderad.deltagareId }, { body: { bekrafta: true } })).status).toBe(200);

    const efter = await listAuditEvents(admin.ctx, { sida: 1 });
    expect(JSON.stringify(efter.rows)).not.toContain(raderad.kod);
    // The rows themselves stay (append-only, accountability): who registered and revealed, and when.
    const omRaderad = efter.rows.filter((r) => r.entityId === raderad.deltagareId || r.details.includes(raderad.deltagareId));
    expect(omRaderad.map((r) => r.action)).toEqual(expect.arrayContaining(["inskrivning.create", "identitet.reveal", "deltagare.radera"]));
    expect(omRaderad.find((r) => r.action === "identitet.reveal")!.details).toContain('"kod":"(raderad)"');
    // A deltagare who was not erased is still findable by code.
    expect(JSON.stringify(efter.rows)).toContain(kvar.kod);

    const { csv } = await exportAuditCsv(admin.ctx, {});
    expect(csv).not.toContain(raderad.kod);
    expect(csv).toContain(kvar.kod);
  });
});

describe("the registerutdrag", () => {
  it("lists the single-use enkät links tied to the person's inskrivning, used or not (JSON and PDF)", async () => {
    const p = await registrera("19800101-9051");
    const enkat = await db.enkat.create({ data: { forbundId: a.id, namn: "Startenkät", respondentgrupp: "DELTAGARE_AVSLUT", createdById: processledare.user.id } });
    const lank = (tokenHash: string, usedAt: Date | null) =>
      db.enkatLank.create({
        data: { forbundId: a.id, enkatId: enkat.id, insatsId, inskrivningId: p.inskrivningId, tidpunkt: "START", tokenHash, batchId: "b1", expiresAt: new Date("2025-04-01T00:00:00Z"), usedAt, createdById: processledare.user.id },
      });
    await lank(`h9-${p.deltagareId}-1`, new Date("2025-03-10"));
    await lank(`h9-${p.deltagareId}-2`, null);

    actAs(processledare.user.id);
    const res = await call(utdragRoute.GET, { forbund: a.slug, deltagareId: p.deltagareId });
    expect(res.status).toBe(200);
    expect(res.json.inskrivningar[0].enkatlankar).toEqual([
      { enkat: "Startenkät", tidpunkt: "START", skapad: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), giltigTill: "2025-04-01", anvand: "2025-03-10" },
      { enkat: "Startenkät", tidpunkt: "START", skapad: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), giltigTill: "2025-04-01", anvand: null },
    ]);
    // No token or its hash leaves the server.
    expect(JSON.stringify(res.json)).not.toContain("h9-");
    const pdf = await call(utdragPdfRoute.GET, { forbund: a.slug, deltagareId: p.deltagareId });
    expect(pdf.status).toBe(200);
  });
});
