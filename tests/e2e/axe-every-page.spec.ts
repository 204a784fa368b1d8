// An axe-core scan (WCAG 2.1 A/AA) of every page of a förbund, found from the
// app's files, as the first persona the access matrix allows to open it.
import { test, expect, expectAccessible } from "./support/fixtures";
import { routeInventory } from "../access/inventory";
import { EXPECTATIONS, type Persona } from "../access/expectations";
import { personaStorageStates, routeParamsFor, fillRoute, type RouteParams } from "./support/personas";

const PREFERRED: Persona[] = ["processledare", "vagledare", "admin", "styrelse"];

let states: Map<Persona, string>;
let params: RouteParams;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  states = await personaStorageStates(browser);
  params = await routeParamsFor("Friska Vindar 2.0");
});

for (const route of routeInventory().filter((r) => r.kind === "page")) {
  test(`${route.pattern} has no serious accessibility violations`, async ({ browser }) => {
    const persona = PREFERRED.find((p) => EXPECTATIONS[route.key]?.[p as keyof (typeof EXPECTATIONS)[string]] === "ok");
    expect(persona, `${route.key}: no role may open this page according to tests/access/expectations.ts`).toBeDefined();
    const context = await browser.newContext({ storageState: states.get(persona!) });
    const page = await context.newPage();
    await page.goto(fillRoute(route.pattern, params));
    await expectAccessible(page);
    await context.close();
  });
}
