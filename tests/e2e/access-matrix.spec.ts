// Calls every page and API route of a förbund as every kind of caller and
// compares the answer with tests/access/expectations.ts. Any unexpected 2xx
// fails the build. Writes send an empty JSON body: an allowed caller gets 400,
// a refused one must be stopped before validation.
import { request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { personaStorageStates, routeParamsFor, fillRoute, type RouteParams } from "./support/personas";
import { routeInventory, type RouteEntry } from "../access/inventory";
import { EXPECTATIONS, ROLE_PERSONAS, type Outcome, type Persona } from "../access/expectations";

function classify(res: APIResponse): Outcome | "login" | "unauthorized" | `status ${number}` {
  const status = res.status();
  if (status >= 300 && status < 400) return (res.headers().location ?? "").includes("/login") ? "login" : "redirect";
  if (status >= 200 && status < 300) return "ok";
  if (status === 400) return "invalid";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "notFound";
  return `status ${status}`;
}

function matches(actual: string, expected: string): boolean {
  return actual === expected || (expected === "refused" && (actual === "forbidden" || actual === "notFound"));
}

async function send(ctx: APIRequestContext, route: RouteEntry, url: string): Promise<APIResponse> {
  if (route.method === "GET") return ctx.get(url, { maxRedirects: 0 });
  return ctx.fetch(url, { method: route.method, data: {}, maxRedirects: 0 });
}


const contexts = new Map<Persona, APIRequestContext>();
let assigned: RouteParams;
let unassigned: RouteParams;

test.beforeAll(async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const baseURL = testInfo.project.use.baseURL!;
  contexts.set("anonym", await playwrightRequest.newContext({ baseURL }));
  for (const [persona, storageState] of await personaStorageStates(browser)) {
    contexts.set(persona, await playwrightRequest.newContext({ baseURL, storageState }));
  }
  assigned = await routeParamsFor("Friska Vindar 2.0");
  unassigned = await routeParamsFor("Vägen vidare");
});

test.afterAll(async () => {
  for (const ctx of contexts.values()) await ctx.dispose();
});

for (const route of routeInventory()) {
  test(`${route.key}`, async () => {
    const row = EXPECTATIONS[route.key];
    expect(row, `${route.key} saknas i tests/access/expectations.ts`).toBeDefined();
    const cells: { persona: Persona; expected: string }[] = [
      { persona: "anonym", expected: route.kind === "api" && route.pattern.startsWith("/api/") ? "unauthorized" : "login" },
      { persona: "annatForbund", expected: "notFound" },
      ...ROLE_PERSONAS.map((p) => ({ persona: p as Persona, expected: row![p] })),
    ];
    const failures: string[] = [];
    for (const { persona, expected } of cells) {
      // Writes by allowed callers would change the demo data other specs read; the
      // empty body must be refused by validation, so only that is sent.
      const url = fillRoute(route.pattern, persona === "vagledareEjTilldelad" ? unassigned : assigned);
      const res = await send(contexts.get(persona)!, route, url);
      const actual = classify(res);
      if (!matches(actual, expected)) failures.push(`${persona}: väntade ${expected}, fick ${actual} (${route.method} ${url})`);
    }
    expect(failures).toEqual([]);
  });
}
