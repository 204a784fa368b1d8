"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { reopenInskrivningSchema } from "@/lib/validation/inskrivning-handelser";
import { id } from "@/lib/validation/common";
import { reopenInskrivning } from "@/lib/server/inskrivning/reopen-inskrivning";
import { assertInskrivningAccess } from "@/lib/server/inskrivning/assert-inskrivning-access";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function reopenInskrivningAction(forbund: string, insatsId: unknown, inskrivningId: unknown, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "inskrivning:reopen");
    const insats = parseInput(id, insatsId);
    // Refused before the input is even looked at: the participant rule, not only the role.
    assertInskrivningAccess(ctx, insats, "inskrivning:reopen");
    const result = await reopenInskrivning(ctx, insats, parseInput(id, inskrivningId), parseInput(reopenInskrivningSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}
