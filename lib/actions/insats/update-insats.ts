"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { updateInsatsSchema } from "@/lib/validation/insats";
import { updateInsats } from "@/lib/server/insats/update-insats";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";
import { id } from "@/lib/validation/common";

export async function updateInsatsAction(forbund: string, insatsId: unknown, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "insats:write");
    const result = await updateInsats(ctx, parseInput(id, insatsId), parseInput(updateInsatsSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}
