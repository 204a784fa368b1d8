import { describe, expect, it } from "vitest";
import { passwordPolicyErrors } from "./password-policy";

describe("passwordPolicyErrors", () => {
  it("accepts ten characters or more", () => expect(passwordPolicyErrors("tio-tecken", "a@b.se")).toEqual([]));
  it("refuses fewer than ten, like the demo password", () => expect(passwordPolicyErrors("demo1234", "a@b.se")).toEqual(["Lösenordet måste ha minst 10 tecken"]));
  it("refuses the e-mail address itself, in any case", () => {
    expect(passwordPolicyErrors("Anna.Admin@Example.se", "anna.admin@example.se")).toEqual(["Lösenordet får inte vara din e-postadress"]);
    expect(passwordPolicyErrors("anna.admin.long", "anna.admin.long@example.se")).toEqual(["Lösenordet får inte vara din e-postadress"]);
  });
  it("refuses more than 200 characters", () => expect(passwordPolicyErrors("x".repeat(201), "a@b.se")).toHaveLength(1));
});
