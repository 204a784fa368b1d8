"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { enkatSchema } from "@/lib/validation/enkat";
import { id } from "@/lib/validation/common";
import { updateEnkat, type UpdateEnkatResult } from "@/lib/server/enkat/update-enkat";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function updateEnkatAction(forbund: string, enkatId: unknown, input: unknown): Promise<ActionResult<UpdateEnkatResult>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "enkat:write");
    const result = await updateEnkat(ctx, parseInput(id, enkatId), parseInput(enkatSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}/enkater`, "layout");
    return result;
  });
}
