"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { id } from "@/lib/validation/common";
import { revokeApiNyckel } from "@/lib/server/apinycklar/revoke-api-nyckel";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function revokeApiNyckelAction(forbund: string, nyckelId: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "admin:apinycklar");
    const result = await revokeApiNyckel(ctx, parseInput(id, nyckelId));
    revalidatePath(`/f/${ctx.forbundSlug}/admin/api-nycklar`);
    return result;
  });
}
