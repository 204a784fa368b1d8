"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { setEnkatStatusSchema } from "@/lib/validation/enkat";
import { id } from "@/lib/validation/common";
import { setEnkatStatus } from "@/lib/server/enkat/set-enkat-status";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function setEnkatStatusAction(forbund: string, enkatId: unknown, input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "enkat:write");
    const enkat = parseInput(id, enkatId);
    await setEnkatStatus(ctx, enkat, parseInput(setEnkatStatusSchema, input).status);
    revalidatePath(`/f/${ctx.forbundSlug}/enkater`, "layout");
    return null;
  });
}
