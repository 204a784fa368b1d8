"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { setVagledareSchema } from "@/lib/validation/insats-delar";
import { id } from "@/lib/validation/common";
import { setVagledare } from "@/lib/server/insats/set-vagledare";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function setVagledareAction(forbund: string, insatsId: unknown, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "insats:write");
    const result = await setVagledare(ctx, parseInput(id, insatsId), parseInput(setVagledareSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}
