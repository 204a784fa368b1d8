import { readFileSync } from "node:fs";
import { test, expect, login, expectAccessible, queryDb } from "./support/fixtures";

async function vagknutenId(): Promise<string> {
  const [row] = await queryDb<{ id: string }>(
    `SELECT i.id FROM "Insats" i JOIN "Forbund" f ON f.id = i."forbundId" WHERE f.slug = 'kalmar' AND i.namn = 'Vägknuten 2.0'`,
  );
  return row!.id;
}

const inskrivningar = async (insatsId: string) =>
  Number((await queryDb<{ n: string }>(`SELECT count(*) AS n FROM "Inskrivning" WHERE "insatsId" = $1`, [insatsId]))[0]!.n);

const HEAD = "Kön;Födelseår;Startdatum;Försörjning vid start;VAS start;Avslutsdatum;Avslutsorsak;Försörjning vid avslut;Sysselsättning vid avslut;VAS avslut";
const fil = (rows: string[]) => ({ name: "vagknuten-import.csv", mimeType: "text/csv", buffer: Buffer.from("\uFEFF" + [HEAD, ...rows].join("\r\n") + "\r\n", "utf8") });

test("the kalmar vägledare downloads the template, sees row errors in Swedish, fixes the file and imports it", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "vagledare@kalmar.example");
  await expect(page).toHaveURL(/\/mitt-arbete$/);
  const insatsId = await vagknutenId();

  await page.goto(`/f/kalmar/insatser/${insatsId}`);
  await page.screenshot({ path: "/tmp/shots/import-insatssida.png" });
  await page.getByRole("link", { name: "Importera deltagare från fil" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importera deltagare" })).toBeVisible();
  await expectAccessible(page);

  // The template: the insats's columns and an example row.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Hämta mall (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe("importmall-vagknuten-2-0.csv");
  const mall = readFileSync((await download.path())!, "utf8");
  expect(mall.split("\r\n")[0]).toMatch(/^\uFEFFDeltagarkod;Kön;Födelseår;Startdatum;Grupp;/);
  await page.getByText("Visa kolumnerna").click();
  await expect(page.getByRole("rowheader", { name: "Avslutsorsak" })).toBeVisible();
  await page.screenshot({ path: "/tmp/shots/import-start.png", fullPage: true });

  // A file with two bad rows: a check that writes nothing and names row and column.
  const before = await inskrivningar(insatsId);
  await page.getByLabel("Fil att importera").setInputFiles(
    fil(["K;1984;2019-03-04;FORSORJNINGSSTOD;4;2019-10-01;Arbete;LON;FORVARVSARBETE;8", "M;85;2019-04-01;A_KASSA;12;;;;;", "Kvinna;1990;2019-05-06;Sjukpenning/rehabiliteringspenning;5;;;;;"]),
  );
  await page.getByRole("button", { name: "Kontrollera filen" }).click();
  await expect(page.getByRole("heading", { name: "Resultat av kontrollen" })).toBeVisible();
  await expect(page.getByText("2 fel på 1 rad. Inget har sparats – rätta filen och kontrollera igen.")).toBeVisible();
  const table = page.getByRole("table", { name: "Fel per rad och kolumn" });
  await expect(table.getByRole("row").nth(1)).toContainText("3Födelseår");
  await expect(table).toContainText('Ange födelseår med fyra siffror, t.ex. 1985 (nu "85")');
  await expect(table).toContainText("Livskvalitet (VAS) ska vara ett heltal mellan 0 och 10");
  await expect(page.getByRole("button", { name: "Importera", exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/shots/import-fel.png", fullPage: true });
  expect(await inskrivningar(insatsId)).toBe(before);

  // Fixed: the check passes and says what will be written.
  await page.getByLabel("Fil att importera").setInputFiles(
    fil(["K;1984;2019-03-04;FORSORJNINGSSTOD;4;2019-10-01;Arbete;LON;FORVARVSARBETE;8", "M;1985;2019-04-01;A_KASSA;7;;;;;", "Kvinna;1990;2019-05-06;Sjukpenning/rehabiliteringspenning;5;;;;;"]),
  );
  await page.getByRole("button", { name: "Kontrollera filen" }).click();
  await expect(page.getByText("Alla rader är giltiga.")).toBeVisible();
  await expect(page.getByText("Det här sparas när du importerar:")).toBeVisible();
  expect(await inskrivningar(insatsId)).toBe(before);
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/shots/import-ok.png", fullPage: true });

  await page.getByRole("button", { name: "Importera", exact: true }).click();
  const dialog = page.getByRole("alertdialog", { name: "Importera 3 rader?" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Ja, importera" }).click();
  await expect(page.getByRole("heading", { name: "Importen är klar" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Det här sparades:")).toBeVisible();
  await page.screenshot({ path: "/tmp/shots/import-klar.png", fullPage: true });
  expect(await inskrivningar(insatsId)).toBe(before + 3);
  const [audit] = await queryDb<{ details: { filnamn: string; inskrivningar: number } }>(
    `SELECT details FROM "AuditEvent" WHERE action = 'deltagare.import' AND "entityId" = $1 ORDER BY id DESC LIMIT 1`,
    [insatsId],
  );
  expect(audit!.details).toMatchObject({ filnamn: "vagknuten-import.csv", inskrivningar: 3 });

  await page.getByRole("link", { name: "Till insatsens deltagare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Deltagare" })).toBeVisible();
});

test("styrelse gets no import page and no link to it", async ({ page }) => {
  await login(page, "styrelse@trollhattan.example");
  await expect(page).toHaveURL(/\/styrelse$/);
  const [row] = await queryDb<{ id: string }>(`SELECT i.id FROM "Insats" i JOIN "Forbund" f ON f.id = i."forbundId" WHERE f.slug = 'trollhattan' AND i.namn = 'Friska Vindar 2.0'`);
  const res = await page.goto(`/f/trollhattan/insatser/${row!.id}/import`);
  expect(res?.status()).toBe(403);
  await page.goto(`/f/trollhattan/insatser/${row!.id}`);
  await expect(page.getByRole("link", { name: "Importera deltagare från fil" })).toHaveCount(0);
});
