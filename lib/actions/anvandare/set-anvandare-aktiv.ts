"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { setAnvandareAktivSchema } from "@/lib/validation/anvandare";
import { setAnvandareAktiv } from "@/lib/server/anvandare/set-anvandare-aktiv";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function setAnvandareAktivAction(forbund: string, input: unknown): Promise<ActionResult<{ userId: string; aktiv: boolean }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "admin:users");
    const result = await setAnvandareAktiv(ctx, parseInput(setAnvandareAktivSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}/admin/anvandare`);
    return result;
  });
}
