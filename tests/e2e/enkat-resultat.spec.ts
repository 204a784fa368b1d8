import { test, expect, login, expectAccessible } from "./support/fixtures";

// Enkät results as the board and a processledare see them (issue 10), on the demo data:
// trollhattan's Personalenkät has 3 answers in its first version (a small group) and its
// Deltagarenkät vid avslut has answers in several years.

test("the board reaches the results from the menu and sees the small group suppressed, without free text", async ({ page }) => {
  test.setTimeout(90_000);
  await login(page, "styrelse@trollhattan.example");
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Enkätresultat" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Enkätresultat" })).toBeVisible({ timeout: 20_000 });
  await page.getByRole("link", { name: "Personalenkät" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Resultat: Personalenkät" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("Små tal döljs")).toBeVisible();
  const version1 = page.getByRole("region", { name: /Version 1/ });
  await expect(version1.getByText("För få svar för att visa resultaten")).toBeVisible();
  await expect(version1.getByRole("heading", { name: /Fråga/ })).toHaveCount(0);
  // The response-rate table: the small year shows "<5", never the 3.
  const frekvens = page.getByRole("table", { name: "Svarsfrekvens" });
  const rad2025 = frekvens.getByRole("row").filter({ has: page.getByRole("rowheader", { name: String(new Date().getFullYear() - 1) }) });
  await expect(rad2025).toContainText("<5");
  await expect(rad2025).not.toContainText(/\b3\b/);

  await page.goto(page.url().replace(/enkater\/[^/]+\/resultat/, "enkatresultat"));
  await page.getByRole("link", { name: "Deltagarenkät vid avslut" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Resultat: Deltagarenkät vid avslut" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/\d+ fritextsvar/)).toHaveCount(0);
  await expectAccessible(page);
});

test("a processledare sees exact figures and free text, downloads a suppressed CSV and sets a target on a question", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await login(page, "processledare@trollhattan.example");
  await expect(page).toHaveURL(/\/f\/trollhattan$/, { timeout: 20_000 });
  await page.goto("/f/trollhattan/enkatresultat");
  await page.getByRole("link", { name: "Deltagarenkät vid avslut" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Resultat: Deltagarenkät vid avslut" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("Du ser exakta tal och fritextsvar.")).toBeVisible();
  await expect(page.getByText(/\d+ fritextsvar/).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Jämförelse mellan år" })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV", exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/^enkat-resultat-deltagarenkat-vid-avslut\.csv$/);
  const csv = await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString("utf8"));
  expect(csv.startsWith("\uFEFFVersion;År;Nr;Fråga")).toBe(true);
  // Every count of answers in the file is ≥ 5 or hidden ("Ej besvarat" is antal svar minus besvarat,
  // both shown, and follows besvarat: lib/domain/enkat/undertryck-resultat.ts).
  for (const line of csv.split("\r\n").slice(1).filter(Boolean)) {
    if (line.split(";")[5] === "Ej besvarat") continue;
    const antal = line.split(";")[6] ?? "";
    expect(antal === "" || antal === "<5" || antal === "–" || Number(antal) >= 5, line).toBe(true);
  }

  const kort = page.getByRole("region", { name: /Fråga 2: Känner/ }).first();
  await kort.getByText("Mål på frågan").click();
  await kort.getByLabel("Minst andel (%)").fill("");
  await kort.getByRole("button", { name: "Skapa mål" }).click();
  await expect(kort.getByText("Ange en lägsta eller högsta andel")).toBeVisible({ timeout: 15_000 });
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/shots/enkat-resultat.png", fullPage: false });
});
