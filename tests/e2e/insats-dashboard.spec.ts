import { test, expect, login, expectAccessible, queryDb } from "./support/fixtures";

const PROCESSLEDARE = "processledare@trollhattan.example";
const FRISKA_VINDAR = "Friska Vindar 2.0";

async function insatsId(namn: string): Promise<string> {
  const [row] = await queryDb<{ id: string }>(`SELECT i.id FROM "Insats" i JOIN "Forbund" f ON f.id = i."forbundId" WHERE f.slug = 'trollhattan' AND i.namn = $1`, [namn]);
  return row!.id;
}

test("the processledare opens Friska Vindar 2.0's dashboard and sees the insats page's figures", async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await login(page, PROCESSLEDARE);
  await expect(page).toHaveURL(/\/f\/trollhattan$/);
  await page.goto("/f/trollhattan/insatser");
  await page.getByRole("table").getByRole("link", { name: FRISKA_VINDAR }).click();
  await expect(page.getByRole("heading", { level: 1, name: FRISKA_VINDAR })).toBeVisible();

  // What the insats page says for each target, by its sentence.
  const sidan = new Map<string, string>();
  for (const card of await page.getByRole("region", { name: "Mål" }).getByRole("listitem").all()) {
    const rubrik = await card.getByRole("heading", { level: 3 }).textContent();
    if (rubrik) sidan.set(rubrik.trim(), (await card.textContent()) ?? "");
  }
  expect(sidan.size).toBeGreaterThanOrEqual(4);

  await page.getByRole("link", { name: "Resultat och utveckling" }).click();
  // The first render of a server page can be slow on a loaded 2-core machine.
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name: `Resultat och utveckling: ${FRISKA_VINDAR}` })).toBeVisible();

  const kort = page.getByTestId("dashboard-mal");
  await expect(kort).toHaveCount(sidan.size);
  for (const card of await kort.all()) {
    const rubrik = ((await card.getByRole("heading", { level: 3 }).textContent()) ?? "").trim();
    const utfall = ((await card.getByTestId("mal-utfall").textContent()) ?? "").trim();
    expect(sidan.get(rubrik), `insatssidan saknar målet "${rubrik}"`).toBeDefined();
    expect(sidan.get(rubrik)).toContain(utfall);
  }
  // The seed's intended result (prisma/seed/demo/friska-vindar.ts): VAS up for 301 of 384.
  await expect(kort.filter({ hasText: "livskvalitet" }).getByTestId("mal-utfall")).toHaveText(/^301 av 384 \(78\s%\)/);
  await expect(kort.filter({ hasText: "livskvalitet" })).toContainText("95 % konfidensintervall");

  // A chart's table alternative.
  const first = kort.first();
  await first.getByText("Visa som tabell").click();
  const tabell = first.getByRole("table");
  await expect(tabell).toBeVisible();
  await expect(tabell.getByRole("columnheader", { name: "Månad" })).toBeVisible();
  await expect(tabell.getByRole("rowheader")).toHaveCount(24); // jan 2020 – dec 2021
  await expect(page.getByRole("heading", { name: "Från inskrivning till utfall" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Avslutade efter försörjning vid start och vid avslut" })).toBeVisible();

  await page.waitForTimeout(300); // let Recharts measure its containers before the picture
  await page.screenshot({ path: "/tmp/shots/dashboard-friska-vindar.png", fullPage: true });
  await expectAccessible(page);
});

test("a bad filter value gives a message beside the field, not an error page", async ({ page }) => {
  const id = await insatsId(FRISKA_VINDAR);
  await login(page, PROCESSLEDARE);
  await expect(page).toHaveURL(/\/f\/trollhattan$/);
  const res = await page.goto(`/f/trollhattan/insatser/${id}/dashboard?fran=2020-02-30&till=2020-01-01`);
  expect(res?.status()).toBe(200);
  await expect(page.getByText("Filtret kunde inte användas")).toBeVisible();
  await expect(page.getByLabel("Startade från")).toHaveAccessibleDescription("Datumet finns inte");
  await expect(page.getByTestId("dashboard-mal").first()).toBeVisible();
  await page.screenshot({ path: "/tmp/shots/dashboard-bad-filter.png", fullPage: false });
  await expectAccessible(page);
});

test("a period filter narrows the figures and is kept in the URL", async ({ page }) => {
  const id = await insatsId(FRISKA_VINDAR);
  await login(page, PROCESSLEDARE);
  await expect(page).toHaveURL(/\/f\/trollhattan$/);
  await page.goto(`/f/trollhattan/insatser/${id}/dashboard`);
  await page.getByLabel("Startade från").fill("2021-01-01");
  await page.getByLabel("Startade till och med").fill("2021-12-31");
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page).toHaveURL(/fran=2021-01-01&till=2021-12-31/);
  await expect(page.getByText("Filter används")).toBeVisible();
  await expect(page.getByLabel("Startade från")).toHaveValue("2021-01-01");
});

test("the styrelse member is refused the dashboard", async ({ page }) => {
  const id = await insatsId(FRISKA_VINDAR);
  await login(page, "styrelse@trollhattan.example");
  await expect(page).toHaveURL(/\/styrelse$/);
  const res = await page.goto(`/f/trollhattan/insatser/${id}/dashboard`);
  expect(res?.status()).toBe(403);
  await expect(page.getByTestId("dashboard-mal")).toHaveCount(0);
});
