"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { setAnvandareRollSchema } from "@/lib/validation/anvandare";
import { setAnvandareRoll } from "@/lib/server/anvandare/set-anvandare-roll";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function setAnvandareRollAction(forbund: string, input: unknown): Promise<ActionResult<{ userId: string }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "admin:users");
    const result = await setAnvandareRoll(ctx, parseInput(setAnvandareRollSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}/admin/anvandare`);
    return result;
  });
}
