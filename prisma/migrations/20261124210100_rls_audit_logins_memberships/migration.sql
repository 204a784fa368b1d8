-- Two rules of the application that cross the förbund wall, now also true
-- for the role insats_app (docs/decisions/004-row-level-security.md).
--
-- 1. An admin's audit log lists the förbund's own events and the logins of
--    its current members (login rows belong to no förbund, forbundId NULL).
--    Reading follows the same rule. Writing stays strict: a tenant
--    transaction can only insert rows of its own förbund, never a NULL one.
ALTER POLICY tenant_isolation ON "AuditEvent" USING ("forbundId" = current_setting('app.forbund_id', true) OR ("forbundId" IS NULL AND "userId" IN (SELECT m."userId" FROM "Membership" m WHERE m."forbundId" = current_setting('app.forbund_id', true))));

-- 2. An admin may only deactivate an account that belongs to no other
--    förbund. insats_app cannot see other förbund's memberships, so this one
--    count runs as the owner (SECURITY DEFINER) and returns only a number.
CREATE FUNCTION "insats_memberships_elsewhere"(user_id text, forbund_id text) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS 'SELECT count(*)::int FROM "Membership" WHERE "userId" = user_id AND "forbundId" <> forbund_id';

REVOKE ALL ON FUNCTION "insats_memberships_elsewhere"(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION "insats_memberships_elsewhere"(text, text) TO insats_app;
