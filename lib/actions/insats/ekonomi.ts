"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { createBudgetPostSchema, createFinansieringSchema, createUtfallSchema } from "@/lib/validation/insats-delar";
import { id } from "@/lib/validation/common";
import { createBudgetPost, createFinansiering, createUtfall } from "@/lib/server/insats/create-ekonomi-post";
import { deleteEkonomiPost } from "@/lib/server/insats/delete-ekonomi-post";
import { parseInput, runAction, type ActionResult } from "@/lib/actions/result";

type Created = ActionResult<{ id: string }>;

export async function createBudgetPostAction(forbund: string, insatsId: unknown, input: unknown): Promise<Created> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "insats:write");
    const result = await createBudgetPost(ctx, parseInput(id, insatsId), parseInput(createBudgetPostSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}

export async function createFinansieringAction(forbund: string, insatsId: unknown, input: unknown): Promise<Created> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "insats:write");
    const result = await createFinansiering(ctx, parseInput(id, insatsId), parseInput(createFinansieringSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}

export async function createUtfallAction(forbund: string, insatsId: unknown, input: unknown): Promise<Created> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "insats:write");
    const result = await createUtfall(ctx, parseInput(id, insatsId), parseInput(createUtfallSchema, input));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}

const postTyp = z.enum(["budget", "finansiering", "utfall"]);

export async function deleteEkonomiPostAction(forbund: string, insatsId: unknown, typ: unknown, postId: unknown): Promise<Created> {
  return runAction(async () => {
    const ctx = await authorizeAction(forbund, "insats:write");
    const result = await deleteEkonomiPost(ctx, parseInput(id, insatsId), parseInput(postTyp, typ), parseInput(id, postId));
    revalidatePath(`/f/${ctx.forbundSlug}`, "layout");
    return result;
  });
}
