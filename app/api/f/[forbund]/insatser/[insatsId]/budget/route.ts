import { NextResponse } from "next/server";
import { withTenant, parseJsonBody } from "@/lib/api/handler";
import { createBudgetPostSchema } from "@/lib/validation/insats-delar";
import { createBudgetPost } from "@/lib/server/insats/create-ekonomi-post";

export const POST = withTenant<{ forbund: string; insatsId: string }>("insats:write", async ({ req, ctx, params }) => {
  const input = await parseJsonBody(req, createBudgetPostSchema);
  return NextResponse.json(await createBudgetPost(ctx, params.insatsId, input), { status: 201 });
});
