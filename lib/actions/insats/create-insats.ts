"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { createInsatsSchema } from "@/lib/validation/insats";
import { createInsats } from "@/lib/server/insats/create-insats";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function createInsatsAction(forbund: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "insats:write");
    const insats = await createInsats(ctx, parseInput(createInsatsSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return { id: insats.id };
  });
}
