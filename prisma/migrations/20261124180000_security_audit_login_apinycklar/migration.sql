-- Issue 7: append-only audit log, login throttling, API keys.

-- The audit log is append-only (DESIGN.md §5, issue 7): a row, once written,
-- is never changed or removed — not by the application, an injected query or
-- a slip in a maintenance script. There is deliberately no session setting
-- that lets a purge through: the demo reset (prisma/seed --force) only ever
-- runs on fresh test databases, where there is nothing to purge. Removing an
-- audit row takes a migration that drops this trigger, which is reviewed.
-- The body has no literal semicolon (\073 is one, in an E'' string): the
-- migration runner over the driver adapter splits statements on every
-- semicolon, even inside quotes or $$ bodies.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN RAISE EXCEPTION ''AuditEvent är append-only: % är inte tillåtet'', TG_OP USING ERRCODE = ''insufficient_privilege''\073 END\073';

CREATE TRIGGER "AuditEvent_no_update_delete"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiNyckel" (
    "forbundId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "namn" TEXT NOT NULL,
    "roll" "Role" NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiNyckel_pkey" PRIMARY KEY ("forbundId","id")
);

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiNyckel_tokenHash_key" ON "ApiNyckel"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiNyckel_forbundId_createdAt_idx" ON "ApiNyckel"("forbundId", "createdAt");

-- AddForeignKey
ALTER TABLE "ApiNyckel" ADD CONSTRAINT "ApiNyckel_forbundId_fkey" FOREIGN KEY ("forbundId") REFERENCES "Forbund"("id") ON DELETE CASCADE ON UPDATE CASCADE;

