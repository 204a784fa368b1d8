import { test, expect, login, expectAccessible } from "./support/fixtures";

const SHOTS = "/tmp/shots";

test("the processledare sees every insats with Friska Vindar 2.0's targets as the insats page computes them", async ({ page }) => {
  await login(page, "processledare@trollhattan.example");
  await expect(page).toHaveURL(/\/f\/trollhattan$/);
  await expect(page.getByRole("heading", { level: 1, name: "Förbundets översikt" })).toBeVisible();
  const kort = page.getByRole("region", { name: "Friska Vindar 2.0" });
  await expect(kort).toBeVisible();
  // Other specs may add the same target from its template; one is enough here.
  await expect(kort.getByText("Minst 7 av 10 avslutade deltagare upplever ökad livskvalitet (VAS)").first()).toBeVisible();
  await expect(kort.getByRole("table", { name: /Inskrivningar i perioden efter kön/ })).toBeVisible();
  await expect(kort.getByText(/Kvinnor \d+\s%\sav \d+/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Vägen vidare" })).toBeVisible();
  // .mal-siffror: the figures line of a target row (components/oversikt/mal-rad.tsx).
  const oversiktResultat = (await kort.locator("li p.mal-siffror").allTextContents()).sort();
  expect(oversiktResultat.length).toBeGreaterThan(0);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/oversikt.png`, fullPage: true });

  // The same figures as the insats page's target cards (one goal engine).
  await kort.getByRole("link", { name: "Friska Vindar 2.0" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Friska Vindar 2.0" })).toBeVisible();
  const sidansResultat = (await page.locator("li p.text-base.font-medium.tabular-nums").allTextContents()).sort();
  expect(oversiktResultat).toEqual(sidansResultat);
});

test("the overview filters by insatstyp and says when nothing matches", async ({ page }) => {
  await login(page, "processledare@trollhattan.example");
  await page.getByLabel("Status").selectOption({ label: "Planerad" });
  await page.getByLabel("Till").fill("2000-01-01");
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page).toHaveURL(/status=PLANERAD/);
  await expect(page.getByText("Inga insatser matchar filtret.")).toBeVisible();
  await page.goto("/f/trollhattan?fran=2025-13-01");
  await expect(page.getByText("Ange datum som ÅÅÅÅ-MM-DD").or(page.getByText("Datumet finns inte"))).toBeVisible();
});

test("vägledare and styrelse are sent to their own start pages from the overview", async ({ browser }) => {
  for (const [email, url] of [
    ["vagledare@trollhattan.example", /\/f\/trollhattan\/mitt-arbete$/],
    ["styrelse@trollhattan.example", /\/f\/trollhattan\/styrelse$/],
  ] as const) {
    const page = await (await browser.newContext()).newPage();
    await login(page, email);
    await expect(page).toHaveURL(url);
    await page.goto("/f/trollhattan");
    await expect(page).toHaveURL(url);
    expect((await page.request.get("/api/f/trollhattan/oversikt")).status()).toBe(email.startsWith("vagledare") ? 403 : 200);
    await page.context().close();
  }
});

test("the styrelse user sees the board view with small cells suppressed, prints it and downloads the PDF", async ({ page }) => {
  await login(page, "styrelse@trollhattan.example");
  await expect(page).toHaveURL(/\/f\/trollhattan\/styrelse$/);
  await expect(page.getByRole("heading", { level: 1, name: "Styrelsens översikt" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Friska Vindar 2.0" })).toBeVisible();
  await expect(page.getByText("färre än 5").first()).toBeAttached();
  await expect(page.locator("main")).toContainText("<5");
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/styrelse.png`, fullPage: true });

  // The API gives the board the suppressed model only.
  const api = await page.request.get("/api/f/trollhattan/oversikt");
  expect(api.status()).toBe(200);
  const json = await api.json();
  expect(json.undertryckt).toBe(true);
  expect(JSON.stringify(json)).toContain('"dold":"LITEN"');

  // A chosen insats and period, printed.
  await page.getByRole("checkbox", { name: "Friska Vindar 2.0" }).check();
  await page.getByLabel("Från").fill("2020-01-01");
  await page.getByLabel("Till").fill("2021-12-31");
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page).toHaveURL(/insats=/);
  await expect(page.getByRole("region", { name: "Vägen vidare" })).toHaveCount(0);
  await expect(page.getByText("2020-01-01 – 2021-12-31").first()).toBeVisible();
  // Förbund, period and date in the margin of every printed page (CSS page-margin boxes).
  const marginaler = await page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const sheet of Array.from(document.styleSheets)) {
      const walk = (rules: CSSRuleList) => {
        for (const r of Array.from(rules)) {
          if ("name" in r && typeof r.name === "string" && "style" in r) out[r.name] = (r as CSSRule & { style: CSSStyleDeclaration }).style.getPropertyValue("content");
          if ("cssRules" in r) walk((r as CSSGroupingRule).cssRules);
        }
      };
      walk(sheet.cssRules);
    }
    return out;
  });
  expect(marginaler["top-left"]).toContain("Trollhättan");
  expect(marginaler["top-left"]).toContain("2020-01-01 – 2021-12-31");
  expect(marginaler["top-right"]).toMatch(/Skapad \d{4}-\d{2}-\d{2}/);
  expect(marginaler["bottom-right"]).toContain("counter(page)");
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: `${SHOTS}/styrelse-print.png`, fullPage: true });
  await page.emulateMedia({ media: "screen" });

  const href = await page.getByRole("link", { name: "Ladda ner PDF" }).getAttribute("href");
  expect(href).toMatch(/^\/api\/f\/trollhattan\/styrelse\/rapport\.pdf\?.*insats=/);
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-disposition"]).toMatch(/attachment; filename="styrelserapport-trollhattan-\d{4}-\d{2}-\d{2}\.pdf"/);
  const body = await pdf.body();
  expect(body.subarray(0, 5).toString()).toBe("%PDF-");
});
