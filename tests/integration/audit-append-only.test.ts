import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { createForbund } from "../factories";

let forbundId: string;
let eventId: bigint;

beforeAll(async () => {
  forbundId = (await createForbund()).id;
  await recordAudit(db, { forbundId, action: "test.append-only", details: { n: 1 } });
  eventId = (await db.auditEvent.findFirstOrThrow({ where: { forbundId, action: "test.append-only" } })).id;
});

describe("the audit log is append-only", () => {
  it("refuses UPDATE through raw SQL and keeps the row as it was", async () => {
    await expect(db.$executeRawUnsafe(`UPDATE "AuditEvent" SET action = 'forfalskad' WHERE id = $1`, eventId)).rejects.toThrow(/append-only/);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: eventId } })).action).toBe("test.append-only");
  });

  it("refuses DELETE through raw SQL", async () => {
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = $1`, eventId)).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count({ where: { id: eventId } })).toBe(1);
  });

  it("refuses TRUNCATE", async () => {
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count({ where: { id: eventId } })).toBe(1);
  });

  it("refuses update and delete through the Prisma client too", async () => {
    await expect(db.auditEvent.update({ where: { id: eventId }, data: { action: "x" } })).rejects.toThrow();
    await expect(db.auditEvent.deleteMany({ where: { forbundId } })).rejects.toThrow();
    expect(await db.auditEvent.count({ where: { forbundId } })).toBe(1);
  });

  it("refuses even a session that tries to switch the check off", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`SELECT set_config('insatsportalen.allow_audit_purge', 'on', true)`);
        await tx.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = $1`, eventId);
      }),
    ).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count({ where: { id: eventId } })).toBe(1);
  });

  it("keeps a förbund with audit events from being deleted", async () => {
    await expect(db.forbund.delete({ where: { id: forbundId } })).rejects.toThrow();
    expect(await db.forbund.count({ where: { id: forbundId } })).toBe(1);
  });

  it("still accepts new rows", async () => {
    await recordAudit(db, { forbundId, action: "test.append-only.second" });
    expect(await db.auditEvent.count({ where: { forbundId } })).toBe(2);
  });
});
