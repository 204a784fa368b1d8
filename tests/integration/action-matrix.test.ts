// Calls every server action (found from lib/actions) as every kind of caller
// and checks it against tests/access/action-expectations.ts: the refused are
// stopped before anything is read or written (no audit row appears), the
// allowed get past authorisation (the empty input then fails validation or the
// made-up id is not found), and no caller ever gets an unexpected error.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "./support/session";
import { db } from "@/lib/db";
import { createAccessFixture, valueFor, type AccessFixture, type FixtureIds } from "./support/access-fixture";
import { actionInventory } from "@/tests/access/action-inventory";
import { ACTION_EXPECTATIONS } from "@/tests/access/action-expectations";
import { ROLE_PERSONAS, type Persona } from "@/tests/access/expectations";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

let fixture: AccessFixture;

beforeAll(async () => {
  fixture = await createAccessFixture();
});

function argsFor(params: string[], ids: FixtureIds): unknown[] {
  return params.map((name) => (name === "input" ? {} : name === "typ" ? "budget" : valueFor(name, ids)));
}

const auditCount = () => db.auditEvent.count({ where: { forbundId: fixture.forbundId } });

describe("the server-action inventory", () => {
  it("declares who may call every action", () => {
    const undeclared = actionInventory().map((a) => a.name).filter((n) => !(n in ACTION_EXPECTATIONS));
    expect(undeclared, "add these to tests/access/action-expectations.ts").toEqual([]);
    const gone = Object.keys(ACTION_EXPECTATIONS).filter((n) => !actionInventory().some((a) => a.name === n));
    expect(gone).toEqual([]);
  });
});

describe.each(actionInventory())("$name", ({ name, file, params }) => {
  const personas: Persona[] = ["anonym", "annatForbund", ...ROLE_PERSONAS];
  it.each(personas)("as %s", async (persona) => {
    const allowed = ACTION_EXPECTATIONS[name]?.includes(persona as never) ?? false;
    const action = (await import(file))[name] as (...args: unknown[]) => Promise<{ ok: boolean; code?: string }>;
    actAs(fixture.users.get(persona)!);
    const before = await auditCount();
    const result = await action(...argsFor(params, persona === "vagledareEjTilldelad" ? fixture.unassigned : fixture.assigned));
    expect(result.ok ? "ok" : result.code).not.toBe("unexpected");
    if (persona === "anonym") expect(result.code).toBe("unauthorized");
    else if (persona === "annatForbund") expect(result.code).toBe("not_found");
    else if (!allowed) expect(["forbidden", "not_found"]).toContain(result.code);
    else expect(["validation", "not_found", "conflict", "ok"]).toContain(result.ok ? "ok" : result.code);
    if (!allowed) expect(await auditCount()).toBe(before);
  });
});
