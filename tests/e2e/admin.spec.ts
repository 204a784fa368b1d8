// The admin's security tools end to end: API keys (shown once, usable as a
// Bearer token, revocable), user administration, the audit log and its
// export, and login throttling — on throwaway accounts only, so the demo
// users other specs log in as are never locked out.
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { test, expect, login, expectAccessible, queryDb } from "./support/fixtures";

test.describe.configure({ mode: "serial" });

const ADMIN = "admin@trollhattan.example";
const suffix = randomUUID().slice(0, 6);
let throwaway: { email: string; password: string };

/**
 * Sonner's rich-colour success toast (root layout, not this area) fails axe's
 * colour-contrast rule; scan the page itself once the toast has gone.
 */
async function withoutToasts(page: import("@playwright/test").Page) {
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
}

test("the admin landing links users, API keys and the audit log", async ({ page }) => {
  await login(page, ADMIN);
  await page.waitForURL(/\/f\/trollhattan$/);
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Administration" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  for (const name of ["Användare", "API-nycklar", "Granskningslogg"]) await expect(page.getByRole("link", { name })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/shots/admin-landing.png", fullPage: true });
});

test("an API key is shown once, works as a Bearer token, and stops working when revoked", async ({ page, request }) => {
  await login(page, ADMIN);
  await page.waitForURL(/\/f\/trollhattan$/);
  await page.goto("/f/trollhattan/admin/api-nycklar");
  await expectAccessible(page);
  await page.getByLabel("Namn").fill(`E2E-integration ${suffix}`);
  await page.getByLabel("Roll").selectOption("PROCESSLEDARE");
  await page.getByRole("button", { name: "Skapa nyckel" }).click();
  const tokenField = page.getByLabel("Ny API-nyckel");
  await expect(tokenField).toBeVisible();
  const token = await tokenField.inputValue();
  expect(token).toMatch(/^ipk_/);
  await expect(page.getByText("Nyckeln visas bara den här gången")).toBeVisible();
  await page.screenshot({ path: "/tmp/shots/admin-api-nyckel-skapad.png", fullPage: true });

  const url = "/api/f/trollhattan/insatser";
  const ok = await request.get(url, { headers: { Authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).insatser.map((i: { namn: string }) => i.namn)).toContain("Friska Vindar 2.0");
  expect((await request.get("/api/f/kalmar/insatser", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(404);

  // Shown once: after a reload only the prefix is left, and last use is recorded.
  await page.reload();
  await expect(page.getByLabel("Ny API-nyckel")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);
  const row = page.getByRole("row").filter({ hasText: `E2E-integration ${suffix}` });
  await expect(row.getByText(token.slice(0, 12) + "…")).toBeVisible();
  await expect(row.getByText("Aktiv")).toBeVisible();
  await expect(row.getByRole("cell", { name: "Aldrig" })).toHaveCount(0);
  await expectAccessible(page);

  await row.getByRole("button", { name: /Återkalla/ }).click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.getByRole("alertdialog").getByRole("button", { name: "Återkalla" }).click();
  await expect(row.getByText("Återkallad")).toBeVisible();
  await page.screenshot({ path: "/tmp/shots/admin-api-nyckel-aterkallad.png", fullPage: true });
  const refused = await request.get(url, { headers: { Authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
});

test("the invite and API key forms check with the shared schema: Swedish messages beside the fields, the first one focused, typed text kept, a corrected field cleared", async ({ page }) => {
  await login(page, ADMIN);
  await page.waitForURL(/\/f\/trollhattan$/);
  await page.goto("/f/trollhattan/admin/anvandare");
  await page.getByLabel("Namn").fill("Kvar efter felet");
  await page.getByRole("button", { name: "Bjud in" }).click();
  const email = page.getByLabel("E-postadress");
  await expect(page.getByText("Ange en e-postadress")).toBeVisible();
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Namn")).toHaveValue("Kvar efter felet");
  await email.fill("inte-en-adress");
  await expect(page.getByText("Ange en giltig e-postadress")).toBeVisible();
  await email.fill("rattad@trollhattan.example");
  await expect(page.getByText("Ange en giltig e-postadress")).toHaveCount(0);
  await expect(email).toHaveAttribute("aria-invalid", "false");

  await page.goto("/f/trollhattan/admin/api-nycklar");
  await page.getByRole("button", { name: "Skapa nyckel" }).click();
  await expect(page.getByText("Ange ett namn som säger vad nyckeln används till")).toBeVisible();
  await expect(page.getByLabel("Namn")).toBeFocused();
});

test("the admin invites a user, changes the role, and the new user signs in and must choose their own password", async ({ page, browser }) => {
  throwaway = { email: `e2e-${suffix}@trollhattan.example`, password: "" };
  await login(page, ADMIN);
  await page.waitForURL(/\/f\/trollhattan$/);
  await page.goto("/f/trollhattan/admin/anvandare");
  await expectAccessible(page);
  await page.getByLabel("E-postadress").fill(throwaway.email);
  await page.getByLabel("Namn").fill(`Tillfällig Testare ${suffix}`);
  await page.getByLabel("Roll", { exact: true }).selectOption("STYRELSE");
  await page.getByRole("button", { name: "Bjud in" }).click();
  const passwordField = page.getByLabel(`Tillfälligt lösenord för ${throwaway.email}`);
  await expect(passwordField).toBeVisible();
  throwaway.password = await passwordField.inputValue();
  expect(throwaway.password.length).toBeGreaterThanOrEqual(10);
  await page.screenshot({ path: "/tmp/shots/admin-anvandare-inbjuden.png", fullPage: true });

  const row = page.getByRole("row").filter({ hasText: throwaway.email });
  await row.getByLabel(`Roll för Tillfällig Testare ${suffix}`).selectOption("PROCESSLEDARE");
  await row.getByRole("button", { name: /Spara roll/ }).click();
  await expect(page.getByText("Rollen har ändrats")).toBeVisible();
  const [membership] = await queryDb<{ role: string }>(
    `SELECT m.role FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`,
    [throwaway.email],
  );
  expect(membership?.role).toBe("PROCESSLEDARE");
  await withoutToasts(page);
  await expectAccessible(page);

  const other = await browser.newPage();
  await login(other, throwaway.email, throwaway.password);
  // A temporary password must be replaced before anything else (tests/e2e/konto.spec.ts covers the page).
  await expect(other).toHaveURL(/\/konto\/losenord$/);
  const own = `Eget-losenord-${suffix}`;
  await other.getByLabel("Tillfälligt lösenord").fill(throwaway.password);
  await other.getByLabel("Nytt lösenord").fill(own);
  await other.getByLabel("Upprepa det nya lösenordet").fill(own);
  await other.getByRole("button", { name: "Spara nytt lösenord" }).click();
  await expect(other).toHaveURL(/\/f\/trollhattan$/);
  throwaway.password = own;
  await other.close();
});

test("a deactivated user's open session is refused on the next request", async ({ page, browser }) => {
  const session = await browser.newPage();
  await login(session, throwaway.email, throwaway.password);
  await expect(session).toHaveURL(/\/f\/trollhattan$/);

  await login(page, ADMIN);
  await page.waitForURL(/\/f\/trollhattan$/);
  await page.goto("/f/trollhattan/admin/anvandare");
  const row = page.getByRole("row").filter({ hasText: throwaway.email });
  await row.getByRole("button", { name: /Inaktivera/ }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Inaktivera" }).click();
  await expect(row.getByText("Inaktiverad")).toBeVisible();

  await session.goto("/f/trollhattan/insatser");
  await expect(session).toHaveURL(/\/login/);
  await session.close();
});

test("repeated failed logins on one account give the Swedish throttling message", async ({ browser }) => {
  // Its own address, so the failures here never count against localhost, where the other specs log in.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 200) + 20}` } });
  const page = await context.newPage();
  const email = `e2e-throttle-${suffix}@trollhattan.example`;
  for (let i = 0; i < 5; i++) {
    await login(page, email, `fel-losenord-${i}`);
    await expect(page.getByRole("alert").filter({ hasText: "Fel e-postadress eller lösenord" })).toBeVisible();
  }
  await login(page, email, "fel-losenord-igen");
  await expect(page.getByRole("alert").filter({ hasText: "För många misslyckade inloggningar. Försök igen om 15 minuter." })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/shots/login-throttled.png", fullPage: true });
  const rows = await queryDb<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent" WHERE action = 'login.failure' AND details->>'email' = $1`, [email]);
  expect(Number(rows[0]!.n)).toBe(6);
  await context.close();
});

test("the audit log filters, pages and exports as CSV, and the export is itself logged", async ({ page }) => {
  await login(page, ADMIN);
  await page.waitForURL(/\/f\/trollhattan$/);
  await page.goto("/f/trollhattan/admin/logg");
  await expect(page.getByRole("heading", { level: 1, name: "Granskningslogg" })).toBeVisible();
  await page.getByLabel("Händelse").fill("apinyckel");
  await page.getByRole("button", { name: "Sök" }).click();
  await expect(page).toHaveURL(/handelse=apinyckel/);
  const table = page.getByRole("table", { name: "Granskningslogg, nyast först" });
  await expect(table.getByText("apinyckel.revoke").first()).toBeVisible();
  await expect(table.getByText("apinyckel.create").first()).toBeVisible();
  await expect(table.getByText("insats.")).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/shots/admin-logg.png", fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Exportera som CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^granskningslogg-trollhattan-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString("utf8");
  expect(csv).toContain("händelse");
  expect(csv).toContain("apinyckel.create");
  expect(csv).not.toContain("insats.update");

  await page.getByLabel("Händelse").fill("audit.export");
  await page.getByRole("button", { name: "Sök" }).click();
  await expect(table.getByText("audit.export").first()).toBeVisible();
});

test("a processledare cannot open the admin pages", async ({ page }) => {
  await login(page, "processledare@trollhattan.example");
  await page.waitForURL(/\/f\/trollhattan$/);
  for (const path of ["/f/trollhattan/admin", "/f/trollhattan/admin/anvandare", "/f/trollhattan/admin/api-nycklar", "/f/trollhattan/admin/logg"]) {
    expect((await page.goto(path))?.status()).toBe(403);
  }
  await expect(page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Administration" })).toHaveCount(0);
});
