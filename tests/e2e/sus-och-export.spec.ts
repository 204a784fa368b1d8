import fs from "node:fs";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Download, Page } from "@playwright/test";
import { test, expect, login, expectAccessible } from "./support/fixtures";

const SHOTS = "/tmp/shots";

async function hamta(page: Page, klick: () => Promise<void>): Promise<{ namn: string; bytes: Buffer }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent("download"), klick()]);
  return { namn: download.suggestedFilename(), bytes: fs.readFileSync((await download.path())!) };
}

function csv(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return Papa.parse<string[]>(bytes.toString("utf8").replace(/^\uFEFF/, ""), { delimiter: ";", skipEmptyLines: true }).data;
}

test("the processledare opens the SUS summary from the insats page and downloads a table as CSV", async ({ page }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await login(page, "processledare@trollhattan.example");
  await page.getByRole("region", { name: "Friska Vindar 2.0" }).getByRole("link", { name: "Friska Vindar 2.0" }).click();
  await page.getByRole("link", { name: "SUS-sammanställning" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "SUS-sammanställning: Friska Vindar 2.0" })).toBeVisible();
  const tabell = page.getByRole("region", { name: "Avslutade efter avslutsorsak och kön" });
  await expect(tabell.getByRole("rowheader", { name: "Uppgift saknas" })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/sus-processledare.png`, fullPage: true });

  const fil = await hamta(page, () => tabell.getByRole("link", { name: "CSV" }).click());
  expect(fil.namn).toMatch(/^sus-trollhattan-kon-avslutsorsak-.*\.csv$/);
  const rader = csv(fil.bytes);
  expect(rader[0]).toEqual(["Avslutsorsak", "Kvinna", "Man", "Totalt"]);
  expect(rader.map((r) => r[0])).toEqual(expect.arrayContaining(["Rätt ersättning eller försörjning", "Uppgift saknas", "Totalt"]));
});

test("the styrelse user sees '<5' on the SUS summary and gets no small number in the board view's workbook", async ({ page }) => {
  await login(page, "styrelse@trollhattan.example");
  await expect(page).toHaveURL(/\/styrelse$/);
  await expect(page.getByText("Även 0 visas som <5")).toBeVisible();
  const bok = await hamta(page, () => page.getByRole("link", { name: "Alla tabeller som Excel" }).click());
  expect(bok.namn).toMatch(/^styrelse-trollhattan-.*\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bok.bytes as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Om filen", "Mål och resultat", "Inskrivningar efter kön", "Budget och utfall"]);
  wb.getWorksheet("Inskrivningar efter kön")!.eachRow((rad, n) => {
    if (n === 1) return;
    for (const k of [3, 4, 5]) {
      const v = rad.getCell(k).value;
      if (typeof v === "number") expect(v, `rad ${n}`).toBeGreaterThanOrEqual(5);
    }
  });

  await page.goto("/f/trollhattan/insatser");
  await page.getByRole("link", { name: "Friska Vindar 2.0" }).first().click();
  await page.getByRole("link", { name: "SUS-sammanställning" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /SUS-sammanställning/ })).toBeVisible();
  await expect(page.locator("main")).toContainText("<5");
  await expect(page.getByRole("link", { name: "Resultat och utveckling" })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/sus-styrelse.png`, fullPage: true });
});

test("the overview's CSV beside a card's table holds that insats only, with Swedish characters intact", async ({ page }) => {
  await login(page, "processledare@trollhattan.example");
  await expect(page.getByText("Översikten räknar inskrivningar")).toBeVisible();
  const kort = page.getByRole("region", { name: "Vägen vidare" });
  const fil = await hamta(page, () => kort.getByRole("group", { name: "Ladda ner Inskrivningar efter kön" }).getByRole("link", { name: "CSV" }).click());
  const rader = csv(fil.bytes);
  expect(rader[0]).toEqual(["Insats", "Kön", "Aktiva vid periodens slut", "Avslutade i perioden", "Inskrivningar totalt", "Andel kvinnor"]);
  expect(new Set(rader.slice(1).map((r) => r[0]))).toEqual(new Set(["Vägen vidare"]));
  expect(rader.slice(1).map((r) => r[1])).toEqual(["Kvinnor", "Män", "Totalt"]);
});
