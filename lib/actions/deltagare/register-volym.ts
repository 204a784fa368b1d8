"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { id } from "@/lib/validation/common";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";
import { volymRegistreringSchema } from "@/lib/validation/inskrivning-registrering";
import { loadInsatsForDeltagare } from "@/lib/server/deltagare/load-insats-for-deltagare";
import { registerVolym } from "@/lib/server/deltagare/register-volym";

export async function registerVolymAction(forbund: string, insatsId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "deltagare:write");
    const insats = parseInput(id, insatsId);
    await loadInsatsForDeltagare(ctx, insats, "write");
    const result = await registerVolym(ctx, insats, parseInput(volymRegistreringSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}
