import { test, expect, login, expectAccessible, queryDb } from "./support/fixtures";

const landings = [
  { email: "admin@trollhattan.example", path: "/f/trollhattan" },
  { email: "processledare@trollhattan.example", path: "/f/trollhattan" },
  { email: "vagledare@trollhattan.example", path: "/f/trollhattan/mitt-arbete" },
  { email: "styrelse@trollhattan.example", path: "/f/trollhattan/styrelse" },
  { email: "processledare@kalmar.example", path: "/f/kalmar" },
];

for (const { email, path } of landings) {
  test(`${email} logs in and lands on ${path}`, async ({ page }) => {
    await login(page, email);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
}

test("the login page is accessible and explains a wrong password", async ({ page }) => {
  await page.goto("/login");
  await expectAccessible(page);
  await login(page, "processledare@trollhattan.example", "fel-losenord");
  await expect(page.getByRole("alert").filter({ hasText: "Fel e-postadress eller lösenord" })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("a logged-out visitor is sent to the login page", async ({ page }) => {
  await page.goto("/f/trollhattan/insatser");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Ff%2Ftrollhattan%2Finsatser/);
});

test("the kalmar user is refused trollhattan with a 404", async ({ page }) => {
  await login(page, "processledare@kalmar.example");
  await expect(page).toHaveURL(/\/f\/kalmar$/);
  const response = await page.goto("/f/trollhattan");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Sidan finns inte" })).toBeVisible();
  await expect(page.getByText("Friska Vindar 2.0")).toHaveCount(0);
});

test("the styrelse user cannot open a deltagare page", async ({ page }) => {
  const [row] = await queryDb<{ id: string }>(
    `SELECT d.id FROM "Deltagare" d JOIN "Forbund" f ON f.id = d."forbundId" WHERE f.slug = 'trollhattan' LIMIT 1`,
  );
  await login(page, "styrelse@trollhattan.example");
  await expect(page).toHaveURL(/\/styrelse$/);
  const response = await page.goto(`/f/trollhattan/deltagare/${row!.id}`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Ingen behörighet" })).toBeVisible();
});

test("the processledare sees the förbund's insatser with period and status", async ({ page }) => {
  await login(page, "processledare@trollhattan.example");
  await page.waitForURL(/\/f\/trollhattan$/);
  await page.goto("/f/trollhattan/insatser");
  const table = page.getByRole("table");
  await expect(table.getByRole("link", { name: "Friska Vindar 2.0" })).toBeVisible();
  await expect(table.getByRole("link", { name: "Vägen vidare" })).toBeVisible();
  await expect(table).toContainText("Avslutad");
  await expectAccessible(page);
});
