// Lists (components/ui/data-table.tsx) and the print stylesheet: the column choice
// survives a reload, the search covers every row rather than the page on screen, and a
// printout has no navigation or controls, names the förbund and holds the whole list.
import { test, expect, login, expectAccessible, queryDb } from "./support/fixtures";

const INSATS = "Vägknuten 2.0";

async function openDeltagare(page: import("@playwright/test").Page) {
  await expect(page).toHaveURL(/\/f\/kalmar$/, { timeout: 15_000 });
  const [insats] = await queryDb<{ id: string }>(`SELECT id FROM "Insats" WHERE namn = $1`, [INSATS]);
  if (!insats) throw new Error(`${INSATS} is missing from the demo data`);
  await page.goto(`/f/kalmar/insatser/${insats.id}/deltagare`);
  await expect(page.getByRole("heading", { level: 1, name: "Deltagare" })).toBeVisible();
  return insats.id;
}

test("a hidden column stays hidden after a reload and comes back when chosen again", async ({ page }) => {
  await login(page, "processledare@kalmar.example");
  await openDeltagare(page);
  const table = page.getByRole("table", { name: /Deltagare/ });
  await expect(table.getByRole("columnheader", { name: /Åldersgrupp/ })).toBeVisible();

  await page.getByRole("button", { name: "Kolumner" }).click();
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitemcheckbox", { name: "Åldersgrupp" })).toBeChecked();
  await expectAccessible(page);
  await menu.getByRole("menuitemcheckbox", { name: "Åldersgrupp" }).click();
  await page.keyboard.press("Escape");
  await expect(table.getByRole("columnheader", { name: /Åldersgrupp/ })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("table", { name: /Deltagare/ }).getByRole("columnheader", { name: /Kod/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Deltagare/ }).getByRole("columnheader", { name: /Åldersgrupp/ })).toHaveCount(0);

  await page.getByRole("button", { name: "Kolumner" }).click();
  await page.getByRole("menu").getByRole("menuitemcheckbox", { name: "Åldersgrupp" }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("table", { name: /Deltagare/ }).getByRole("columnheader", { name: /Åldersgrupp/ })).toBeVisible();
});

test("the search finds a participant who is not on the first page", async ({ page }) => {
  await login(page, "processledare@kalmar.example");
  const insatsId = await openDeltagare(page);
  // The list is newest first; the oldest enrolment is beyond the first page of 50.
  const [aldst] = await queryDb<{ kod: string }>(
    `SELECT d.kod FROM "Inskrivning" i JOIN "Deltagare" d ON d.id = i."deltagareId" AND d."forbundId" = i."forbundId"
     WHERE i."insatsId" = $1 ORDER BY i.startdatum ASC, i.id DESC LIMIT 1`,
    [insatsId],
  );
  if (!aldst) throw new Error("the insats has no participants");
  const table = page.getByRole("table", { name: /Deltagare/ });
  await expect(table.getByRole("link", { name: aldst.kod })).toHaveCount(0);
  // The list is paged on the server: the search is a GET form over every row of the insats.
  await page.getByRole("searchbox").fill(aldst.kod.toLowerCase());
  await page.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/sok=/);
  await expect(table.getByRole("link", { name: aldst.kod })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(2); // the header and the one match
});

test("sorting the server-paged list by code orders every page, and the pager keeps the order", async ({ page }) => {
  await login(page, "processledare@kalmar.example");
  const insatsId = await openDeltagare(page);
  const koder = (await queryDb<{ kod: string }>(
    `SELECT d.kod FROM "Inskrivning" i JOIN "Deltagare" d ON d.id = i."deltagareId" AND d."forbundId" = i."forbundId" WHERE i."insatsId" = $1`,
    [insatsId],
  )).map((r) => r.kod);
  const table = page.getByRole("table", { name: /Deltagare/ });
  await table.getByRole("link", { name: "Kod" }).click();
  await expect(page).toHaveURL(/sortera=kod&ordning=asc/);
  await expect(table.getByRole("columnheader", { name: "Kod" })).toHaveAttribute("aria-sort", "ascending");
  const page1 = await table.locator("tbody tr td:first-child").allInnerTexts();
  await page.getByRole("link", { name: "Nästa" }).click();
  await expect(page).toHaveURL(/sida=2/);
  await expect(page).toHaveURL(/sortera=kod/);
  const page2 = await table.locator("tbody tr td:first-child").allInnerTexts();
  const sorted = [...koder].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  expect([...page1, ...page2].map((k) => k.trim())).toEqual(sorted.slice(0, page1.length + page2.length));
});

test("a printed list has no navigation, filter or buttons, names the förbund and holds every row", async ({ page }) => {
  await login(page, "vagledare@trollhattan.example");
  await expect(page).toHaveURL(/\/mitt-arbete$/, { timeout: 15_000 });
  const region = page.getByRole("region", { name: "Friska Vindar 2.0" });
  const heading = await region.getByRole("heading", { name: /Uppföljningar att göra/ }).innerText();
  const n = Number(/\((\d+)\)/.exec(heading)?.[1]);
  expect(n).toBeGreaterThan(25);
  const table = region.getByRole("table", { name: /Uppföljningar att göra/ });
  await expect(table.locator("tbody tr")).toHaveCount(25); // one page on screen

  await page.emulateMedia({ media: "print" });
  // The browser sends beforeprint; repeat it until the page has hydrated and listens.
  await expect(async () => {
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await expect(table.locator("tbody tr")).toHaveCount(n, { timeout: 1_000 });
  }).toPass();
  await expect(page.getByRole("navigation", { name: "Huvudmeny" })).toBeHidden();
  await expect(region.getByRole("searchbox").first()).toBeHidden();
  await expect(region.getByRole("button", { name: "Kolumner" }).first()).toBeHidden();
  await expect(page.getByRole("button", { name: "Logga ut" })).toBeHidden();
  await expect(page.locator("[data-print-heading]")).toBeVisible();
  await expect(page.locator("[data-print-heading]")).toContainText("Trollhättan");
  // Headers are plain text on paper (Chromium leaves buttons out of repeated headers).
  await expect(table.locator("thead button")).toHaveCount(0);

  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  await expect(table.locator("tbody tr")).toHaveCount(25);
  await expect(page.getByRole("navigation", { name: "Huvudmeny" })).toBeVisible();
});

test("a printed page of a server-paged list says which rows it holds", async ({ page }) => {
  await login(page, "processledare@kalmar.example");
  const insatsId = await openDeltagare(page);
  const [row] = await queryDb<{ n: number }>(`SELECT count(*)::int AS n FROM "Inskrivning" WHERE "insatsId" = $1`, [insatsId]);
  const n = row?.n ?? 0;
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText(`Rad 1–50 av ${n}`)).toBeVisible();
  await expect(page.getByRole("search")).toBeHidden();
});
