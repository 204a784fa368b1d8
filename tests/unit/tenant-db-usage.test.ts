// Row-level security binds only code that runs inside withTenantTx
// (lib/server/tenant-tx.ts: role insats_app + app.forbund_id). The plain
// `db` of lib/db.ts connects as the table owner and sees every förbund, so it
// is kept for a few named system paths. This test fails for any other file of
// the app that takes `db` (or anything but types) from lib/db
// (docs/decisions/004-row-level-security.md).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const SCANNED = ["lib", "app", "components"];

/** Every file allowed to use the plain, owner-level `db` — and why. */
const SYSTEM_PATHS: Record<string, string> = {
  "lib/server/tenant-tx.ts": "opens the tenant transaction itself (SET LOCAL ROLE insats_app, app.forbund_id)",
  "lib/auth/authenticate.ts": "login: looks up the account by e-mail before any förbund is known",
  "lib/auth/oidc-user.ts": "login: maps an OIDC identity to an account before any förbund is known",
  "lib/auth/require-user.ts": "the signed-in user's own account (User has no forbundId)",
  "lib/auth/resolve-tenant.ts": "turns session + slug into the tenant context: reads the user's membership before the förbund is trusted",
  "lib/server/user/list-memberships.ts": "landing page and förbund picker: the user's memberships across förbund",
  "lib/server/apinycklar/resolve-api-nyckel.ts": "finds an API key by its token hash before the förbund is known",
  "lib/server/login/check-login-throttle.ts": "login throttle: counts failed attempts per account and address, before login",
  "lib/server/login/record-login-attempt.ts": "login throttle and login audit rows (forbundId NULL: a login belongs to no förbund)",
  "lib/server/konto/change-password.ts": "the user's own password (User has no forbundId)",
  "lib/server/konto/sign-out-everywhere.ts": "the user's own sessions (User has no forbundId)",
  "lib/server/enkat/find-lank-forbund.ts": "public survey link: finds which förbund a token hash belongs to, before the förbund is known",
  "lib/server/enkat/token-throttle.ts": "public survey link: throttles refused tokens per address (a refused token names no förbund)",
  "lib/server/gdpr/run-gallring.ts": "scheduled retention job: lists every förbund, then erases each one inside its own withTenantTx",
};

const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const TEST = /\.(test|spec)\.(ts|tsx)$/;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...files(full));
    else if (SOURCE.test(name) && !TEST.test(name)) out.push(full);
  }
  return out;
}

const DB_MODULE = String.raw`(?:@\/lib\/db|(?:\.\.?\/)+(?:lib\/)?db)`;
const STATIC_IMPORT = new RegExp(String.raw`(?:^|\n)\s*(import|export)\s+(type\s+)?([^;]*?)\s+from\s+["']${DB_MODULE}["']`, "g");
const DYNAMIC_IMPORT = new RegExp(String.raw`import\(\s*["']${DB_MODULE}["']\s*\)|require\(\s*["']${DB_MODULE}["']\s*\)`);

/** True when an import from lib/db brings in a value (db), not only types. */
function importsDbValue(source: string): boolean {
  if (DYNAMIC_IMPORT.test(source)) return true;
  for (const m of source.matchAll(STATIC_IMPORT)) {
    if (m[2]) continue; // import type { … }
    const clause = m[3]!.trim();
    const named = /^\{([\s\S]*)\}$/.exec(clause);
    if (!named) return true; // default or namespace import, export *
    const specifiers = named[1]!.split(",").map((s) => s.trim()).filter(Boolean);
    if (specifiers.some((s) => !s.startsWith("type "))) return true;
  }
  return false;
}

describe("tenant database access goes through withTenantTx", () => {
  const scanned = SCANNED.flatMap((d) => files(path.join(ROOT, d))).map((f) => path.relative(ROOT, f).split(path.sep).join("/"));
  const users = scanned.filter((f) => f !== "lib/db.ts" && importsDbValue(readFileSync(path.join(ROOT, f), "utf8")));

  it("finds the files it is meant to scan", () => {
    expect(scanned.length).toBeGreaterThan(100);
    expect(scanned).toContain("lib/server/tenant-tx.ts");
  });

  it("lets only the named system paths use the plain db", () => {
    const unexpected = users.filter((f) => !(f in SYSTEM_PATHS));
    // A new file here: run its queries in withTenantTx(ctx.forbundId, (tx) => …),
    // or, if it truly is a system path, add it to SYSTEM_PATHS with its reason.
    expect(unexpected).toEqual([]);
  });

  it("has no stale entries in the list of system paths", () => {
    expect(Object.keys(SYSTEM_PATHS).filter((f) => !users.includes(f))).toEqual([]);
  });

  it("gives every system path a one-line reason", () => {
    for (const [file, reason] of Object.entries(SYSTEM_PATHS)) {
      expect(reason.length, file).toBeGreaterThan(20);
      expect(reason, file).not.toContain("\n");
    }
  });

  it("tells value imports from type-only imports", () => {
    expect(importsDbValue(`import { db } from "@/lib/db";`)).toBe(true);
    expect(importsDbValue(`import { db, type Tx } from "@/lib/db";`)).toBe(true);
    expect(importsDbValue(`import { db as prisma } from "../../lib/db";`)).toBe(true);
    expect(importsDbValue(`const { db } = await import("@/lib/db");`)).toBe(true);
    expect(importsDbValue(`import * as d from "@/lib/db";`)).toBe(true);
    expect(importsDbValue(`import type { Tx } from "@/lib/db";`)).toBe(false);
    expect(importsDbValue(`import { type Tx } from "@/lib/db";`)).toBe(false);
    expect(importsDbValue(`import { db } from "@/lib/dbx";`)).toBe(false);
  });
});
