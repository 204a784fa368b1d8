// Accounts and sessions (issue 7): session expiry in the JWT callback, "sign
// out everywhere", the forced password change after an invitation, and the
// role/deactivation paths that end a user's sessions. The session itself is
// chosen per test (support/session); everything after it is real.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "./support/session";
import { call } from "./support/http";
import { db } from "@/lib/db";
import * as list from "@/app/api/f/[forbund]/insatser/route";
import { inviteAnvandareAction } from "@/lib/actions/anvandare/invite-anvandare";
import { createInsatsAction } from "@/lib/actions/insats/create-insats";
import { changePasswordAction } from "@/lib/actions/konto/change-password";
import { signOutEverywhereAction } from "@/lib/actions/konto/sign-out-everywhere";
import { authenticate } from "@/lib/auth/authenticate";
import { resolveTenant } from "@/lib/auth/resolve-tenant";
import { authOptions, jwtCallback, sessionLimits } from "@/lib/auth/options";
import { WRONG_CURRENT_PASSWORD, SAME_PASSWORD } from "@/lib/server/konto/change-password";
import { createForbund, createMember } from "../factories";

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// Server actions re-issue the caller's cookie through next/headers, which needs a request; record the call instead.
const reissued = vi.hoisted(() => [] as number[]);
vi.mock("@/lib/auth/session-cookie", () => ({ reissueSessionCookie: async (v: number) => (reissued.push(v), true) }));

const email = () => `konto-${randomUUID().slice(0, 8)}@test.example`;
let a: Awaited<ReturnType<typeof createForbund>>;
let admin: string;

beforeAll(async () => {
  a = await createForbund();
  admin = (await createMember(a, "ADMIN")).user.id;
});

async function invite(roll: "PROCESSLEDARE" | "STYRELSE" = "PROCESSLEDARE") {
  actAs(admin);
  const address = email();
  const res = await inviteAnvandareAction(a.slug, { email: address, namn: "Ny Användare", roll });
  if (!res.ok || !res.data.temporaryPassword) throw new Error("invite failed");
  return { email: address, userId: res.data.userId, password: res.data.temporaryPassword };
}

describe("session expiry in the jwt callback", () => {
  const T0 = Date.UTC(2026, 10, 24, 8, 0, 0);
  const user = { id: "u1", sessionVersion: 3 };

  it("stamps user, session version, login time and last seen at sign-in", () => {
    expect(jwtCallback({}, user, T0)).toMatchObject({ uid: "u1", sv: 3, loginAt: T0, lastSeen: T0 });
  });

  it("moves last seen on at most once a minute, and marks the token expired after the idle limit", () => {
    const signedIn = jwtCallback({}, user, T0);
    expect(jwtCallback(signedIn, undefined, T0 + 30_000)).toBe(signedIn);
    const touched = jwtCallback(signedIn, undefined, T0 + 10 * 60_000);
    expect(touched.lastSeen).toBe(T0 + 10 * 60_000);
    expect(jwtCallback(touched, undefined, T0 + 10 * 60_000 + sessionLimits.idleSeconds * 1000).expired).toBe("inaktiv");
  });

  it("ends the session at the absolute limit however active, and an expired token stays expired", () => {
    let token = jwtCallback({}, user, T0);
    for (let t = T0; t < T0 + sessionLimits.maxAgeSeconds * 1000; t += 10 * 60_000) token = jwtCallback(token, undefined, t);
    const expired = jwtCallback(token, undefined, T0 + sessionLimits.maxAgeSeconds * 1000);
    expect(expired.expired).toBe("maxtid");
    expect(jwtCallback(expired, undefined, T0 + 1000)).toBe(expired);
  });

  it("hands out no user id for an expired token, so getSessionIdentity sees a logged-out caller", async () => {
    const session = { user: { name: "X" }, expires: "" };
    const live = await authOptions.callbacks!.session!({ session, token: { uid: "u1", sv: 2 } } as never);
    expect(live).toMatchObject({ user: { id: "u1" }, sv: 2 });
    const dead = await authOptions.callbacks!.session!({ session: { user: { name: "X" }, expires: "" }, token: { uid: "u1", sv: 2, expired: "inaktiv" } } as never);
    expect((dead.user as { id?: string }).id).toBeUndefined();
    expect(dead).toMatchObject({ expired: "inaktiv" });
  });
});

describe("signing out everywhere", () => {
  it("bumps the session version: other sessions are refused, this one is re-issued with the new version, and it is audited", async () => {
    const { user } = await createMember(a, "PROCESSLEDARE");
    actAs(user.id, 0);
    expect((await call(list.GET, { forbund: a.slug })).status).toBe(200);
    reissued.length = 0;
    expect(await signOutEverywhereAction()).toEqual({ ok: true, data: { signedOut: true } });
    expect(reissued).toEqual([1]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    // Another device still holds version 0.
    expect(await resolveTenant({ userId: user.id, sessionVersion: 0 }, a.slug)).toEqual({ ok: false, reason: "unauthenticated", revoked: true });
    expect((await call(list.GET, { forbund: a.slug })).status).toBe(401);
    expect(await createInsatsAction(a.slug, {})).toMatchObject({ ok: false, code: "unauthorized" });
    // This device, re-issued with version 1, goes on.
    actAs(user.id, 1);
    expect((await call(list.GET, { forbund: a.slug })).status).toBe(200);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "konto.logga-ut-overallt", entityId: user.id } });
    expect(audit.userId).toBe(user.id);
  });

  it("refuses a logged-out caller and a session that was already revoked, changing nothing", async () => {
    actAs(null);
    expect(await signOutEverywhereAction()).toMatchObject({ ok: false, code: "unauthorized" });
    const { user } = await createMember(a, "STYRELSE");
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 5 } });
    actAs(user.id, 4);
    expect(await signOutEverywhereAction()).toMatchObject({ ok: false, code: "unauthorized" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(5);
    expect(await db.auditEvent.count({ where: { action: "konto.logga-ut-overallt", entityId: user.id } })).toBe(0);
  });
});

describe("the forced password change after an invitation", () => {
  it("keeps an invited user out of pages, actions and the API (403 JSON) until they choose a password", async () => {
    const invited = await invite();
    expect(await db.user.findUniqueOrThrow({ where: { id: invited.userId } })).toMatchObject({ losenordMasteBytas: true });
    expect(await authenticate({ email: invited.email, password: invited.password }, "192.0.2.90")).not.toBeNull();
    expect(await resolveTenant({ userId: invited.userId, sessionVersion: 0 }, a.slug)).toEqual({ ok: false, reason: "password_change_required" });
    actAs(invited.userId, 0);
    const api = await call(list.GET, { forbund: a.slug });
    expect(api.status).toBe(403);
    expect(api.json.error).toMatchObject({ code: "forbidden", message: expect.stringContaining("tillfälliga lösenord") });
    expect(await createInsatsAction(a.slug, { namn: "Får inte" })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("applies the policy beside the fields and changes nothing on bad input", async () => {
    const invited = await invite();
    actAs(invited.userId, 0);
    const before = await db.user.findUniqueOrThrow({ where: { id: invited.userId } });
    const cases: [unknown, Record<string, string[]>][] = [
      [{ nuvarande: "fel-fel-fel-fel", nytt: "EttBraLosenord1", upprepa: "EttBraLosenord1" }, { nuvarande: [WRONG_CURRENT_PASSWORD] }],
      [{ nuvarande: invited.password, nytt: "kort", upprepa: "kort" }, { nytt: ["Lösenordet måste ha minst 10 tecken"] }],
      [{ nuvarande: invited.password, nytt: "EttBraLosenord1", upprepa: "EttAnnat12345" }, { upprepa: ["Lösenorden är inte lika"] }],
      [{ nuvarande: invited.password, nytt: invited.email, upprepa: invited.email }, { nytt: ["Lösenordet får inte vara din e-postadress"] }],
      [{ nuvarande: invited.password, nytt: invited.password, upprepa: invited.password }, { nytt: [SAME_PASSWORD] }],
      [{ nuvarande: 42, nytt: null }, { nuvarande: [expect.any(String)], nytt: [expect.any(String)], upprepa: [expect.any(String)] }],
      ["'; DROP TABLE \"User\"; --", { _form: [expect.any(String)] }],
    ];
    for (const [input, fieldErrors] of cases) {
      expect(await changePasswordAction(input)).toMatchObject({ ok: false, code: "validation", fieldErrors });
    }
    const after = await db.user.findUniqueOrThrow({ where: { id: invited.userId } });
    expect(after).toMatchObject({ passwordHash: before.passwordHash, losenordMasteBytas: true, sessionVersion: 0 });
  });

  it("lets them in once they have chosen a password; the temporary one stops working and other sessions end", async () => {
    const invited = await invite();
    actAs(invited.userId, 0);
    reissued.length = 0;
    const nytt = "Vintergatan-2026";
    expect(await changePasswordAction({ nuvarande: invited.password, nytt, upprepa: nytt })).toEqual({ ok: true, data: { changed: true } });
    expect(reissued).toEqual([1]);
    expect(await db.user.findUniqueOrThrow({ where: { id: invited.userId } })).toMatchObject({ losenordMasteBytas: false, sessionVersion: 1 });
    expect(await authenticate({ email: invited.email, password: invited.password }, "192.0.2.91")).toBeNull();
    expect(await authenticate({ email: invited.email, password: nytt }, "192.0.2.91")).toMatchObject({ id: invited.userId, sessionVersion: 1 });
    actAs(invited.userId, 1);
    expect((await call(list.GET, { forbund: a.slug })).status).toBe(200);
    actAs(invited.userId, 0);
    expect((await call(list.GET, { forbund: a.slug })).status).toBe(401);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "konto.losenord", entityId: invited.userId } });
    expect(audit.details).toEqual({ tvingat: true });
    expect(JSON.stringify(audit.details)).not.toContain(nytt);
  });

  it("refuses a logged-out caller", async () => {
    actAs(null);
    expect(await changePasswordAction({ nuvarande: "x", nytt: "EttBraLosenord1", upprepa: "EttBraLosenord1" })).toMatchObject({ ok: false, code: "unauthorized" });
  });
});

describe("single sign-on (OIDC) mapping", () => {
  const signIn = (profile: Record<string, unknown>, provider = "oidc") => {
    const user = { id: String(profile.sub ?? "sub"), email: null, name: null };
    return { user, result: authOptions.callbacks!.signIn!({ user, account: { provider, type: "oauth", providerAccountId: "x" }, profile } as never) };
  };

  it("lets in an existing active user by e-mail, case-insensitively, as that user, and audits the login", async () => {
    const { user: member } = await createMember(a, "PROCESSLEDARE");
    await db.user.update({ where: { id: member.id }, data: { sessionVersion: 2 } });
    const { user, result } = signIn({ sub: "entra-123", preferred_username: member.email.toUpperCase() });
    expect(await result).toBe(true);
    expect(user).toMatchObject({ id: member.id, email: member.email, sessionVersion: 2 });
    expect(jwtCallback({}, user as never, Date.now())).toMatchObject({ uid: member.id, sv: 2 });
    expect(await db.auditEvent.count({ where: { action: "login.success", userId: member.id } })).toBe(1);
  });

  it("refuses an unknown e-mail, an inactive account and a profile without an e-mail, with the login page's error", async () => {
    const inactive = await createMember(a, "STYRELSE");
    await db.user.update({ where: { id: inactive.user.id }, data: { aktiv: false } });
    for (const profile of [{ sub: "s1", email: "ingen-sadan@test.example" }, { sub: "s2", email: inactive.user.email }, { sub: "s3", name: "Utan adress" }]) {
      const { user, result } = signIn(profile);
      expect(await result).toBe("/login?error=OidcOkandAnvandare");
      expect(user.id).toBe(profile.sub);
    }
    expect(await db.auditEvent.count({ where: { action: "login.failure", userId: inactive.user.id } })).toBe(1);
  });

  it("leaves password logins to the credentials provider", async () => {
    expect(await signIn({}, "credentials").result).toBe(true);
  });
});

describe("OIDC configuration from the environment", () => {
  const OIDC_ENV = { OIDC_ISSUER: "https://login.microsoftonline.com/t/v2.0", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "hemlis", OIDC_NAME: "Microsoft" };

  async function freshOptions(env: Record<string, string | undefined>) {
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
    vi.resetModules();
    return import("@/lib/auth/options");
  }

  it("adds the provider and the login button only when configured", async () => {
    try {
      const on = await freshOptions(OIDC_ENV);
      expect(on.authOptions.providers.map((p) => p.id)).toEqual(["credentials", "oidc"]);
      expect(on.oidcButtonName()).toBe("Microsoft");
      const off = await freshOptions({ OIDC_ISSUER: "", OIDC_CLIENT_ID: "", OIDC_CLIENT_SECRET: "", OIDC_NAME: "" });
      expect(off.authOptions.providers.map((p) => p.id)).toEqual(["credentials"]);
      expect(off.oidcButtonName()).toBeNull();
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});
