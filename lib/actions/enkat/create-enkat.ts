"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { enkatSchema } from "@/lib/validation/enkat";
import { createEnkat } from "@/lib/server/enkat/create-enkat";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function createEnkatAction(forbund: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "enkat:write");
    const result = await createEnkat(ctx, parseInput(enkatSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}/enkater`);
    return result;
  });
}
