import { NextResponse } from "next/server";
import { withTenant, parseJsonBody } from "@/lib/api/handler";
import { createUtfallSchema } from "@/lib/validation/insats-delar";
import { createUtfall } from "@/lib/server/insats/create-ekonomi-post";

export const POST = withTenant<{ forbund: string; insatsId: string }>("insats:write", async ({ req, ctx, params }) => {
  const input = await parseJsonBody(req, createUtfallSchema);
  return NextResponse.json(await createUtfall(ctx, params.insatsId, input), { status: 201 });
});
