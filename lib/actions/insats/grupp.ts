"use server";
import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { createGruppSchema, updateGruppSchema } from "@/lib/validation/insats-delar";
import { id } from "@/lib/validation/common";
import { createGrupp } from "@/lib/server/insats/create-grupp";
import { deleteGrupp } from "@/lib/server/insats/delete-grupp";
import { updateGrupp } from "@/lib/server/insats/update-grupp";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

export async function createGruppAction(forbund: string, insatsId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "insats:write");
    const result = await createGrupp(ctx, parseInput(id, insatsId), parseInput(createGruppSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}

export async function deleteGruppAction(forbund: string, insatsId: unknown, gruppId: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "insats:write");
    const result = await deleteGrupp(ctx, parseInput(id, insatsId), parseInput(id, gruppId));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}

export async function updateGruppAction(forbund: string, insatsId: unknown, gruppId: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "insats:write");
    const result = await updateGrupp(ctx, parseInput(id, insatsId), parseInput(id, gruppId), parseInput(updateGruppSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}
