// Test-data factories: each call makes uniquely named rows, so tests never
// depend on one another's data.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Roll } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { DEFAULT_MATVARIABLER } from "@/lib/domain/matvariabler";

const unique = () => randomUUID().slice(0, 8);

export async function createForbund(overrides: { slug?: string; namn?: string } = {}) {
  const id = unique();
  const forbund = await db.forbund.create({
    data: { slug: overrides.slug ?? `forbund-${id}`, namn: overrides.namn ?? `Testförbundet ${id}` },
  });
  await db.matvariabel.createMany({ data: DEFAULT_MATVARIABLER.map((m) => ({ ...m, forbundId: forbund.id })) });
  return forbund;
}

export async function createUser(overrides: { email?: string; aktiv?: boolean } = {}) {
  return db.user.create({
    data: { email: overrides.email ?? `user-${unique()}@test.example`, namn: "Test Testsson", aktiv: overrides.aktiv ?? true },
  });
}

/** A user with a membership; returns the context requireTenant would build. */
export async function createMember(forbund: { id: string; slug: string; namn: string }, roll: Roll, insatsIds: string[] = []) {
  const user = await createUser();
  await db.membership.create({ data: { forbundId: forbund.id, userId: user.id, role: roll } });
  for (const insatsId of insatsIds) {
    await db.insatsTilldelning.create({ data: { forbundId: forbund.id, insatsId, userId: user.id } });
  }
  const ctx: TenantContext = { userId: user.id, forbundId: forbund.id, forbundSlug: forbund.slug, forbundNamn: forbund.namn, roll, insatsIds };
  return { user, ctx };
}

export async function createInsats(forbundId: string, overrides: Partial<{ namn: string; matningsmetod: "VOLYM" | "ANONYM" | "PERSONUPPGIFTER"; startdatum: Date; slutdatum: Date | null }> = {}) {
  return db.insats.create({
    data: {
      forbundId,
      namn: overrides.namn ?? `Insats ${unique()}`,
      insatstyp: "INDIVIDINRIKTAD",
      status: "PAGAENDE",
      matningsmetod: overrides.matningsmetod ?? "ANONYM",
      startdatum: overrides.startdatum ?? new Date("2025-01-01"),
      slutdatum: overrides.slutdatum === undefined ? new Date("2026-12-31") : overrides.slutdatum,
    },
  });
}

export async function createDeltagareMedInskrivning(
  forbundId: string,
  insatsId: string,
  overrides: Partial<{ kon: "K" | "M"; fodelsear: number; startdatum: Date; avslutsdatum: Date | null; avslutsorsak: string | null }> = {},
) {
  const deltagare = await db.deltagare.create({
    data: { forbundId, kod: `T${unique().toUpperCase()}`, kon: overrides.kon ?? "K", fodelsear: overrides.fodelsear ?? 1985 },
  });
  const inskrivning = await db.inskrivning.create({
    data: {
      forbundId,
      insatsId,
      deltagareId: deltagare.id,
      startdatum: overrides.startdatum ?? new Date("2025-02-01"),
      avslutsdatum: overrides.avslutsdatum ?? null,
      avslutsorsak: overrides.avslutsorsak ?? null,
    },
  });
  return { deltagare, inskrivning };
}

/**
 * Gives a PERSONUPPGIFTER insats what registering identities needs: a PUA
 * member (a new "Kommunen") and a signed data processing agreement.
 */
export async function makePuInsats(forbundId: string, insatsId: string) {
  const medlem = await db.medlem.create({ data: { forbundId, namn: "Kommunen", typ: "KOMMUN" } });
  await db.insats.update({ where: { forbundId_id: { forbundId, id: insatsId } }, data: { puaMedlemId: medlem.id, bitradesavtalDatum: new Date("2024-12-01") } });
  return medlem;
}

/**
 * The six callers an access test of förbund `a` tries: admin, processledare,
 * a vägledare assigned to `tilldelad`, a vägledare who is not (assigned to
 * `ejTilldelad` only), a board member and a processledare of förbund `b`.
 */
export async function createRoller(
  a: { id: string; slug: string; namn: string },
  b: { id: string; slug: string; namn: string },
  tilldelad: string[],
  ejTilldelad: string[] = [],
) {
  return {
    admin: await createMember(a, "ADMIN"),
    processledare: await createMember(a, "PROCESSLEDARE"),
    vagledare: await createMember(a, "VAGLEDARE", tilldelad),
    ejTilldelad: await createMember(a, "VAGLEDARE", ejTilldelad),
    styrelse: await createMember(a, "STYRELSE"),
    annanForbund: await createMember(b, "PROCESSLEDARE"),
  };
}

export type Roller = Awaited<ReturnType<typeof createRoller>>;
