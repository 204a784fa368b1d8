// Throws malformed, oversized, wrongly-typed and hostile input at every API
// route of a förbund (found from the app's files), as a caller who is allowed
// to use it: never a 5xx, always a JSON error with a message, and a refused
// request leaves no trace in the audit log (every write is audited, so
// nothing was written).
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { createAccessFixture, valueFor, type AccessFixture } from "./support/access-fixture";
import { db } from "@/lib/db";
import { routeInventory } from "@/tests/access/inventory";
import { EXPECTATIONS, type RolePersona } from "@/tests/access/expectations";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const HOSTILE = [
  `'; DROP TABLE "Insats"; --`,
  `" OR 1=1 --`,
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "\u0000",
  "\ud800",
  "../../etc/passwd",
  "${jndi:ldap://x}",
  "NaN",
  "-1",
  "1e309",
  "2026-02-30",
  "9999-99-99",
  "   ",
  "null",
];
// Field names the schemas use, so that generated objects reach past the first check.
const FIELDS = [
  "namn", "insatstyp", "status", "startdatum", "slutdatum", "version", "typ", "kategori", "text", "definition",
  "kon", "fodelsear", "personnummer", "samtycke", "matningar", "avslut", "avslutsdatum", "uppfoljning", "status",
  "belopp", "ar", "kalla", "period", "userIds", "gruppId", "veckor", "planeradStorlek", "antal", "kvinnor", "man",
];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 }));
const { value: hostileValue } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...FIELDS), tie("value"), { maxKeys: 4 }),
  ),
}));
const hostileBody: fc.Arbitrary<string> = fc.oneof(
  fc.json(),
  hostileString,
  hostileValue.map((v) => JSON.stringify(v) ?? "null"),
  fc.dictionary(fc.constantFrom(...FIELDS), hostileValue, { maxKeys: 8 }).map((v) => JSON.stringify(v)),
);
const QUERY_KEYS = ["ar", "format", "manad", "fran", "till", "from", "to", "grupp", "dryRun", "period", "status", "insatstyp"];
const hostileQuery = fc
  .dictionary(fc.constantFrom(...QUERY_KEYS), hostileString, { maxKeys: 4 })
  .map((q) => new URLSearchParams(q).toString());

let fixture: AccessFixture;
beforeAll(async () => {
  fixture = await createAccessFixture();
});

const routes = routeInventory().filter((r) => r.pattern.startsWith("/api/f/"));
const PREFERRED: RolePersona[] = ["processledare", "admin", "vagledare", "styrelse"];

function callerFor(key: string): RolePersona {
  const row = EXPECTATIONS[key];
  // A DELETE or PATCH of a sub-record is probed with an id that does not exist: the allowed caller's answer is 404.
  const persona = PREFERRED.find((p) => row?.[p] === "ok" || row?.[p] === "invalid" || (/^(DELETE|PATCH) /.test(key) && row?.[p] === "notFound"));
  if (!persona) throw new Error(`${key}: ingen roll får använda routen enligt tests/access/expectations.ts`);
  return persona;
}

async function expectCleanError(res: { status: number; json: Record<string, unknown> }) {
  expect(res.status, JSON.stringify(res.json).slice(0, 300)).toBeLessThan(500);
  if (res.status >= 400) expect(typeof (res.json.error as { message?: unknown } | undefined)?.message).toBe("string");
}

describe.each(routes)("$key", (route) => {
  const load = async () => {
    const mod = await import(route.file);
    const params = Object.fromEntries([...route.pattern.matchAll(/\[(\w+)\]/g)].map(([, n]) => [n!, valueFor(n!, fixture.assigned)]));
    actAs(fixture.users.get(callerFor(route.key))!);
    return { handler: mod[route.method], params };
  };
  const audits = () => db.auditEvent.count({ where: { forbundId: fixture.forbundId } });

  if (route.method === "GET") {
    it("answers hostile query strings without a server error", async () => {
      const { handler, params } = await load();
      await fc.assert(
        fc.asyncProperty(hostileQuery, async (query) => {
          await expectCleanError(await call(handler, params, { method: "GET", url: `http://localhost/api/x?${query}` }));
        }),
        { numRuns: 25 },
      );
    }, 120_000);
    return;
  }

  it("refuses hostile bodies with a clear JSON error and writes nothing", async () => {
    const { handler, params } = await load();
    await fc.assert(
      fc.asyncProperty(hostileBody, async (body) => {
        const before = await audits();
        const res = await call(handler, params, { method: route.method, rawBody: body });
        await expectCleanError(res);
        if (res.status >= 400) expect(await audits()).toBe(before);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("refuses a 10 MB body and invalid UTF-8 without a server error", async () => {
    const { handler, params } = await load();
    await expectCleanError(await call(handler, params, { method: route.method, rawBody: JSON.stringify({ namn: "x".repeat(10_000_000) }) }));
    await expectCleanError(await call(handler, params, { method: route.method, rawBody: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) }));
  }, 60_000);
});
