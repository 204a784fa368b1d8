// The server-action inventory, read from lib/actions so that a new action
// cannot be left out of the access matrix (tests/integration/action-matrix.test.ts).
import fs from "node:fs";
import path from "node:path";

export type ActionEntry = { name: string; file: string; params: string[] };

const ACTIONS_DIR = path.join(process.cwd(), "lib", "actions");
// Not tied to a förbund: the language choice is a cookie for anyone; the
// konto actions act on the caller's own account only (tests/integration/konto.test.ts).
// submitEnkatSvarAction is the public answer page's: its token is the credential (tests/integration/enkat-svar.test.ts).
const OUTSIDE_TENANT = new Set(["setLocaleAction", "changePasswordAction", "signOutEverywhereAction", "submitEnkatSvarAction"]);

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? walk(full) : full.endsWith(".ts") && !full.endsWith(".test.ts") ? [full] : [];
  });
}

/** `export async function fooAction(forbund: string, insatsId: unknown, …)` → { name, params }. */
export function actionsIn(source: string): { name: string; params: string[] }[] {
  const found: { name: string; params: string[] }[] = [];
  for (const m of source.matchAll(/export\s+async\s+function\s+(\w+Action)\s*\(([\s\S]*?)\)\s*:/g)) {
    const params = m[2]!
      .split(",")
      .map((p) => p.trim().split(/[?:\s=]/)[0]!)
      .filter(Boolean);
    found.push({ name: m[1]!, params });
  }
  return found;
}

export function actionInventory(): ActionEntry[] {
  return walk(ACTIONS_DIR)
    .flatMap((file) => actionsIn(fs.readFileSync(file, "utf8")).map((a) => ({ ...a, file })))
    .filter((a) => !OUTSIDE_TENANT.has(a.name))
    .sort((a, b) => a.name.localeCompare(b.name));
}
