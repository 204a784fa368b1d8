// The access matrix for API keys (issue 7): every API route of a förbund
// (found from the app's files) is called with an `Authorization: Bearer` key of
// each role a key may have, a key of another förbund, a revoked key and an
// expired key, and the answer is compared with tests/access/expectations.ts
// (keyExpectation). Writes send an empty JSON body, as in the e2e matrix: an
// allowed key gets 400, a refused one must be stopped before validation.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { UNKNOWN_ID } from "./support/access-fixture";
import { db } from "@/lib/db";
import { generateApiToken } from "@/lib/server/apinycklar/token";
import { routeInventory } from "@/tests/access/inventory";
import { KEY_PERSONAS, KEY_ROLE, keyExpectation, type KeyPersona } from "@/tests/access/expectations";
import { createDeltagareMedInskrivning, createForbund, createInsats, createMember } from "../factories";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

type Caller = KeyPersona | "nyckelAnnatForbund" | "nyckelAterkallad" | "nyckelUtgangen" | "nyckelAterkalladMedSession";
const tokens = new Map<Caller, string>();
let params: Record<string, string>;
let adminUserId: string;

async function key(forbundId: string, createdById: string, roll: "ADMIN" | "PROCESSLEDARE" | "STYRELSE", extra: { revokedAt?: Date; expiresAt?: Date } = {}) {
  const { token, prefix, tokenHash } = generateApiToken();
  await db.apiNyckel.create({
    data: { forbundId, namn: `Matris ${roll}`, roll, prefix, tokenHash, createdById, expiresAt: extra.expiresAt ?? new Date(Date.now() + 86_400_000), revokedAt: extra.revokedAt ?? null },
  });
  return token;
}

beforeAll(async () => {
  const a = await createForbund();
  const b = await createForbund();
  const insats = await createInsats(a.id);
  const { deltagare, inskrivning } = await createDeltagareMedInskrivning(a.id, insats.id);
  adminUserId = (await createMember(a, "ADMIN")).user.id;
  const adminB = (await createMember(b, "ADMIN")).user.id;
  for (const persona of KEY_PERSONAS) tokens.set(persona, await key(a.id, adminUserId, KEY_ROLE[persona].roll));
  tokens.set("nyckelAnnatForbund", await key(b.id, adminB, "ADMIN"));
  tokens.set("nyckelAterkallad", await key(a.id, adminUserId, "ADMIN", { revokedAt: new Date(Date.now() - 60_000) }));
  tokens.set("nyckelUtgangen", await key(a.id, adminUserId, "ADMIN", { expiresAt: new Date(Date.now() - 1000) }));
  tokens.set("nyckelAterkalladMedSession", tokens.get("nyckelAterkallad")!);
  // Sub-records are named by ids that do not exist (as "saknas" in the e2e matrix): nothing is ever removed.
  const enkat = await db.enkat.create({ data: { forbundId: a.id, namn: "Matrisenkät", respondentgrupp: "DELTAGARE_PAGAENDE", createdById: adminUserId } });
  params = { forbund: a.slug, insatsId: insats.id, inskrivningId: inskrivning.id, deltagareId: deltagare.id, enkatId: enkat.id };
});

function classify(status: number): string {
  if (status >= 200 && status < 300) return "ok";
  return ({ 400: "invalid", 401: "unauthorized", 403: "forbidden", 404: "notFound" } as Record<number, string>)[status] ?? `status ${status}`;
}

const matches = (actual: string, expected: string) => actual === expected || (expected === "refused" && (actual === "forbidden" || actual === "notFound"));

const routes = routeInventory().filter((r) => r.kind === "api" && r.pattern.startsWith("/api/f/"));

describe.each(routes)("$key", (route) => {
  it("answers each kind of API key as declared", async () => {
    const handler = (await import(route.file))[route.method];
    const routeParams = Object.fromEntries([...route.pattern.matchAll(/\[(\w+)\]/g)].map(([, n]) => [n!, params[n!] ?? UNKNOWN_ID]));
    const cells: { caller: Caller; expected: string | undefined }[] = [
      ...KEY_PERSONAS.map((p) => ({ caller: p as Caller, expected: keyExpectation(route.key, p) })),
      { caller: "nyckelAnnatForbund", expected: "notFound" },
      { caller: "nyckelAterkallad", expected: "unauthorized" },
      { caller: "nyckelUtgangen", expected: "unauthorized" },
      // A bad key is judged alone even when an admin's session comes along.
      { caller: "nyckelAterkalladMedSession", expected: "unauthorized" },
    ];
    const failures: string[] = [];
    for (const { caller, expected } of cells) {
      if (!expected) {
        failures.push(`${caller}: ingen förväntan i tests/access/expectations.ts`);
        continue;
      }
      actAs(caller === "nyckelAterkalladMedSession" ? adminUserId : null);
      const res = await call(handler, routeParams, {
        method: route.method,
        ...(route.method === "GET" ? {} : { body: {} }),
        headers: { authorization: `Bearer ${tokens.get(caller)}` },
      });
      const actual = classify(res.status);
      if (!matches(actual, expected)) failures.push(`${caller}: väntade ${expected}, fick ${actual} ${JSON.stringify(res.json).slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
  });
});
