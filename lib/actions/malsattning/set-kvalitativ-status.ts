"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { setKvalitativStatusSchema } from "@/lib/validation/malsattning";
import { id } from "@/lib/validation/common";
import { setKvalitativStatus } from "@/lib/server/malsattning/set-kvalitativ-status";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function setKvalitativStatusAction(forbund: string, insatsId: unknown, malsattningId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "malsattning:write");
    const result = await setKvalitativStatus(ctx, parseInput(id, insatsId), parseInput(id, malsattningId), parseInput(setKvalitativStatusSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}
