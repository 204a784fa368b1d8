-- The accounts behind the förbund wall (review, helper 9,
-- tests/integration/rls-user.test.ts). "User" has no forbundId (an account may
-- belong to several förbund), so migration 20261124200000 left it open to
-- insats_app: a tenant session could change any account of any förbund
-- (passwordHash, email, aktiv) - a takeover one step away.
-- Now a tenant session may read accounts (names in logs and lists, and the
-- invitation that finds an existing account by e-mail) and create one (an
-- invitation), but change only an account that is a member of its own förbund
-- (Membership is itself under row-level security), and delete none.
-- The owner (login, password change, sign out everywhere) is not bound.
ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
CREATE POLICY user_read ON "User" FOR SELECT USING (true);
CREATE POLICY user_invite ON "User" FOR INSERT WITH CHECK (true);
CREATE POLICY user_member_update ON "User" FOR UPDATE USING (EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = "User"."id" AND m."forbundId" = current_setting('app.forbund_id', true)));

-- Login throttling is a system path only (lib/server/login): a tenant session
-- has no business reading or erasing failed attempts.
REVOKE ALL ON "LoginAttempt" FROM insats_app;
