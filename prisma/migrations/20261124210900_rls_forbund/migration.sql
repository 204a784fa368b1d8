-- Row-level security on "Forbund" itself (review, helper 9). The table has no
-- forbundId column (its id is the förbund), so insats_enable_tenant_rls does
-- not fit it and migration 20261124200000 left it open: a tenant transaction
-- could read every förbund's settings and change another förbund's
-- minCellStorlek (the board's suppression threshold) or gallringManader.
-- Now it sees and writes only its own row. The owner (login, the förbund
-- picker, the scheduled gallring that lists every förbund) is not bound.
ALTER TABLE "Forbund" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Forbund" USING ("id" = current_setting('app.forbund_id', true)) WITH CHECK ("id" = current_setting('app.forbund_id', true));
