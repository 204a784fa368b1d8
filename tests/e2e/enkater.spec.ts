import { test, expect, login, expectAccessible } from "./support/fixtures";

// Issue 10, "done when": a processledare creates an enkät, sends ten links, and
// three of them are answered on a phone-sized window; a used link is refused.
const PROCESSLEDARE = "processledare@trollhattan.example";
const unik = (namn: string) => `E2E ${namn} ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

test("a processledare creates an enkät and ten links, and three people answer on their phones", async ({ page, browser }) => {
  const namn = unik("Deltagarenkät");
  await login(page, PROCESSLEDARE);
  await expect(page).toHaveURL(/\/f\/trollhattan$/);
  await page.getByRole("navigation").getByRole("link", { name: "Enkäter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Enkäter" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Ny enkät" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny enkät" })).toBeVisible();

  // Validation beside the field, nothing saved.
  await page.getByRole("button", { name: "Skapa enkät" }).click();
  await expect(page.getByText("Ge enkäten ett namn")).toBeVisible();

  await page.getByLabel("Namn", { exact: true }).fill(namn);
  await page.getByLabel("Vilka svarar").selectOption("DELTAGARE_AVSLUT");
  await page.getByLabel("Friska Vindar 2.0").check();
  await page.locator("#fraga-0-text").fill("Hur nöjd är du med stödet du fått?");
  await page.locator("#fraga-0-etikett-min").fill("Inte alls nöjd");
  await page.locator("#fraga-0-etikett-max").fill("Mycket nöjd");
  await page.getByLabel("Måste besvaras").first().check();
  await page.getByRole("button", { name: "Lägg till fråga" }).click();
  await page.locator("#fraga-1-text").fill("Har du kommit närmare arbete eller studier?");
  await page.locator("#fraga-1-typ").selectOption("JA_NEJ");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Skapa enkät" }).click();

  await expect(page.getByRole("heading", { level: 1, name: namn })).toBeVisible();
  await expect(page.getByText("Aktivera enkäten innan du skapar länkar.")).toBeVisible();
  await page.getByRole("button", { name: "Aktivera" }).click();
  await expect(page.getByLabel("Antal länkar")).toBeVisible();
  await page.getByLabel("Antal länkar").fill("10");
  await page.getByRole("button", { name: "Skapa länkar" }).click();
  const lista = page.getByRole("list", { name: "Nya svarslänkar" });
  await expect(lista.getByRole("listitem")).toHaveCount(10);
  await expect(lista.getByRole("img", { name: "QR-kod för länk 1", exact: true })).toBeVisible();
  // The shared Toaster's toast fails axe's contrast rule while it fades (not this page's markup): scan once it has gone.
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: "test-results/enkat-lankark-print.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });
  const urls = await lista.getByRole("link").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(new Set(urls).size).toBe(10);

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const mobil = await phone.newPage();
  for (const [i, url] of urls.slice(0, 3).entries()) {
    await mobil.goto(url);
    await expect(mobil.getByRole("heading", { level: 1, name: namn })).toBeVisible();
    await expect(mobil.getByText("Ditt svar är anonymt.")).toBeVisible();
    if (i === 0) {
      await expectAccessible(mobil);
      // Nothing wider than the phone.
      expect(await mobil.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // The required question first: the error is shown beside it.
      await mobil.getByRole("button", { name: "Skicka svar" }).click();
      await expect(mobil.getByText("Svara på frågan")).toBeVisible();
      await mobil.screenshot({ path: "test-results/enkat-svar-390.png", fullPage: true });
    }
    await mobil.getByRole("group", { name: /Hur nöjd är du/ }).getByText(String(3 + i), { exact: true }).click();
    await mobil.getByRole("group", { name: /närmare arbete/ }).getByText(i === 2 ? "Nej" : "Ja", { exact: true }).click();
    await mobil.getByRole("button", { name: "Skicka svar" }).click();
    await expect(mobil.getByRole("heading", { name: "Tack för ditt svar!" })).toBeVisible();
    if (i === 0) await mobil.screenshot({ path: "test-results/enkat-svar-tack-390.png", fullPage: true });
  }
  // A used link: a clear message, in English after the language switch too.
  await mobil.goto(urls[0]!);
  await expect(mobil.getByRole("heading", { name: "Länken fungerar inte" })).toBeVisible();
  await mobil.getByRole("button", { name: "In English" }).click();
  await expect(mobil.getByRole("heading", { name: "The link does not work" })).toBeVisible();
  await phone.close();

  await page.reload();
  await expect(page.getByText(/10 länkar skapade, varav 7 oanvända och giltiga · 3 svar/)).toBeVisible();
});
