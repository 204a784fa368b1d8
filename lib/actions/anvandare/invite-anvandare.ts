"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { inviteAnvandareSchema } from "@/lib/validation/anvandare";
import { inviteAnvandare, type InviteResult } from "@/lib/server/anvandare/invite-anvandare";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function inviteAnvandareAction(forbund: string, input: unknown): Promise<ActionResult<InviteResult>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "admin:users");
    const result = await inviteAnvandare(ctx, parseInput(inviteAnvandareSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}/admin/anvandare`);
    return result;
  });
}
