// Issue 8: first-load JS ≤ 200 kB gzip per route. What got the form pages
// there was keeping a few heavy modules out of the browser's first load; they
// are fetched with import() when needed. One static import from any client
// component (or anything it imports) brings them back into every page that
// renders it, silently. This test follows the static imports from every
// "use client" file and fails on such a path.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");

/** Loaded only with import(): reason in the module that does it. */
const BARA_DYNAMISKT = [
  /^zod(\/|$)/, // components/forms/lazy-zod-resolver.ts
  /^@hookform\/resolvers\/zod$/,
  /^sonner$/, // components/ui/toast.ts
  /^next-auth\/react$/, // components/layout/user-menu.tsx
  /^components\/ui\/alert-dialog-radix\.tsx$/, // components/ui/alert-dialog.tsx
  /^components\/ui\/data-table-columns-dropdown\.tsx$/, // components/ui/data-table-columns-menu.tsx
];

function filer(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filer(full);
    return /\.tsx?$/.test(e.name) && !/\.test\./.test(e.name) ? [full] : [];
  });
}

function losLokal(fran: string, spec: string): string | null {
  const bas = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(fran), spec);
  for (const kandidat of [bas, `${bas}.ts`, `${bas}.tsx`, path.join(bas, "index.ts"), path.join(bas, "index.tsx")]) {
    if (fs.existsSync(kandidat) && fs.statSync(kandidat).isFile()) return kandidat;
  }
  return null;
}

/** The specifiers a file imports for their values (type-only imports and import() left out). */
function statiskaImporter(fil: string): string[] {
  const sf = ts.createSourceFile(fil, fs.readFileSync(fil, "utf8"), ts.ScriptTarget.Latest, false, fil.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const ut: string[] = [];
  for (const s of sf.statements) {
    if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier)) {
      const c = s.importClause;
      const baraTyper =
        c !== undefined &&
        (c.isTypeOnly ||
          (!c.name && c.namedBindings !== undefined && ts.isNamedImports(c.namedBindings) && c.namedBindings.elements.length > 0 && c.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!baraTyper) ut.push(s.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(s) && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier) && !s.isTypeOnly) {
      ut.push(s.moduleSpecifier.text);
    }
  }
  return ut;
}

const direktiv = (fil: string) => /^\s*(?:\/\/[^\n]*\n\s*)*["']use (client|server)["']/.exec(fs.readFileSync(fil, "utf8"))?.[1];

describe("client bundles", () => {
  const klientFiler = [...filer(path.join(ROOT, "components")), ...filer(path.join(ROOT, "app"))].filter((f) => direktiv(f) === "client");

  it("finds the client components", () => {
    expect(klientFiler.length).toBeGreaterThan(50);
  });

  it("reach zod, sonner, next-auth/react and the radix menu/dialog only through import()", () => {
    const fel: string[] = [];
    for (const start of klientFiler) {
      const sett = new Set<string>();
      const ko: { fil: string; via: string[] }[] = [{ fil: start, via: [] }];
      while (ko.length) {
        const { fil, via } = ko.pop()!;
        if (sett.has(fil)) continue;
        sett.add(fil);
        // A server action is a reference in the browser; its imports stay on the server.
        if (fil !== start && direktiv(fil) === "server") continue;
        const kedja = [...via, path.relative(ROOT, fil)];
        for (const spec of statiskaImporter(fil)) {
          const lokal = spec.startsWith(".") || spec.startsWith("@/") ? losLokal(fil, spec) : null;
          const namn = lokal ? path.relative(ROOT, lokal) : spec;
          if (BARA_DYNAMISKT.some((r) => r.test(namn))) fel.push(`${[...kedja, namn].join(" → ")}`);
          else if (lokal) ko.push({ fil: lokal, via: kedja });
        }
      }
    }
    expect([...new Set(fel)]).toEqual([]);
  });
});
