// GDPR journeys on the trollhattan demo: a vägledare corrects a person they
// registered, a processledare takes out a registerutdrag and erases the person,
// an admin sets the retention period. The person is registered by this spec, so
// no demo participant other specs read is changed.
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, login, expectAccessible, queryDb } from "./support/fixtures";
import { gallringsgrans } from "../../lib/domain/gallring";
import { pnr } from "../support/personnummer";

// Serial 1xx: outside the demo data's and the registrering spec's numbers; odd third digit: a man.
const PERSONNUMMER = pnr("19790305", String(101 + 2 * Math.floor(Math.random() * 40)).padStart(3, "0"));

let deltagareId = "";
let kod = "";

async function friskaVindarId(): Promise<string> {
  const [row] = await queryDb<{ id: string }>(
    `SELECT i.id FROM "Insats" i JOIN "Forbund" f ON f.id = i."forbundId" WHERE f.slug = 'trollhattan' AND i.namn = 'Friska Vindar 2.0'`,
  );
  return row!.id;
}

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });

test.describe.configure({ mode: "serial" });

test("a vägledare corrects the name of a person they registered; the log names the field, not the value", async ({ page }) => {
  test.setTimeout(90_000);
  await login(page, "vagledare@trollhattan.example");
  await expect(page).toHaveURL(/\/mitt-arbete$/);
  const res = await page.request.post(`/api/f/trollhattan/insatser/${await friskaVindarId()}/inskrivningar`, {
    data: { startdatum: "2021-06-01", identitet: { personnummer: PERSONNUMMER, fornamn: "Gustav", efternamn: "Felstavad" }, samtycke: { datum: "2021-05-28", omfattning: "Registrering och uppföljning" } },
  });
  expect(res.status(), await res.text()).toBe(201);
  ({ deltagareId, kod } = (await res.json()) as { deltagareId: string; kod: string });

  await page.goto(`/f/trollhattan/deltagare/${deltagareId}`);
  const panel = page.getByRole("heading", { name: "Personuppgifter (GDPR)" });
  await expect(panel).toBeVisible();
  // A vägledare corrects but neither extracts nor erases (that spans every insats).
  await expect(page.getByRole("link", { name: "Registerutdrag (PDF)" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Radera personuppgifter" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Rätta uppgifter" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Rätta uppgifter för ${kod}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Ny e-postadress").fill("inte-en-adress");
  await page.getByLabel("Nytt efternamn").fill("Rättstavad");
  await page.getByRole("button", { name: "Spara rättelsen" }).click();
  await expect(page.locator("#ratta-epost-error")).toHaveText("Ange en giltig e-postadress");
  await shot(page, "gdpr-ratta-fel");
  await page.getByLabel("Ny e-postadress").fill("");
  // Kön must match the personnummer: the server says so beside the field.
  await page.getByLabel("Kön").selectOption("K");
  await page.getByRole("button", { name: "Spara rättelsen" }).click();
  await expect(page.locator("#ratta-kon-error")).toHaveText("Kön stämmer inte med personnumret");
  await page.getByLabel("Kön").selectOption("M");
  await page.getByRole("button", { name: "Spara rättelsen" }).click();
  await expect(page.getByText("Rättelsen är sparad")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/f/trollhattan/deltagare/${deltagareId}$`));

  const [audit] = await queryDb<{ details: unknown }>(`SELECT details FROM "AuditEvent" WHERE action = 'deltagare.ratta' AND "entityId" = $1`, [deltagareId]);
  expect(audit!.details).toEqual({ andradeFalt: ["identitet.efternamn"] });
});

test("a processledare downloads the registerutdrag as PDF and erases the person's personuppgifter", async ({ page }) => {
  test.setTimeout(90_000);
  expect(deltagareId).not.toBe("");
  await login(page, "processledare@trollhattan.example");
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.goto(`/f/trollhattan/deltagare/${deltagareId}`);
  await expect(page.getByRole("heading", { name: "Personuppgifter (GDPR)" })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "gdpr-panel-processledare");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Registerutdrag (PDF)" }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^registerutdrag-${kod}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  const pdf = fs.readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  fs.mkdirSync("/tmp/shots", { recursive: true });
  fs.writeFileSync("/tmp/shots/registerutdrag.pdf", pdf);
  const json = await page.request.get(`/api/f/trollhattan/deltagare/${deltagareId}/registerutdrag`);
  expect(json.status()).toBe(200);
  expect(await json.json()).toMatchObject({ identitet: { personnummer: PERSONNUMMER, fornamn: "Gustav", efternamn: "Rättstavad" } });
  const extracts = await queryDb<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent" WHERE action = 'export.registerutdrag' AND "entityId" = $1`, [deltagareId]);
  expect(Number(extracts[0]!.n)).toBe(2);

  await page.getByRole("button", { name: "Radera personuppgifter" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog.getByRole("heading", { name: `Radera personuppgifterna för ${kod}?` })).toBeVisible();
  await shot(page, "gdpr-radera-dialog");
  await dialog.getByRole("button", { name: "Radera för gott" }).click();
  await expect(page.getByText("Personuppgifterna är raderade", { exact: true })).toBeVisible();
  await expect(page.getByText(/Personuppgifterna raderades \d{4}-\d{2}-\d{2}\./)).toBeVisible();
  await expect(page.getByRole("button", { name: "Radera personuppgifter" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("RADERAD-");
  await expectAccessible(page);
  await shot(page, "gdpr-raderad");

  const rows = await queryDb<{ n: string }>(`SELECT count(*) AS n FROM "DeltagareIdentitet" WHERE "deltagareId" = $1`, [deltagareId]);
  expect(Number(rows[0]!.n)).toBe(0);
  const [kvar] = await queryDb<{ kon: string; fodelsear: number; inskrivningar: string }>(
    `SELECT d.kon, d.fodelsear, (SELECT count(*) FROM "Inskrivning" i WHERE i."deltagareId" = d.id) AS inskrivningar FROM "Deltagare" d WHERE d.id = $1`,
    [deltagareId],
  );
  expect(kvar).toEqual({ kon: "M", fodelsear: 1979, inskrivningar: "1" });
});

test("an admin sets the retention period; a bad value gets a message beside the field", async ({ page }) => {
  test.setTimeout(60_000);
  await login(page, "admin@trollhattan.example");
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.goto("/f/trollhattan/admin");
  await page.getByRole("link", { name: "Gallring" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gallring av personuppgifter" })).toBeVisible();
  await expectAccessible(page);
  const field = page.getByLabel("Månader efter avslut");
  const before = await field.inputValue();
  await field.fill("0");
  await page.getByRole("button", { name: "Spara perioden" }).click();
  await expect(page.locator("#gallring-manader-error")).toHaveText("Minst 1 månad");
  await field.fill("36");
  await page.getByRole("button", { name: "Spara perioden" }).click();
  await expect(page.getByText("Gallringsperioden är sparad")).toBeVisible();
  const idag = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  await expect(page.getByText(`avslutades före ${gallringsgrans(idag, 36)}.`)).toBeVisible();
  await shot(page, "gdpr-gallring-admin");
  const [audit] = await queryDb<{ details: unknown }>(`SELECT details FROM "AuditEvent" WHERE action = 'forbund.gallring' ORDER BY id DESC LIMIT 1`);
  expect(audit!.details).toEqual({ fran: Number(before), till: 36 });
  // Put the demo value back for other specs.
  await field.fill(before);
  await page.getByRole("button", { name: "Spara perioden" }).click();
  await expect(page.getByText("Gallringsperioden är sparad").first()).toBeVisible();
});
