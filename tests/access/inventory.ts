// The route inventory, read from the app's own files so that a new page or
// API route cannot be left out of the access matrix (tests/e2e/access-matrix.spec.ts).
import fs from "node:fs";
import path from "node:path";

export type RouteEntry = { key: string; method: string; pattern: string; kind: "page" | "api"; file: string };

const APP_DIR = path.join(process.cwd(), "app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
// Outside any förbund: login, next-auth's own handler, the förbund picker, the
// root redirect, public documents, the public enkät answer page /e/[token]
// (no login: the single-use token is the credential) and the user's own account (/konto). They
// are covered by their own tests.
const OUTSIDE_TENANT = /^\/(login|api\/auth|valj-forbund|api\/openapi\.json|e\/|konto(\/|$))|^\/$/;

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? walk(full) : [full];
  });
}

/** app/(auth)/f/[forbund]/x/page.tsx → /f/[forbund]/x (route groups dropped). */
export function toPattern(file: string): string {
  const rel = path.relative(APP_DIR, path.dirname(file)).split(path.sep);
  const segments = rel.filter((s) => s && !(s.startsWith("(") && s.endsWith(")")));
  return "/" + segments.join("/");
}

export function exportedMethods(source: string): string[] {
  return METHODS.filter((m) => new RegExp(`export\\s+(const|async\\s+function|function)\\s+${m}\\b`).test(source));
}

export function routeInventory(): RouteEntry[] {
  const entries: RouteEntry[] = [];
  for (const file of walk(APP_DIR)) {
    const base = path.basename(file);
    if (base !== "page.tsx" && base !== "route.ts") continue;
    const pattern = toPattern(file);
    if (OUTSIDE_TENANT.test(pattern)) continue;
    if (base === "page.tsx") entries.push({ key: `PAGE ${pattern}`, method: "GET", pattern, kind: "page", file });
    else for (const method of exportedMethods(fs.readFileSync(file, "utf8"))) entries.push({ key: `${method} ${pattern}`, method, pattern, kind: "api", file });
  }
  return entries.sort((a, b) => a.key.localeCompare(b.key));
}
