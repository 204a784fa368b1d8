"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { recordUppfoljningSchema } from "@/lib/validation/inskrivning-handelser";
import { id } from "@/lib/validation/common";
import { recordUppfoljning } from "@/lib/server/inskrivning/record-uppfoljning";
import { assertInskrivningAccess } from "@/lib/server/inskrivning/assert-inskrivning-access";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function recordUppfoljningAction(forbund: string, insatsId: unknown, inskrivningId: unknown, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "deltagare:write");
    const insats = parseInput(id, insatsId);
    // Refused before the input is even looked at: the participant rule, not only the role.
    assertInskrivningAccess(ctx, insats, "deltagare:write");
    const result = await recordUppfoljning(ctx, insats, parseInput(id, inskrivningId), parseInput(recordUppfoljningSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}
