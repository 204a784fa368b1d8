// Backup and restore of the database in DATABASE_URL with PostgreSQL's own tools.
//   npm run db:backup -- backup.dump      pg_dump, custom format (compressed, restorable per table)
//   npm run db:restore -- backup.dump     pg_restore into DATABASE_URL (an empty database)
// The embedded development database (PGlite) is PostgreSQL 17 and is backed up
// by copying .data/ while the app is stopped; these commands are for servers.
import { mustRun } from "./lib/run.mjs";

const [command, file] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
if (!url || !file || !["backup", "restore"].includes(command)) {
  console.error("Användning: DATABASE_URL=… node scripts/backup.mjs backup|restore <fil>");
  process.exit(2);
}

if (command === "backup") {
  await mustRun("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, url]);
  console.log(`Säkerhetskopia skriven till ${file}`);
} else {
  // --single-transaction: a restore that fails half-way leaves the target empty, not half-filled.
  await mustRun("pg_restore", ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${url}`, file]);
  console.log(`Återställd från ${file}`);
}
