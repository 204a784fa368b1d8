// Review (helper 9): a form that only has onSubmit is submitted by the browser
// itself when the user presses Enter before the page has hydrated (a slow
// tablet): as a GET, with every named field in the URL — a personnummer and
// names then sit in the address bar, the browser history and the server's
// access log. Forms that carry identity fields or passwords say method="post", so that
// fallback keeps them in the request body. Plain forms name their fields (name="email"), react-hook-form ones register them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");

function tsx(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    return statSync(full).isDirectory() ? tsx(full) : n.endsWith(".tsx") && !n.includes(".test.") ? [full] : [];
  });
}

describe("forms with identity fields or passwords", () => {
  const forms = tsx(path.join(ROOT, "components"))
    .map((f) => ({ file: path.relative(ROOT, f), src: readFileSync(f, "utf8") }))
    .filter(({ src }) => /<form\b/.test(src) && /personnummer|type="password"|register\("(?:password|email)"\)|name="(?:password|email)"/.test(src));

  it("are found", () => {
    expect(forms.map((f) => f.file)).toEqual(expect.arrayContaining([
      "components/gdpr/ratta-deltagare-form.tsx",
      "components/deltagare/registrering-form.tsx",
      "components/auth/login-form.tsx",
      "components/konto/change-password-form.tsx",
      "components/admin/invite-anvandare-form.tsx",
    ]));
  });

  it("post, so a submit before hydration never puts a personnummer or a password in the URL", () => {
    for (const { file, src } of forms) {
      for (const tag of src.match(/<form\b[^>]*>/g) ?? []) expect(tag, file).toMatch(/method="post"/);
    }
  });
});
