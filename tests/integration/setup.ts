// Integration tests run against the fresh, migrated database that
// scripts/with-test-db.mjs created (PostgreSQL from DATABASE_URL, or PGlite).
if (!process.env.DATABASE_URL) {
  throw new Error("Integrationstesterna körs med `npm run test:integration`, som skapar en testdatabas.");
}
