"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { updateMalsattningSchema } from "@/lib/validation/malsattning";
import { id } from "@/lib/validation/common";
import { updateMalsattning } from "@/lib/server/malsattning/update-malsattning";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function updateMalsattningAction(forbund: string, insatsId: unknown, malsattningId: unknown, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "malsattning:write");
    const result = await updateMalsattning(ctx, parseInput(id, insatsId), parseInput(id, malsattningId), parseInput(updateMalsattningSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}
