"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";
import { gallringSchema } from "@/lib/validation/gdpr";
import { setGallring } from "@/lib/server/gdpr/set-gallring";

export async function setGallringAction(forbund: string, input: unknown): Promise<ActionResult<{ gallringManader: number }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "admin:gallring");
    const result = await setGallring(ctx, parseInput(gallringSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}/admin`, "layout");
    return result;
  });
}
