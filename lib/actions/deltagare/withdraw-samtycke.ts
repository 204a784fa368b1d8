"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { id } from "@/lib/validation/common";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";
import { aterkallaSamtyckeSchema } from "@/lib/validation/identitet";
import { loadInsatsForDeltagare } from "@/lib/server/deltagare/load-insats-for-deltagare";
import { withdrawSamtycke } from "@/lib/server/deltagare/withdraw-samtycke";

export async function withdrawSamtyckeAction(
  forbund: string,
  insatsId: unknown,
  inskrivningId: unknown,
  input: unknown,
): Promise<ActionResult<{ anonymiseradeInskrivningar: number }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "deltagare:write");
    const insats = parseInput(id, insatsId);
    // Refused callers are stopped before their input is read.
    await loadInsatsForDeltagare(ctx, insats, "write");
    const result = await withdrawSamtycke(ctx, insats, parseInput(id, inskrivningId), parseInput(aterkallaSamtyckeSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return { anonymiseradeInskrivningar: result.anonymiseradeInskrivningar };
  });
}
