import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate, LoginThrottledError } from "@/lib/auth/authenticate";
import { hashNewPassword, hashPassword } from "@/lib/auth/password";
import { ValidationError } from "@/lib/errors";

const PASSWORD = "ett-bra-losenord";
const uniqueIp = () => `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function userWithPassword(aktiv = true) {
  const email = `login-${randomUUID().slice(0, 8)}@test.example`;
  const user = await db.user.create({ data: { email, namn: "Login Testsson", aktiv, passwordHash: await hashPassword(PASSWORD) } });
  return { email, user };
}

const fail = (email: string, ip: string | null) => authenticate({ email, password: "fel-losenord" }, ip);
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

describe("login auditing", () => {
  it("audits a success with the user, e-mail and address", async () => {
    const { email, user } = await userWithPassword();
    const ip = uniqueIp();
    expect(await authenticate({ email, password: PASSWORD }, ip)).toMatchObject({ id: user.id, email });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "login.success", userId: user.id } });
    expect(event).toMatchObject({ ip, forbundId: null, details: { email } });
  });

  it("audits a failure for an unknown e-mail with what was tried and from where", async () => {
    const email = `okand-${randomUUID().slice(0, 8)}@test.example`;
    const ip = uniqueIp();
    expect(await fail(email, ip)).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "login.failure", ip } });
    expect(event).toMatchObject({ userId: null, details: { email, reason: "credentials" } });
  });

  it("refuses a deactivated user with the right password and audits why", async () => {
    const { email, user } = await userWithPassword(false);
    expect(await authenticate({ email, password: PASSWORD }, uniqueIp())).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "login.failure", userId: user.id } });
    expect(event.details).toMatchObject({ reason: "inactive" });
  });
});

describe("login throttling per account", () => {
  it("refuses the sixth attempt after five failures, even with the right password, for 15 minutes", async () => {
    const { email, user } = await userWithPassword();
    for (let i = 0; i < 5; i++) expect(await fail(email, uniqueIp())).toBeNull();
    const attempt = authenticate({ email, password: PASSWORD }, uniqueIp());
    await expect(attempt).rejects.toBeInstanceOf(LoginThrottledError);
    await expect(authenticate({ email, password: PASSWORD }, uniqueIp())).rejects.toMatchObject({
      retryAfterMinutes: 15,
      message: "För många misslyckade inloggningar. Försök igen om 15 minuter.",
    });
    const throttled = await db.auditEvent.count({ where: { action: "login.failure", userId: user.id, details: { path: ["reason"], equals: "throttled" } } });
    expect(throttled).toBe(2);
    // Refused attempts are not counted, so they cannot extend the block.
    expect(await db.loginAttempt.count({ where: { email } })).toBe(5);
  });

  it("lets the account in again once the failures are older than 15 minutes", async () => {
    const { email, user } = await userWithPassword();
    await db.loginAttempt.createMany({ data: Array.from({ length: 5 }, () => ({ email, ip: null, success: false, createdAt: minutesAgo(16) })) });
    expect(await authenticate({ email, password: PASSWORD }, uniqueIp())).toMatchObject({ id: user.id });
  });

  it("says how many minutes remain from the oldest failure that counts", async () => {
    const { email } = await userWithPassword();
    await db.loginAttempt.createMany({ data: [10, 9, 3, 2, 1].map((m) => ({ email, ip: null, success: false, createdAt: minutesAgo(m) })) });
    await expect(fail(email, uniqueIp())).rejects.toMatchObject({ retryAfterMinutes: 5 });
  });

  it("starts the count over after a successful login", async () => {
    const { email, user } = await userWithPassword();
    for (let i = 0; i < 4; i++) await fail(email, uniqueIp());
    expect(await authenticate({ email, password: PASSWORD }, uniqueIp())).toMatchObject({ id: user.id });
    for (let i = 0; i < 4; i++) expect(await fail(email, uniqueIp())).toBeNull();
    expect(await authenticate({ email, password: PASSWORD }, uniqueIp())).toMatchObject({ id: user.id });
  });

  it("throttles an e-mail address that has no account the same way, so the answer does not reveal which exist", async () => {
    const email = `finns-inte-${randomUUID().slice(0, 8)}@test.example`;
    for (let i = 0; i < 5; i++) await fail(email, uniqueIp());
    await expect(fail(email, uniqueIp())).rejects.toBeInstanceOf(LoginThrottledError);
  });
});

describe("login throttling per address", () => {
  it("refuses every account from an address after 20 failures there, and only from that address", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < 20; i++) await fail(`spray-${i}-${randomUUID().slice(0, 6)}@test.example`, ip);
    const { email, user } = await userWithPassword();
    await expect(authenticate({ email, password: PASSWORD }, ip)).rejects.toMatchObject({ retryAfterMinutes: 15 });
    expect(await authenticate({ email, password: PASSWORD }, uniqueIp())).toMatchObject({ id: user.id });
  });

  it("forgets an address's failures after the window", async () => {
    const ip = uniqueIp();
    await db.loginAttempt.createMany({ data: Array.from({ length: 20 }, (_, i) => ({ email: `gammal-${i}@test.example`, ip, success: false, createdAt: minutesAgo(15.5) })) });
    const { email, user } = await userWithPassword();
    expect(await authenticate({ email, password: PASSWORD }, ip)).toMatchObject({ id: user.id });
  });
});

describe("password policy", () => {
  it("refuses a new password shorter than 10 characters or equal to the e-mail", async () => {
    await expect(hashNewPassword("kort12345", "a@test.example")).rejects.toBeInstanceOf(ValidationError);
    await expect(hashNewPassword("a@test.example", "a@test.example")).rejects.toMatchObject({ fieldErrors: { password: ["Lösenordet får inte vara din e-postadress"] } });
    expect(await hashNewPassword("tillrackligt-langt", "a@test.example")).toMatch(/^\$argon2id\$/);
  });

  it("still verifies an existing 8-character password: the policy is for setting, not for signing in", async () => {
    const email = `demo-${randomUUID().slice(0, 8)}@test.example`;
    const user = await db.user.create({ data: { email, namn: "Demo", passwordHash: await hashPassword("demo1234") } });
    expect(await authenticate({ email, password: "demo1234" }, uniqueIp())).toMatchObject({ id: user.id });
  });
});
