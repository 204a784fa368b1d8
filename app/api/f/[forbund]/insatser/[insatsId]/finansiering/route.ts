import { NextResponse } from "next/server";
import { withTenant, parseJsonBody } from "@/lib/api/handler";
import { createFinansieringSchema } from "@/lib/validation/insats-delar";
import { createFinansiering } from "@/lib/server/insats/create-ekonomi-post";

export const POST = withTenant<{ forbund: string; insatsId: string }>("insats:write", async ({ req, ctx, params }) => {
  const input = await parseJsonBody(req, createFinansieringSchema);
  return NextResponse.json(await createFinansiering(ctx, params.insatsId, input), { status: 201 });
});
