"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { avslutaInsatsSchema } from "@/lib/validation/insats-delar";
import { id } from "@/lib/validation/common";
import { avslutaInsats } from "@/lib/server/insats/avsluta-insats";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function avslutaInsatsAction(forbund: string, insatsId: unknown, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "insats:write");
    const result = await avslutaInsats(ctx, parseInput(id, insatsId), parseInput(avslutaInsatsSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}
