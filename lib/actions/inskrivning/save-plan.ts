"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { savePlanSchema } from "@/lib/validation/inskrivning-handelser";
import { id } from "@/lib/validation/common";
import { savePlan } from "@/lib/server/inskrivning/save-plan";
import { assertInskrivningAccess } from "@/lib/server/inskrivning/assert-inskrivning-access";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function savePlanAction(forbund: string, insatsId: unknown, inskrivningId: unknown, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "deltagare:write");
    const insats = parseInput(id, insatsId);
    // Refused before the input is even looked at: the participant rule, not only the role.
    assertInskrivningAccess(ctx, insats, "deltagare:write");
    const result = await savePlan(ctx, insats, parseInput(id, inskrivningId), parseInput(savePlanSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}
