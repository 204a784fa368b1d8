// Static analysis for tests/unit/klient-texter.test.ts: which message namespaces the client
// components reachable from a route file read, so that a page cannot render a client component
// whose texts its NextIntlClientProvider does not carry (the browser would show a raw key).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = path.resolve(import.meta.dirname, "../..");

type FilInfo = { klient: boolean; importer: string[]; namnrymder: Set<string>; fel: string[]; deklarerade: Set<string> };
const cache = new Map<string, FilInfo>();

function resolve(fran: string, spec: string): string | undefined {
  let bas: string;
  if (spec.startsWith("@/")) bas = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) bas = path.resolve(path.dirname(fran), spec);
  else return undefined;
  for (const kandidat of [bas, `${bas}.tsx`, `${bas}.ts`, path.join(bas, "index.tsx"), path.join(bas, "index.ts")]) {
    if (existsSync(kandidat) && /\.tsx?$/.test(kandidat)) return kandidat;
  }
  return undefined;
}

/** The literal start of a key argument ("a.b", `a.${x}`), or undefined when it is computed. */
function nyckelStart(arg: ts.Expression | undefined): string | undefined {
  if (!arg) return undefined;
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return arg.text;
  if (ts.isTemplateExpression(arg)) return arg.head.text;
  return undefined;
}

function analysera(fil: string): FilInfo {
  const hit = cache.get(fil);
  if (hit) return hit;
  const text = readFileSync(fil, "utf8");
  const sf = ts.createSourceFile(fil, text, ts.ScriptTarget.Latest, true, fil.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const info: FilInfo = { klient: false, importer: [], namnrymder: new Set(), fel: [], deklarerade: new Set() };
  const forsta = sf.statements[0];
  info.klient = !!forsta && ts.isExpressionStatement(forsta) && ts.isStringLiteral(forsta.expression) && forsta.expression.text === "use client";
  const rotOversattare = new Set<string>();
  const rad = (n: ts.Node) => `${path.relative(root, fil)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;

  const besok = (n: ts.Node) => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      const typOnly = ts.isImportDeclaration(n) ? n.importClause?.isTypeOnly : n.isTypeOnly;
      const r = typOnly ? undefined : resolve(fil, n.moduleSpecifier.text);
      if (r) info.importer.push(r);
    }
    if (ts.isCallExpression(n)) {
      // import("…"), also inside next/dynamic
      if (n.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const r = nyckelStart(n.arguments[0]) !== undefined ? resolve(fil, nyckelStart(n.arguments[0])!) : undefined;
        if (r) info.importer.push(r);
      }
      if (ts.isIdentifier(n.expression) && n.expression.text === "useTranslations") {
        const arg = n.arguments[0];
        if (!arg) {
          const parent = n.parent;
          if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) rotOversattare.add(parent.name.text);
          else info.fel.push(`${rad(n)}: useTranslations() utan namnrymd måste tilldelas en variabel`);
        } else {
          const start = nyckelStart(arg);
          if (start === undefined || ts.isTemplateExpression(arg)) info.fel.push(`${rad(n)}: useTranslations med beräknad namnrymd`);
          else info.namnrymder.add(start);
        }
      }
      // <KlientTexter ns={[…]}> is JSX; its list is read below.
    }
    if ((ts.isJsxOpeningElement(n) || ts.isJsxSelfClosingElement(n)) && n.tagName.getText() === "KlientTexter") {
      for (const a of n.attributes.properties) {
        if (ts.isJsxAttribute(a) && a.name.getText() === "ns" && a.initializer && ts.isJsxExpression(a.initializer) && a.initializer.expression && ts.isArrayLiteralExpression(a.initializer.expression)) {
          for (const e of a.initializer.expression.elements) {
            if (ts.isStringLiteral(e)) info.deklarerade.add(e.text);
            else info.fel.push(`${rad(e)}: KlientTexter ns måste vara strängar`);
          }
        }
      }
    }
    ts.forEachChild(n, besok);
  };
  besok(sf);

  // Calls on a root translator: t("ns.key"), t.rich(…), t.has(…); the namespace is the key's first segment.
  if (rotOversattare.size > 0) {
    const anrop = (n: ts.Node) => {
      if (ts.isCallExpression(n)) {
        const callee = n.expression;
        const namn = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) ? callee.expression.text : undefined;
        if (namn && rotOversattare.has(namn)) {
          const start = nyckelStart(n.arguments[0]);
          if (start === undefined || !start.includes(".")) info.fel.push(`${rad(n)}: nyckel utan bokstavlig namnrymd i ${namn}(…)`);
          else info.namnrymder.add(start.slice(0, start.indexOf(".")));
        }
      }
      ts.forEachChild(n, anrop);
    };
    anrop(sf);
  }
  cache.set(fil, info);
  return info;
}

/**
 * The namespaces read in the browser by what `fil` renders: the useTranslations of every client
 * component reachable through its imports (a file imported by a "use client" file is a client
 * file too). Server components' own texts are resolved on the server and are not counted.
 */
export function klientNamnrymder(fil: string): { namnrymder: Set<string>; fel: string[]; klientfiler: Set<string> } {
  const namnrymder = new Set<string>();
  const fel: string[] = [];
  const klientfiler = new Set<string>();
  const sedd = new Set<string>();
  const ga = (f: string, iKlient: boolean) => {
    const nyckel = `${iKlient}:${f}`;
    if (sedd.has(nyckel)) return;
    sedd.add(nyckel);
    const info = analysera(f);
    const klient = iKlient || info.klient;
    if (klient) {
      klientfiler.add(path.relative(root, f));
      for (const n of info.namnrymder) namnrymder.add(n);
      fel.push(...info.fel);
    }
    for (const i of info.importer) ga(i, klient);
  };
  ga(path.resolve(root, fil), false);
  return { namnrymder, fel, klientfiler };
}

/** The namespaces a route file hands to its subtree with <KlientTexter ns={[…]}>. */
export function deklareradeNamnrymder(fil: string): Set<string> {
  return analysera(path.resolve(root, fil)).deklarerade;
}

/** Whether namespace `behov` ("a.b") is carried by a provider holding `har` ("a" or "a.b"). */
export function tacks(behov: string, har: Iterable<string>): boolean {
  for (const h of har) if (behov === h || behov.startsWith(`${h}.`)) return true;
  return false;
}

const ROUTFIL = /^(page|layout|error|not-found|forbidden|unauthorized|loading|template|global-error|default)\.tsx$/;

/** Every file under app/ that Next renders as part of a route. */
export function routfiler(dir = "app"): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(dir, d.name);
    if (d.isDirectory()) return routfiler(rel);
    return ROUTFIL.test(d.name) ? [rel] : [];
  });
}
