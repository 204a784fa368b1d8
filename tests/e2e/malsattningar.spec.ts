import type { Page } from "@playwright/test";
import { test, expect, login, expectAccessible, queryDb } from "./support/fixtures";

const PROCESSLEDARE = "processledare@trollhattan.example";
const FRISKA_VINDAR = "Friska Vindar 2.0";

/** Unique per run, so reruns against the same database never find an earlier target. */
const unik = (namn: string) => `E2E ${namn} ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

async function insatsId(namn: string): Promise<string> {
  const [row] = await queryDb<{ id: string }>(
    `SELECT i.id FROM "Insats" i JOIN "Forbund" f ON f.id = i."forbundId" WHERE f.slug = 'trollhattan' AND i.namn = $1`,
    [namn],
  );
  return row!.id;
}

async function openNewTarget(page: Page, insats = FRISKA_VINDAR, { email = PROCESSLEDARE, slug = "trollhattan" } = {}): Promise<void> {
  await login(page, email);
  await expect(page).toHaveURL(new RegExp(`/f/${slug}$`));
  await page.goto(`/f/${slug}/insatser`);
  await page.getByRole("table").getByRole("link", { name: insats }).click();
  await expect(page.getByRole("heading", { level: 1, name: insats })).toBeVisible();
  await page.getByRole("link", { name: "Lägg till mål" }).click();
  await expect(page).toHaveURL(/\/mal\/nytt$/);
  await expect(page.getByRole("heading", { level: 1, name: `Nytt mål för ${insats}` })).toBeVisible();
}

const liveSentence = (page: Page) => page.getByTestId("live-sentence");

test("the processledare adds the quality-of-life target from a template and sees its result", async ({ page }) => {
  const text = unik("livskvalitet");
  await openNewTarget(page);
  await page.getByLabel("Mall", { exact: true }).selectOption({ label: "Ökad livskvalitet (VAS) från start till avslut" });
  await page.getByRole("button", { name: "Använd mallen" }).click();
  await expect(liveSentence(page)).toHaveText("Minst 7 av 10 avslutade deltagare upplever ökad livskvalitet (VAS)");
  await expect(page.getByLabel("Minst", { exact: true })).toHaveValue("70");
  await page.getByLabel("Målet med dokumentets egna ord").fill(text);
  await page.getByRole("button", { name: "Spara målet" }).click();

  await expect(page).toHaveURL(/\/f\/trollhattan\/insatser\/[^/]+$/);
  await expect(page.getByText("Målet är sparat.")).toBeVisible();
  const card = page.getByRole("listitem").filter({ hasText: text });
  await expect(card).toHaveCount(1);
  await expect(card.getByRole("heading", { name: "Minst 7 av 10 avslutade deltagare upplever ökad livskvalitet (VAS)" })).toBeVisible();
  await expect(card).toContainText(/\d+ av \d+ \(\d+\s%\) — mål minst 7 av 10/);
});

test("the processledare builds the 90-day follow-up target from scratch", async ({ page }) => {
  const text = unik("uppföljning");
  await openNewTarget(page);
  await expect(liveSentence(page)).toContainText("Ange minst ett villkor");

  await page.getByRole("radio", { name: /^Andel/ }).check();
  await page.getByLabel("Vilka deltagare gäller målet?").selectOption({ label: "Avslutade deltagare som följts upp efter 90 dagar" });
  await page.getByRole("button", { name: "Lägg till villkor" }).click();
  const villkor = page.getByRole("group", { name: "Villkor 1" });
  await villkor.getByLabel("Typ av villkor").selectOption({ label: "Status vid uppföljning efter 90 dagar" });
  const status = villkor.getByRole("group", { name: "Status efter 90 dagar som räknas" });
  for (const namn of ["Arbete", "Studier", "Rätt ersättning"]) await status.getByRole("checkbox", { name: namn, exact: true }).check();
  await page.getByLabel("Minst", { exact: true }).fill("30");

  await expect(liveSentence(page)).toHaveText(
    "Minst 3 av 10 avslutade deltagare som följts upp efter 90 dagar har status arbete, studier eller rätt ersättning vid uppföljningen",
  );
  await page.getByLabel("Målet med dokumentets egna ord").fill(text);
  await page.getByRole("button", { name: "Spara målet" }).click();
  await expect(page).toHaveURL(/\/f\/trollhattan\/insatser\/[^/]+$/);
  await expect(page.getByRole("listitem").filter({ hasText: text })).toContainText("mål minst 3 av 10");

  // …and edits it: the form opens with the share in percent, the change shows on the insats page.
  const [mal] = await queryDb<{ id: string; insatsId: string }>(`SELECT id, "insatsId" FROM "Malsattning" WHERE text = $1`, [text]);
  await page.goto(`/f/trollhattan/insatser/${mal!.insatsId}/mal/${mal!.id}`);
  await expect(page.getByLabel("Minst", { exact: true })).toHaveValue("30");
  await expect(page.getByRole("checkbox", { name: "Rätt ersättning", exact: true })).toBeChecked();
  await page.getByLabel("Minst", { exact: true }).fill("45");
  await expect(liveSentence(page)).toContainText("Minst 45 % av de avslutade deltagarna som följts upp efter 90 dagar");
  await page.getByRole("button", { name: "Spara ändringar" }).click();
  await expect(page).toHaveURL(new RegExp(`/insatser/${mal!.insatsId}$`));
  await expect(page.getByRole("listitem").filter({ hasText: text })).toContainText("mål minst 45");
});

test("a minimum share above the maximum is refused beside the field and nothing is saved", async ({ page }) => {
  const text = unik("felaktig andel");
  await openNewTarget(page);
  await page.getByLabel("Vilka deltagare gäller målet?").selectOption({ label: "Alla inskrivna deltagare" });
  await page.getByRole("button", { name: "Lägg till villkor" }).click();
  await page.getByRole("group", { name: "Villkor 1" }).getByLabel("Typ av villkor").selectOption({ label: "Har individuell genomförandeplan" });
  await page.getByLabel("Minst", { exact: true }).fill("80");
  await page.getByLabel("Högst", { exact: true }).fill("40");
  await page.getByLabel("Målet med dokumentets egna ord").fill(text);
  await page.getByRole("button", { name: "Spara målet" }).click();

  const message = "Minsta andel kan inte vara större än högsta andel";
  await expect(page.getByLabel("Högst", { exact: true })).toHaveAccessibleDescription(message);
  await expect(page.getByLabel("Högst", { exact: true })).toBeFocused();
  await expect(page.getByRole("heading", { name: "Ett fel behöver rättas innan målet kan sparas" })).toBeVisible();
  await expect(page.getByRole("link", { name: message })).toHaveAttribute("href", "#definition-maxAndel");
  await expect(page).toHaveURL(/\/mal\/nytt$/);
  const rows = await queryDb<{ n: string }>(`SELECT count(*)::text AS n FROM "Malsattning" WHERE text = $1`, [text]);
  expect(rows[0]?.n).toBe("0");
});

test("a qualitative target gets a dated status with a comment, then is deleted after confirmation", async ({ page }) => {
  const text = unik("kvalitativt");
  const kommentar = unik("kommentar");
  await openNewTarget(page, "Vägen vidare");
  await page.getByRole("radio", { name: /^Kvalitativt/ }).check();
  await page.getByLabel("Kategori").selectOption({ label: "Kvalitativt mål" });
  await expect(liveSentence(page)).toHaveText("Kvalitativt mål som bedöms manuellt");
  await page.getByLabel("Målet med dokumentets egna ord").fill(text);
  await page.getByRole("button", { name: "Spara målet" }).click();
  await expect(page).toHaveURL(/\/f\/trollhattan\/insatser\/[^/]+$/);

  const [mal] = await queryDb<{ id: string; insatsId: string }>(`SELECT id, "insatsId" FROM "Malsattning" WHERE text = $1`, [text]);
  await page.goto(`/f/trollhattan/insatser/${mal!.insatsId}/mal/${mal!.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Redigera mål" })).toBeVisible();
  await expect(page.getByText("Ingen status har satts ännu.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("group", { name: "Status", exact: true }).getByRole("radio", { name: "Pågår" }).check();
  await page.getByLabel("Datum för bedömningen").fill("2024-03-15");
  await page.getByLabel("Kommentar", { exact: true }).fill(kommentar);
  await page.getByRole("button", { name: "Spara status" }).click();
  await expect(page.getByText("Statusen är sparad.")).toBeVisible();
  const historik = page.getByRole("region", { name: "Tidigare bedömningar" });
  await expect(historik.getByRole("listitem").filter({ hasText: kommentar })).toContainText("Pågår");
  await expect(historik.locator("time[datetime='2024-03-15']")).toBeVisible();

  await page.getByRole("button", { name: "Ta bort målet" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Ta bort målet?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Avbryt" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Ta bort målet" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Ta bort", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/insatser/${mal!.insatsId}$`));
  await expect(page.getByText(text)).toHaveCount(0);
});

test("a volume-only insats says that only counts of inskrivna can be evaluated", async ({ page }) => {
  await openNewTarget(page, "Samjamt/i14", { email: "processledare@jamtland.example", slug: "jamtland" });
  await expect(page.getByRole("group", { name: "Hur följs målet upp?" })).toContainText("bara mål om antal inskrivna – eventuellt per kön – kan beräknas");
});

for (const email of ["styrelse@trollhattan.example", "vagledare@trollhattan.example"]) {
  test(`${email} is refused the target form with 403`, async ({ page }) => {
    const id = await insatsId(FRISKA_VINDAR);
    const [mal] = await queryDb<{ id: string }>(`SELECT id FROM "Malsattning" WHERE "insatsId" = $1 LIMIT 1`, [id]);
    await login(page, email);
    await expect(page).not.toHaveURL(/\/login/);
    for (const path of [`/f/trollhattan/insatser/${id}/mal/nytt`, `/f/trollhattan/insatser/${id}/mal/${mal!.id}`]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Ingen behörighet" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Spara målet" })).toHaveCount(0);
    }
  });
}

test("the target form is accessible, with a template applied and with errors shown", async ({ page }) => {
  await openNewTarget(page);
  await expectAccessible(page);
  await page.getByLabel("Mall", { exact: true }).selectOption({ label: "Egenförsörjning vid avslut (arbete eller studier)" });
  await page.getByRole("button", { name: "Använd mallen" }).click();
  await expect(page.getByRole("checkbox", { name: "Lön/arbete" })).toBeChecked();
  await page.getByRole("button", { name: "Lägg till villkor" }).click();
  await page.getByRole("group", { name: "Villkor 2" }).getByLabel("Typ av villkor").selectOption({ label: "Mätvariabelns värde vid en tidpunkt" });
  await page.getByRole("button", { name: "Spara målet" }).click();
  await expect(page.getByRole("group", { name: "Villkor 2" }).getByText("Välj en mätvariabel")).toBeVisible();
  await expectAccessible(page);
});
