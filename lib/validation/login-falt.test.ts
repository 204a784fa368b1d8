import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { z } from "zod";
import { loginSchema } from "./auth";
import { EPOST_MONSTER, kontrolleraLogin } from "./login-falt";

/** loginSchema's first message per field (zod reports every failing check; the form shows the first). */
function schemaFel(input: { email: string; password: string }) {
  const r = loginSchema.safeParse(input);
  if (r.success) return { varden: r.data, fel: {} };
  const fel: Record<string, string> = {};
  for (const i of r.error.issues) {
    const k = String(i.path[0]);
    fel[k] ??= i.message;
  }
  return { varden: null, fel };
}

describe("kontrolleraLogin", () => {
  it("uses zod's own e-mail pattern", () => {
    expect(EPOST_MONSTER.source).toBe(z.regexes.email.source);
  });

  it("agrees with loginSchema on which fields fail and with which message", () => {
    const epost = fc.oneof(
      fc.emailAddress(),
      fc.string({ maxLength: 30 }),
      fc.constantFrom("", "  ", " Anna@Example.se ", "a@b", "a@b.c", "x".repeat(250) + "@ex.se", "a..b@ex.se"),
    );
    const losen = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom("", "x".repeat(200), "x".repeat(201)));
    fc.assert(
      fc.property(epost, losen, (email, password) => {
        const a = kontrolleraLogin({ email, password });
        const b = schemaFel({ email, password });
        expect(a.fel).toEqual(b.fel);
        if (b.varden) expect(a.varden).toEqual(b.varden);
      }),
      { numRuns: 2000 },
    );
  });
});
