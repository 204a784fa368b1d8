// One förbund with a user of every role, an insats the vägledare is assigned
// to and one they are not, each with a participation; and a user of another
// förbund. Shared by the access-matrix and hostile-input tests.
import { createDeltagareMedInskrivning, createForbund, createInsats, createMember } from "@/tests/factories";
import type { Persona } from "@/tests/access/expectations";

export const UNKNOWN_ID = "c00000000000000000000000a";
export type FixtureIds = { slug: string; insatsId: string; inskrivningId: string };
export type AccessFixture = { forbundId: string; users: Map<Persona, string | null>; assigned: FixtureIds; unassigned: FixtureIds };

export async function createAccessFixture(): Promise<AccessFixture> {
  const a = await createForbund();
  const b = await createForbund();
  const insats1 = await createInsats(a.id);
  const insats2 = await createInsats(a.id);
  const in1 = await createDeltagareMedInskrivning(a.id, insats1.id);
  const in2 = await createDeltagareMedInskrivning(a.id, insats2.id);
  const vagledare = await createMember(a, "VAGLEDARE", [insats1.id]);
  const users = new Map<Persona, string | null>([
    ["anonym", null],
    ["annatForbund", (await createMember(b, "PROCESSLEDARE")).user.id],
    ["admin", (await createMember(a, "ADMIN")).user.id],
    ["processledare", (await createMember(a, "PROCESSLEDARE")).user.id],
    ["styrelse", (await createMember(a, "STYRELSE")).user.id],
    ["vagledare", vagledare.user.id],
    ["vagledareEjTilldelad", vagledare.user.id],
  ]);
  return {
    forbundId: a.id,
    users,
    assigned: { slug: a.slug, insatsId: insats1.id, inskrivningId: in1.inskrivning.id },
    unassigned: { slug: a.slug, insatsId: insats2.id, inskrivningId: in2.inskrivning.id },
  };
}

/** A value for a named parameter (action argument or route segment). */
export function valueFor(name: string, ids: FixtureIds): string {
  if (name === "forbund") return ids.slug;
  if (name === "insatsId") return ids.insatsId;
  if (name === "inskrivningId") return ids.inskrivningId;
  if (name.endsWith("Id")) return UNKNOWN_ID;
  throw new Error(`Okänd parameter "${name}": lär tests/integration/support/access-fixture.ts vad den ska skicka`);
}
