// Accounts and sessions end to end (issue 7): an invited user must choose
// their own password first; "Logga ut från alla enheter" in one browser ends
// the session in another while this one goes on; an idle session ends with a
// message on the login page. On a throwaway account only, so the demo users
// other specs log in as are never signed out.
import { randomUUID } from "node:crypto";
import { decode, encode } from "next-auth/jwt";
import { test, expect, login, expectAccessible, queryDb } from "./support/fixtures";

test.describe.configure({ mode: "serial" });

const ADMIN = "admin@trollhattan.example";
const suffix = randomUUID().slice(0, 6);
const account = { email: `e2e-konto-${suffix}@trollhattan.example`, password: "" };
const OWN_PASSWORD = `Mitt-eget-${suffix}-losen`;

/** Swaps the session cookie for another value: cleared first, so the browser never sends two of the same name. */
async function replaceSessionCookie(context: import("@playwright/test").BrowserContext, name: string, value: string, url: string) {
  await context.clearCookies({ name });
  await context.addCookies([{ name, value, url, httpOnly: true, sameSite: "Lax" }]);
}

test("the account pages send a logged-out visitor to the login page", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const path of ["/konto", "/konto/losenord"]) {
    const res = await anonymous.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(307);
    expect(res.headers().location).toContain(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  await anonymous.dispose();
});

test("an invited user is held at /konto/losenord until they have chosen a password of their own", async ({ page, browser }) => {
  await login(page, ADMIN);
  await page.waitForURL(/\/f\/trollhattan$/);
  await page.goto("/f/trollhattan/admin/anvandare");
  await page.getByLabel("E-postadress").fill(account.email);
  await page.getByLabel("Namn").fill(`Konto Testare ${suffix}`);
  await page.getByLabel("Roll", { exact: true }).selectOption("PROCESSLEDARE");
  await page.getByRole("button", { name: "Bjud in" }).click();
  const passwordField = page.getByLabel(`Tillfälligt lösenord för ${account.email}`);
  await expect(passwordField).toBeVisible();
  account.password = await passwordField.inputValue();

  const context = await browser.newContext();
  const invited = await context.newPage();
  await login(invited, account.email, account.password);
  await expect(invited).toHaveURL(/\/konto\/losenord$/);
  await expect(invited.getByRole("heading", { level: 1, name: "Välj ett eget lösenord" })).toBeVisible();
  // Nothing else opens, and the API refuses the session with 403 JSON.
  await invited.goto("/f/trollhattan/insatser");
  await expect(invited).toHaveURL(/\/konto\/losenord$/);
  const api = await context.request.get("/api/f/trollhattan/insatser");
  expect(api.status()).toBe(403);
  expect((await api.json()).error.message).toContain("tillfälliga lösenord");
  await expectAccessible(invited);

  // The policy answers beside the field; nothing is saved.
  await invited.getByLabel("Tillfälligt lösenord").fill(account.password);
  await invited.getByLabel("Nytt lösenord").fill("kort");
  await invited.getByLabel("Upprepa det nya lösenordet").fill("kort");
  await invited.getByRole("button", { name: "Spara nytt lösenord" }).click();
  await expect(invited.getByText("Lösenordet måste ha minst 10 tecken")).toBeVisible();
  await invited.getByLabel("Nytt lösenord").fill(account.email);
  await invited.getByLabel("Upprepa det nya lösenordet").fill(account.email);
  await invited.getByRole("button", { name: "Spara nytt lösenord" }).click();
  await expect(invited.getByText("Lösenordet får inte vara din e-postadress")).toBeVisible();
  await invited.screenshot({ path: "/tmp/shots/konto-losenord-tvingat.png", fullPage: true });

  await invited.getByLabel("Nytt lösenord").fill(OWN_PASSWORD);
  await invited.getByLabel("Upprepa det nya lösenordet").fill(OWN_PASSWORD);
  await invited.getByRole("button", { name: "Spara nytt lösenord" }).click();
  await expect(invited).toHaveURL(/\/f\/trollhattan$/);
  account.password = OWN_PASSWORD;
  await context.close();
});

test("signing out of all devices in one browser ends the session in another, and this one goes on", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  const b = await second.newPage();
  await login(a, account.email, account.password);
  await expect(a).toHaveURL(/\/f\/trollhattan$/);
  await login(b, account.email, account.password);
  await expect(b).toHaveURL(/\/f\/trollhattan$/);

  await a.goto("/konto");
  await expect(a.getByRole("heading", { level: 1, name: "Mitt konto" })).toBeVisible();
  await expect(a.getByText(account.email)).toBeVisible();
  await expectAccessible(a);
  await a.screenshot({ path: "/tmp/shots/konto.png", fullPage: true });
  await a.getByRole("button", { name: "Logga ut från alla enheter" }).click();
  await a.getByRole("alertdialog").getByRole("button", { name: "Ja, logga ut överallt" }).click();
  await expect(a.getByText("Du är utloggad från alla andra enheter.")).toBeVisible();

  // The other browser is out, and the login page says why.
  await b.goto("/f/trollhattan/insatser");
  await expect(b).toHaveURL(/\/login\?.*utgang=utloggad/);
  await expect(b.getByRole("status")).toContainText("Du har loggats ut.");
  expect((await second.request.get("/api/f/trollhattan/insatser")).status()).toBe(401);
  await expectAccessible(b);
  await b.screenshot({ path: "/tmp/shots/login-utloggad.png", fullPage: true });

  // This browser goes on.
  await a.goto("/f/trollhattan/insatser");
  await expect(a).toHaveURL(/\/f\/trollhattan\/insatser$/);
  expect((await first.request.get("/api/f/trollhattan/insatser")).status()).toBe(200);

  const audit = await queryDb<{ n: string }>(
    `SELECT count(*) AS n FROM "AuditEvent" e JOIN "User" u ON u.id = e."userId" WHERE e.action = 'konto.logga-ut-overallt' AND u.email = $1`,
    [account.email],
  );
  expect(Number(audit[0]!.n)).toBe(1);
  await first.close();
  await second.close();
});

test("a session idle for longer than the limit ends with a message on the login page", async ({ browser, baseURL }) => {
  const secret = process.env.NEXTAUTH_SECRET!;
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, account.email, account.password);
  await expect(page).toHaveURL(/\/f\/trollhattan$/);
  // Move the session's last request 31 minutes back, as if the user had left the computer.
  const cookie = (await context.cookies(baseURL)).find((c) => c.name.endsWith("next-auth.session-token"))!;
  const token = (await decode({ token: cookie.value, secret }))!;
  const aged = await encode({ token: { ...token, lastSeen: Date.now() - 31 * 60_000 }, secret });
  await replaceSessionCookie(context, cookie.name, aged, baseURL!);

  // The API answers 401 JSON (no redirect); the next page goes to the login page with the reason.
  const api = await context.request.get("/api/f/trollhattan/insatser", { maxRedirects: 0 });
  expect(api.status()).toBe(401);
  expect((await api.json()).error.code).toBe("unauthorized");
  await page.goto("/f/trollhattan/insatser");
  await expect(page).toHaveURL(/\/login\?.*utgang=inaktiv/);
  await expect(page.getByRole("status")).toHaveText("Du har loggats ut efter 30 minuter utan aktivitet. Logga in igen för att fortsätta.");
  await page.screenshot({ path: "/tmp/shots/login-inaktiv.png", fullPage: true });
  // Signing in again brings the user back to where they were going.
  await page.getByLabel("E-postadress").fill(account.email);
  await page.getByLabel("Lösenord").fill(account.password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page).toHaveURL(/\/f\/trollhattan\/insatser$/);
  await context.close();
});

test("a session past its absolute limit ends however active, with its own message", async ({ browser, baseURL }) => {
  const secret = process.env.NEXTAUTH_SECRET!;
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, account.email, account.password);
  await expect(page).toHaveURL(/\/f\/trollhattan$/);
  const cookie = (await context.cookies(baseURL)).find((c) => c.name.endsWith("next-auth.session-token"))!;
  const token = (await decode({ token: cookie.value, secret }))!;
  const aged = await encode({ token: { ...token, loginAt: Date.now() - 8 * 3600_000 - 60_000, lastSeen: Date.now() - 60_000 }, secret });
  await replaceSessionCookie(context, cookie.name, aged, baseURL!);

  await page.goto("/f/trollhattan");
  await expect(page).toHaveURL(/\/login\?.*utgang=maxtid/);
  await expect(page.getByRole("status")).toHaveText("Du har loggats ut efter 8 timmar. Logga in igen för att fortsätta.");
  await context.close();
});
