"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { createApiNyckelSchema } from "@/lib/validation/apinyckel";
import { createApiNyckel } from "@/lib/server/apinycklar/create-api-nyckel";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

/** Returns the token once; the page shows it and never again. */
export async function createApiNyckelAction(forbund: string, input: unknown): Promise<ActionResult<{ id: string; token: string; prefix: string }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "admin:apinycklar");
    const result = await createApiNyckel(ctx, parseInput(createApiNyckelSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}/admin/api-nycklar`);
    return result;
  });
}
