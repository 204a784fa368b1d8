import fs from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, login, expectAccessible } from "./support/fixtures";

const VAGLEDARE = "vagledare@trollhattan.example";
const FRISKA_VINDAR = "Friska Vindar 2.0";
const VAS_TARGET = "Minst 7 av 10 deltagare skall vid avslutad aktivitet uppleva ökad livskvalitet";
const EGENFORSORJNING_TARGET = "vid avslut vara egenförsörjande i form av arbete eller studier";

fs.mkdirSync("/tmp/shots", { recursive: true });
/** Sonner's success toast fails axe's contrast check (it is the app's shared Toaster); scan once it has gone. */
async function scan(page: Page): Promise<void> {
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 10_000 });
  await expectAccessible(page);
}
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });

/** "5 av 7 (71 %)" on a target card → [5, 7]. */
async function figures(page: Page, targetText: string): Promise<[number, number]> {
  const card = page.getByRole("listitem").filter({ hasText: targetText });
  const text = (await card.textContent()) ?? "";
  const m = /(\d[\d\s]*) av (\d[\d\s]*) \(/.exec(text);
  if (!m) throw new Error(`Inga siffror i målkortet: ${text}`);
  return [Number(m[1]!.replace(/\s/g, "")), Number(m[2]!.replace(/\s/g, ""))];
}

test("the vägledare records start VAS, avslut and the 90-day follow-up, and the insats's targets change", async ({ page }) => {
  test.setTimeout(90_000);
  await login(page, VAGLEDARE);
  await expect(page).toHaveURL(/\/f\/trollhattan\/mitt-arbete$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mitt arbete" })).toBeVisible();
  const insatsCard = page.getByRole("region", { name: FRISKA_VINDAR });
  await expect(insatsCard.getByRole("heading", { name: /Luckor i underlaget/ })).toBeVisible();
  await expect(insatsCard.getByText(/avslutade saknar Livskvalitet \(VAS\) vid avslut/)).toBeVisible();
  await expect(insatsCard.getByText(/ej nådda/)).toBeVisible();
  await expectAccessible(page);
  await shot(page, "mitt-arbete");

  // Target figures before, read by the vägledare on the insats page.
  await insatsCard.getByRole("link", { name: `Till ${FRISKA_VINDAR}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: FRISKA_VINDAR })).toBeVisible();
  const vasBefore = await figures(page, VAS_TARGET);
  const egenBefore = await figures(page, EGENFORSORJNING_TARGET);
  await page.goBack();

  const aktiva = page.getByRole("region", { name: FRISKA_VINDAR }).getByRole("table").first();
  const kod = ((await aktiva.getByRole("link").first().textContent()) ?? "").trim();
  await aktiva.getByRole("link", { name: kod }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Deltagare ${kod}` })).toBeVisible();
  await expect(page.getByRole("form", { name: "Avsluta deltagandet" })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "inskrivning-aktiv");

  // Start VAS (a range error first, then a valid value).
  const matning = page.getByRole("form", { name: "Registrera eller ändra mätvärden" });
  await matning.getByLabel("Livskvalitet (VAS)").fill("12");
  await matning.getByRole("button", { name: "Spara mätvärden" }).click();
  await expect(matning.getByText("Livskvalitet (VAS) ska vara ett heltal mellan 0 och 10")).toBeVisible();
  await matning.getByLabel("Livskvalitet (VAS)").fill("3");
  await matning.getByRole("button", { name: "Spara mätvärden" }).click();
  await expect(page.getByText("Mätvärdena är sparade.")).toBeVisible();
  const tabell = page.getByRole("table", { name: /Mätvärden per mätvariabel/ });
  await expect(tabell.getByRole("row", { name: /Livskvalitet \(VAS\)/ })).toContainText("3");

  // Avslut: a date before the start is refused, then the real one with VAS at avslut.
  const avslut = page.getByRole("form", { name: "Avsluta deltagandet" });
  await avslut.getByLabel("Avslutsdatum").fill("2019-12-31");
  await avslut.getByLabel("Avslutsorsak").selectOption({ label: "Arbete" });
  await avslut.getByRole("checkbox", { name: "Lön/arbete" }).check();
  await avslut.getByRole("checkbox", { name: "Förvärvsarbete", exact: true }).check();
  await avslut.getByLabel("Livskvalitet (VAS)").fill("8");
  await avslut.getByRole("button", { name: "Avsluta deltagandet" }).click();
  await expect(avslut.getByText(/Avslutsdatum kan inte vara före startdatum/)).toBeVisible();
  await shot(page, "inskrivning-avslut-fel");
  await avslut.getByLabel("Avslutsdatum").fill("2021-12-20");
  await avslut.getByRole("button", { name: "Avsluta deltagandet" }).click();
  await expect(page.getByText("Avslutet är sparat.")).toBeVisible();
  await expect(page.getByText("Avslutad 2021-12-20")).toBeVisible();
  await expect(tabell.getByRole("row", { name: /Livskvalitet \(VAS\)/ })).toContainText("8");

  // The 90-day follow-up, due 2022-03-20.
  await expect(page.getByText("Ska göras 2022-03-20")).toBeVisible();
  const uppf = page.getByRole("form", { name: "Registrera uppföljningen" });
  await uppf.getByLabel("Uppföljningsdatum").fill("2022-03-21");
  await uppf.getByRole("radio", { name: "Arbete" }).check();
  await uppf.getByRole("checkbox", { name: "Lön/arbete" }).check();
  await uppf.getByRole("button", { name: "Spara uppföljningen" }).click();
  await expect(page.getByText("Uppföljningen är sparad.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Uppföljning efter 90 dagar" }).getByText("Gjord", { exact: true })).toBeVisible();
  await scan(page);
  await shot(page, "inskrivning-avslutad");

  // The insats's targets now count this person.
  await page.getByRole("link", { name: FRISKA_VINDAR }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: FRISKA_VINDAR })).toBeVisible();
  expect(await figures(page, VAS_TARGET)).toEqual([vasBefore[0] + 1, vasBefore[1] + 1]);
  expect(await figures(page, EGENFORSORJNING_TARGET)).toEqual([egenBefore[0] + 1, egenBefore[1] + 1]);
  await shot(page, "insats-efter");

  // And the start page no longer lists the person as active.
  await page.goto("/f/trollhattan/mitt-arbete");
  const region = page.getByRole("region", { name: FRISKA_VINDAR });
  // Search the whole list (not only the page on screen) for the code.
  await region.getByRole("searchbox").first().fill(kod);
  await expect(region.getByRole("table").first().getByRole("link", { name: kod })).toHaveCount(0);
});

test("the vägledare adds a genomförandeplan", async ({ page }) => {
  await login(page, VAGLEDARE);
  await expect(page).toHaveURL(/\/mitt-arbete$/);
  const luckor = page.getByRole("region", { name: FRISKA_VINDAR });
  await luckor.getByText(/saknar genomförandeplan/).click();
  const first = luckor.getByRole("listitem").filter({ hasText: /saknar genomförandeplan/ }).getByRole("link").first();
  const kod = ((await first.textContent()) ?? "").trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: `Deltagare ${kod}` })).toBeVisible();
  const plan = page.getByRole("form", { name: "Upprätta genomförandeplan" });
  await plan.getByRole("button", { name: "Spara planen" }).click();
  await expect(plan.getByText("Beskriv målet")).toBeVisible();
  await plan.getByLabel("Mål", { exact: true }).fill("Arbetsträning 50 % hos arbetsgivare");
  await plan.getByLabel("Status").selectOption({ label: "Pågår" });
  await plan.getByRole("button", { name: "Spara planen" }).click();
  await expect(page.getByText("Planen är sparad.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Genomförandeplan" }).getByText("Arbetsträning 50 % hos arbetsgivare")).toBeVisible();
  await scan(page);
  await shot(page, "inskrivning-plan");
});

test("styrelse and an unassigned vägledare cannot open an inskrivning by URL; admin reads without forms", async ({ browser }) => {
  const { queryDb } = await import("./support/fixtures");
  const [row] = await queryDb<{ insatsId: string; id: string }>(
    `SELECT s."insatsId", s.id FROM "Inskrivning" s JOIN "Insats" i ON i.id = s."insatsId" JOIN "Forbund" f ON f.id = s."forbundId"
     WHERE f.slug = 'trollhattan' AND i.namn = 'Vägen vidare' ORDER BY s.id LIMIT 1`,
  );
  const url = `/f/trollhattan/insatser/${row!.insatsId}/inskrivningar/${row!.id}`;
  for (const [email, status] of [
    ["styrelse@trollhattan.example", 403],
    [VAGLEDARE, 403],
  ] as const) {
    const page = await browser.newPage();
    await login(page, email);
    await page.waitForURL(/\/f\/trollhattan/);
    const res = await page.goto(url);
    expect(res?.status()).toBe(status);
    await page.close();
  }
  const admin = await browser.newPage();
  await login(admin, "admin@trollhattan.example");
  await admin.waitForURL(/\/f\/trollhattan/);
  const res = await admin.goto(url);
  expect(res?.status()).toBe(200);
  await expect(admin.getByText("Du kan läsa inskrivningen men inte ändra den.")).toBeVisible();
  await expect(admin.getByRole("button", { name: /Spara/ })).toHaveCount(0);
  await admin.close();
});

test("a second save based on an old version is refused with a clear message, not a silent overwrite", async ({ browser }) => {
  const context = await browser.newContext();
  const a = await context.newPage();
  await login(a, VAGLEDARE);
  await expect(a).toHaveURL(/\/mitt-arbete$/);
  await a.getByRole("region", { name: FRISKA_VINDAR }).getByRole("table").first().getByRole("link").last().click();
  await expect(a.getByRole("heading", { level: 1, name: /^Deltagare / })).toBeVisible();
  const b = await context.newPage();
  await b.goto(a.url());

  const form = (p: Page) => p.getByRole("form", { name: "Registrera eller ändra mätvärden" });
  await form(a).getByLabel("Livskvalitet (VAS)").fill("5");
  await form(a).getByRole("button", { name: "Spara mätvärden" }).click();
  await expect(a.getByText("Mätvärdena är sparade.")).toBeVisible();

  await form(b).getByLabel("Livskvalitet (VAS)").fill("9");
  await form(b).getByRole("button", { name: "Spara mätvärden" }).click();
  await expect(form(b).getByRole("alert").filter({ hasText: /Någon annan har ändrat inskrivningen.*Ladda om sidan/ })).toBeVisible();
  await shot(b, "inskrivning-konflikt");
  await b.reload();
  await expect(b.getByRole("table", { name: /Mätvärden per mätvariabel/ }).getByRole("row", { name: /Livskvalitet \(VAS\)/ })).toContainText("5");
  await context.close();
});
