import fs from "node:fs";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { test, expect, login, expectAccessible, queryDb } from "./support/fixtures";

const PROCESSLEDARE = "processledare@trollhattan.example";
const FRISKA_VINDAR = "Friska Vindar 2.0";

/** Distinct deltagare of Friska Vindar active in 2020 by kön, straight from the database (the report must agree). */
async function friskaVindar2020(): Promise<{ K: number; M: number }> {
  const rows = await queryDb<{ kon: "K" | "M"; antal: string }>(
    `SELECT d.kon, COUNT(DISTINCT d.id) AS antal
       FROM "Inskrivning" i
       JOIN "Insats" s ON s.id = i."insatsId" AND s."forbundId" = i."forbundId"
       JOIN "Forbund" f ON f.id = s."forbundId"
       JOIN "Deltagare" d ON d.id = i."deltagareId" AND d."forbundId" = i."forbundId"
      WHERE f.slug = 'trollhattan' AND s.namn = $1
        AND i.startdatum <= '2020-12-31' AND (i.avslutsdatum IS NULL OR i.avslutsdatum >= '2020-01-01')
        AND i.avslutsorsak IS DISTINCT FROM 'FELREGISTRERING'
      GROUP BY d.kon`,
    [FRISKA_VINDAR],
  );
  const per = Object.fromEntries(rows.map((r) => [r.kon, Number(r.antal)]));
  return { K: per.K ?? 0, M: per.M ?? 0 };
}

test("the processledare opens Rapporter, picks a year, reads the table and downloads the CSV", async ({ page }) => {
  fs.mkdirSync("/tmp/shots", { recursive: true });
  await login(page, PROCESSLEDARE);
  await expect(page).toHaveURL(/\/f\/trollhattan$/);
  await page.getByRole("navigation").getByRole("link", { name: "Rapporter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapporter" })).toBeVisible();
  // No data in the previous year (2025): the report opens on the latest year with data.
  await expect(page.getByRole("heading", { level: 2, name: "Uppföljning Finsam 2021" })).toBeVisible();

  await page.getByLabel("År", { exact: true }).selectOption("2020");
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page).toHaveURL(/\/rapporter\?ar=2020$/);
  await expect(page.getByRole("heading", { level: 2, name: "Uppföljning Finsam 2020" })).toBeVisible();

  const table = page.getByRole("table", { name: "Uppföljning Finsam 2020, per insats" });
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(FRISKA_VINDAR) }) });
  await expect(row).toHaveCount(1);
  const cells = row.getByRole("cell");
  const expected = await friskaVindar2020();
  expect(expected.K + expected.M).toBeGreaterThan(0);
  await expect(cells.nth(0)).toHaveText("Individinriktad");
  await expect(cells.nth(1)).toHaveText("Ja");
  // 400 planned for 2020–2021, spread by days: 200 in 2020.
  await expect(cells.nth(3)).toContainText("200");
  await expect(cells.nth(4)).toHaveText(String(expected.K));
  await expect(cells.nth(5)).toHaveText(String(expected.M));
  await expect(cells.nth(6)).toHaveText(String(expected.K + expected.M));
  await expect(table.getByRole("rowheader", { name: /Förbundet totalt/ })).toBeVisible();

  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/shots/rapporter.png", fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ladda ner CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("uppfoljning-finsam-trollhattan-2020.csv");
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const { data } = Papa.parse<string[]>(bytes.subarray(3).toString("utf8"), { delimiter: ";", skipEmptyLines: true });
  expect(data[0]!.slice(0, 3)).toEqual(["År", "Insats", "Inriktning"]);
  const fv = data.find((r) => r[1] === FRISKA_VINDAR)!;
  expect(fv[5]).toBe("Ja");
  expect(fv.slice(9, 13)).toEqual([String(expected.K), String(expected.M), "0", String(expected.K + expected.M)]);
  expect(data.at(-1)![1]).toBe("Förbundet totalt");
});

test("the processledare downloads the ESF participant file for a month, and it is audited", async ({ page }) => {
  await login(page, PROCESSLEDARE);
  await expect(page).toHaveURL(/\/f\/trollhattan$/);
  await page.goto("/f/trollhattan/rapporter?ar=2020");
  const esf = page.getByRole("region", { name: "ESF-deltagarfil till SCB" });
  await expect(esf.getByText("Filen innehåller personnummer.", { exact: false })).toBeVisible();
  await esf.getByLabel(`Månad för ${FRISKA_VINDAR}`).fill("2020-03");
  await esf.screenshot({ path: "/tmp/shots/rapporter-esf.png" });

  const [download] = await Promise.all([page.waitForEvent("download"), esf.getByRole("button", { name: "Ladda ner Excel" }).click()]);
  expect(download.suggestedFilename()).toBe("esf-deltagare-friska-vindar-2-0-2020-03.xlsx");
  const bok = new ExcelJS.Workbook();
  await bok.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  const blad = bok.worksheets[0]!;
  expect((blad.getRow(1).values as unknown[]).slice(1)).toEqual(["Personnummer", "Skyddad identitet (kod)", "Händelse", "Datum", "Kön", "Födelseår", "Avslutsorsak", "Anmärkning"]);
  const rader = blad.rowCount - 1;
  expect(rader).toBeGreaterThan(0);
  for (let i = 2; i <= blad.rowCount; i++) {
    const r = blad.getRow(i).values as unknown[];
    expect(String(r[4])).toMatch(/^2020-03-\d\d$/);
    // Either a full personnummer or a code, never both.
    expect(Boolean(r[1]) !== Boolean(r[2])).toBe(true);
  }

  const [audit] = await queryDb<{ details: { manad: string; rader: number } }>(
    `SELECT a.details FROM "AuditEvent" a JOIN "User" u ON u.id = a."userId" WHERE u.email = $1 AND a.action = 'export.esf' ORDER BY a.id DESC LIMIT 1`,
    [PROCESSLEDARE],
  );
  expect(audit!.details).toMatchObject({ manad: "2020-03", rader });

  // A refusal is shown beside the field, not as a JSON page.
  await page.route("**/esf?manad=*", (route) =>
    route.fulfill({ status: 401, json: { error: { code: "unauthorized", message: "Du behöver logga in" } } }),
  );
  await esf.getByRole("button", { name: "Ladda ner Excel" }).click();
  await expect(esf.getByRole("alert")).toHaveText("Du behöver logga in");
  await expect(esf.getByLabel(`Månad för ${FRISKA_VINDAR}`)).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/f\/trollhattan\/rapporter\?ar=2020$/);
});

test("the admin sees the report but is told only processledare export the ESF file", async ({ page }) => {
  await login(page, "admin@trollhattan.example");
  await expect(page).toHaveURL(/\/f\/trollhattan$/);
  await page.goto("/f/trollhattan/rapporter?ar=tjugo");
  await expect(page.getByRole("alert").filter({ hasText: "Året kunde inte läsas" })).toContainText("Ange året med fyra siffror, till exempel 2024. Visar 2021 i stället.");
  await expect(page.getByText("Bara processledare kan ladda ner ESF-filen")).toBeVisible();
  await expect(page.getByRole("button", { name: "Ladda ner Excel" })).toHaveCount(0);
  await expectAccessible(page);

  // 2019 has no data in trollhattan, so it is not among the choices; the address still opens it.
  await expect(page.getByLabel("År", { exact: true }).locator("option", { hasText: "2019" })).toHaveCount(0);
  await page.goto("/f/trollhattan/rapporter?ar=2019");
  await expect(page.getByLabel("År", { exact: true })).toHaveValue("2019");
  await expect(page.getByText("Inga insatser pågick och inget registrerades under 2019.")).toBeVisible();
  await page.screenshot({ path: "/tmp/shots/rapporter-tomt-ar.png", fullPage: true });
});
