// npm run gallring [-- --dry-run] [--forbund <slug>]… [--idag YYYY-MM-DD]
//
// Retention (gallring): for every förbund, erases the personuppgifter of
// deltagare whose every inskrivning ended longer ago than the förbund's period
// (Forbund.gallringManader). Idempotent: a second run erases 0. Prints one line
// per förbund. Exit codes: 0 all förbund done, 1 at least one failed (the rest
// still ran), 2 wrong arguments or no DATABASE_URL. Schedule it daily, e.g.
//   15 2 * * *  cd /srv/insatsportalen && DATABASE_URL=… npm run gallring >> /var/log/insats-gallring.log 2>&1
import { register } from "node:module";

const args = process.argv.slice(2);
const slugs: string[] = [];
let torrkorning = false;
let idag: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--dry-run") torrkorning = true;
  else if (a === "--forbund" && args[i + 1]) slugs.push(args[++i]!);
  else if (a === "--idag" && /^\d{4}-\d{2}-\d{2}$/.test(args[i + 1] ?? "")) idag = args[++i];
  else {
    console.error(`gallring: okänt argument "${a}". Användning: npm run gallring -- [--dry-run] [--forbund <slug>] [--idag ÅÅÅÅ-MM-DD]`);
    process.exit(2);
  }
}
if (!process.env.DATABASE_URL) {
  console.error("gallring: DATABASE_URL saknas (ange databasen som appen använder)");
  process.exit(2);
}

// lib/server imports "server-only", which throws outside a React server bundle; here it is an empty module.
const hook = `export async function resolve(s, c, n) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : n(s, c); }`;
register(`data:text/javascript,${encodeURIComponent(hook)}`, import.meta.url);

const { runGallring, formatGallringRad } = await import("@/lib/server/gdpr/run-gallring");
const { db } = await import("@/lib/db");
try {
  const korningar = await runGallring({ torrkorning, slugs, ...(idag ? { idag } : {}) });
  for (const k of korningar) (k.fel ? console.error : console.log)(formatGallringRad(k));
  process.exitCode = korningar.some((k) => k.fel) ? 1 : 0;
} catch (error) {
  console.error(`gallring: FEL ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
