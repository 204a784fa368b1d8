-- insats_memberships_elsewhere runs as the owner (SECURITY DEFINER). Its fixed
-- search_path left out pg_temp, and PostgreSQL then searches the session's
-- temporary schema first: insats_app may create temporary tables, so a tenant
-- session could shadow "Membership" with its own and make the count 0 (review,
-- helper 9, tests/integration/security-definer-search-path.test.ts).
-- pg_temp is now named last and the table is schema-qualified. CREATE OR
-- REPLACE keeps the grants (EXECUTE for insats_app only).
CREATE OR REPLACE FUNCTION "insats_memberships_elsewhere"(user_id text, forbund_id text) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS 'SELECT count(*)::int FROM public."Membership" WHERE "userId" = user_id AND "forbundId" <> forbund_id';
