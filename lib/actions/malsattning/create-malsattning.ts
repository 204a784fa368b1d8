"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { createMalsattningSchema } from "@/lib/validation/malsattning";
import { id } from "@/lib/validation/common";
import { createMalsattning } from "@/lib/server/malsattning/create-malsattning";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function createMalsattningAction(forbund: string, insatsId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "malsattning:write");
    const insats = parseInput(id, insatsId);
    const result = await createMalsattning(ctx, insats, parseInput(createMalsattningSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}
