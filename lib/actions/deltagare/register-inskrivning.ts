"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { id } from "@/lib/validation/common";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";
import { registreraInskrivningSchema } from "@/lib/validation/inskrivning-registrering";
import { loadInsatsForDeltagare } from "@/lib/server/deltagare/load-insats-for-deltagare";
import { registerInskrivning, type RegistreringResultat } from "@/lib/server/deltagare/register-inskrivning";

export async function registerInskrivningAction(forbund: string, insatsId: unknown, input: unknown): Promise<ActionResult<RegistreringResultat>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "deltagare:write");
    const insats = parseInput(id, insatsId);
    await loadInsatsForDeltagare(ctx, insats, "write");
    const result = await registerInskrivning(ctx, insats, parseInput(registreraInskrivningSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}
