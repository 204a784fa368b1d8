"use server";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { id } from "@/lib/validation/common";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";
import { revealIdentitySchema } from "@/lib/validation/identitet";
import { revealIdentity } from "@/lib/server/deltagare/reveal-identity";
import type { ReadIdentity } from "@/lib/identity/identity-fields";

/** Returns the identity for this one request; nothing is cached or revalidated. */
export async function revealIdentityAction(forbund: string, insatsId: unknown, inskrivningId: unknown, input: unknown): Promise<ActionResult<ReadIdentity>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "identitet:reveal");
    return revealIdentity(ctx, parseInput(id, insatsId), parseInput(id, inskrivningId), parseInput(revealIdentitySchema, input));
  });
}
