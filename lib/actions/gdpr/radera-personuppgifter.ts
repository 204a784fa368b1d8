"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { id } from "@/lib/validation/common";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";
import { raderaPersonuppgifterSchema } from "@/lib/validation/gdpr";
import { raderaPersonuppgifter } from "@/lib/server/gdpr/radera-personuppgifter";

export async function raderaPersonuppgifterAction(forbund: string, deltagareId: unknown, input: unknown): Promise<ActionResult<{ anonymiseradeInskrivningar: number }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "gdpr:radera");
    const result = await raderaPersonuppgifter(ctx, parseInput(id, deltagareId), parseInput(raderaPersonuppgifterSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return { anonymiseradeInskrivningar: result.anonymiseradeInskrivningar };
  });
}
