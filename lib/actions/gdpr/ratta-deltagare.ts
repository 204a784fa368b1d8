"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { id } from "@/lib/validation/common";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";
import { rattaDeltagareSchema } from "@/lib/validation/gdpr";
import { assertDeltagareAccess } from "@/lib/server/gdpr/assert-deltagare-access";
import { rattaDeltagare } from "@/lib/server/gdpr/ratta-deltagare";

export async function rattaDeltagareAction(forbund: string, deltagareId: unknown, input: unknown): Promise<ActionResult<{ version: number; andradeFalt: string[] }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "deltagare:write");
    const deltagare = parseInput(id, deltagareId);
    // Refused callers are stopped before their input is read.
    await assertDeltagareAccess(ctx, deltagare, "write");
    const result = await rattaDeltagare(ctx, deltagare, parseInput(rattaDeltagareSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return { version: result.version, andradeFalt: result.andradeFalt };
  });
}
