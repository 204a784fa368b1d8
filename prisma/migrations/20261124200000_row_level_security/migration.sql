-- Row-level security: the second line of defence behind the application's
-- own forbundId filters (docs/decisions/004-row-level-security.md).
--
-- Tenant work runs inside lib/server/tenant-tx.ts: a transaction that drops to
-- the role insats_app (SET LOCAL ROLE) and sets app.forbund_id. insats_app is
-- not the table owner and has no BYPASSRLS, so every tenant table answers it
-- only with the rows of that förbund, and refuses a write into another one.
-- Without app.forbund_id the policy compares with NULL: nothing is visible.
-- The connection's own role (the owner, running migrations, login and the
-- scheduled retention job) is not subject to the policies: those few system
-- paths are named in lib/db.ts and checked by tests/unit/tenant-db-usage.test.ts.
--
-- Roles are cluster-wide: the role may already exist (another database on
-- the same server, e.g. each fresh test database).
-- Bodies have no literal semicolon (\073 in an E'' string): the migration
-- runner splits statements on every semicolon, even inside quotes.
DO E'BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ''insats_app'') THEN CREATE ROLE insats_app NOLOGIN NOBYPASSRLS\073 END IF\073 END';

-- The connecting role must be a member to SET ROLE (a superuser already may).
DO E'BEGIN IF NOT pg_has_role(current_user, ''insats_app'', ''MEMBER'') THEN EXECUTE format(''GRANT insats_app TO %I'', current_user)\073 END IF\073 END';

GRANT USAGE ON SCHEMA public TO insats_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO insats_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO insats_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO insats_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO insats_app;

-- One call per tenant table: later migrations call it for their new tables.
CREATE FUNCTION "insats_enable_tenant_rls"(tbl text) RETURNS void
LANGUAGE plpgsql AS E'BEGIN EXECUTE format(''ALTER TABLE %I ENABLE ROW LEVEL SECURITY'', tbl)\073 EXECUTE format(''CREATE POLICY tenant_isolation ON %I USING ("forbundId" = current_setting(''''app.forbund_id'''', true)) WITH CHECK ("forbundId" = current_setting(''''app.forbund_id'''', true))'', tbl)\073 END\073';

SELECT "insats_enable_tenant_rls"('Medlem');
SELECT "insats_enable_tenant_rls"('Membership');
SELECT "insats_enable_tenant_rls"('Insats');
SELECT "insats_enable_tenant_rls"('Grupp');
SELECT "insats_enable_tenant_rls"('InsatsTilldelning');
SELECT "insats_enable_tenant_rls"('BudgetPost');
SELECT "insats_enable_tenant_rls"('Finansiering');
SELECT "insats_enable_tenant_rls"('Utfall');
SELECT "insats_enable_tenant_rls"('VolymRegistrering');
SELECT "insats_enable_tenant_rls"('Deltagare');
SELECT "insats_enable_tenant_rls"('DeltagareIdentitet');
SELECT "insats_enable_tenant_rls"('Samtycke');
SELECT "insats_enable_tenant_rls"('Inskrivning');
SELECT "insats_enable_tenant_rls"('Matvariabel');
SELECT "insats_enable_tenant_rls"('Matning');
SELECT "insats_enable_tenant_rls"('Uppfoljning');
SELECT "insats_enable_tenant_rls"('Plan');
SELECT "insats_enable_tenant_rls"('PlanMal');
SELECT "insats_enable_tenant_rls"('Malsattning');
SELECT "insats_enable_tenant_rls"('MalsattningStatus');
SELECT "insats_enable_tenant_rls"('AuditEvent');
SELECT "insats_enable_tenant_rls"('ApiNyckel');
