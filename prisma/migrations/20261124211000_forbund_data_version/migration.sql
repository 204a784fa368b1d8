-- Per-förbund data version (issue 8, result cache). withTenantTx bumps it in
-- the same transaction as any write of the förbund, so a cached figure keyed
-- by (förbund, dataVersion) can never be served after its data changed.
-- The tenant_isolation policy of 20261124210900 already lets insats_app
-- update only its own förbund row.
ALTER TABLE "Forbund" ADD COLUMN "dataVersion" INTEGER NOT NULL DEFAULT 0;
