"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { id } from "@/lib/validation/common";
import { deleteMalsattning } from "@/lib/server/malsattning/delete-malsattning";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function deleteMalsattningAction(forbund: string, insatsId: unknown, malsattningId: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "malsattning:write");
    const result = await deleteMalsattning(ctx, parseInput(id, insatsId), parseInput(id, malsattningId));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}
