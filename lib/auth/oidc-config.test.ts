import { describe, expect, it } from "vitest";
import { oidcConfigFrom, oidcEmail, oidcProvider } from "./oidc-config";

const env = { OIDC_ISSUER: "https://login.microsoftonline.com/tenant-id/v2.0/", OIDC_CLIENT_ID: "app-id", OIDC_CLIENT_SECRET: "hemligt", OIDC_NAME: "Microsoft" };

describe("oidcConfigFrom", () => {
  it("builds the configuration from the environment, without a trailing slash on the issuer", () => {
    expect(oidcConfigFrom(env)).toEqual({ issuer: "https://login.microsoftonline.com/tenant-id/v2.0", clientId: "app-id", clientSecret: "hemligt", name: "Microsoft" });
  });

  it("is off (null) unless issuer, client id and secret are all set: no env, no button", () => {
    expect(oidcConfigFrom({})).toBeNull();
    expect(oidcConfigFrom({ ...env, OIDC_CLIENT_SECRET: "" })).toBeNull();
    expect(oidcConfigFrom({ ...env, OIDC_CLIENT_ID: "   " })).toBeNull();
    expect(oidcConfigFrom({ ...env, OIDC_ISSUER: undefined })).toBeNull();
  });

  it("refuses an issuer that is not a URL or not HTTPS (except a local test issuer)", () => {
    expect(oidcConfigFrom({ ...env, OIDC_ISSUER: "inte en url" })).toBeNull();
    expect(oidcConfigFrom({ ...env, OIDC_ISSUER: "http://idp.example.se" })).toBeNull();
    expect(oidcConfigFrom({ ...env, OIDC_ISSUER: "http://localhost:8080/realms/test" })?.issuer).toBe("http://localhost:8080/realms/test");
  });

  it("labels the button with a Swedish default when OIDC_NAME is missing", () => {
    expect(oidcConfigFrom({ ...env, OIDC_NAME: undefined })?.name).toBe("organisationens inloggning");
  });
});

describe("oidcProvider", () => {
  it("uses discovery, PKCE, state and the ID token, and maps the profile's e-mail", () => {
    const provider = oidcProvider(oidcConfigFrom(env)!);
    expect(provider).toMatchObject({
      id: "oidc",
      name: "Microsoft",
      type: "oauth",
      wellKnown: "https://login.microsoftonline.com/tenant-id/v2.0/.well-known/openid-configuration",
      idToken: true,
      checks: ["pkce", "state"],
      clientId: "app-id",
    });
    expect(provider.profile({ sub: "abc", preferred_username: "Anna.Andersson@Kommun.SE", name: "Anna" }, {} as never)).toEqual({
      id: "abc",
      email: "anna.andersson@kommun.se",
      name: "Anna",
    });
  });
});

describe("oidcEmail", () => {
  it("prefers the email claim, falls back to Entra's preferred_username or upn, lower-cased", () => {
    expect(oidcEmail({ email: " Per@Example.SE ", preferred_username: "other@example.se" })).toBe("per@example.se");
    expect(oidcEmail({ upn: "UPN@example.se" })).toBe("upn@example.se");
  });
  it("gives null when no claim is an e-mail address", () => {
    expect(oidcEmail({ preferred_username: "bara-ett-namn" })).toBeNull();
    expect(oidcEmail(null)).toBeNull();
  });
});
