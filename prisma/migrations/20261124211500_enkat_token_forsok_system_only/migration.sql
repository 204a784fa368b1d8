-- Refused answer-link tokens are throttled on the public answer page, before
-- any förbund is known: a system path on the owner connection
-- (lib/server/enkat/token-throttle.ts). The application role has no use for
-- the table, so a tenant session can neither read who tried nor clear the count.
REVOKE ALL ON "EnkatTokenForsok" FROM insats_app;
REVOKE ALL ON SEQUENCE "EnkatTokenForsok_id_seq" FROM insats_app;
