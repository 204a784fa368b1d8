import { NextResponse } from "next/server";
import { withTenant, parseJsonBody } from "@/lib/api/handler";
import { createGruppSchema } from "@/lib/validation/insats-delar";
import { createGrupp } from "@/lib/server/insats/create-grupp";

export const POST = withTenant<{ forbund: string; insatsId: string }>("insats:write", async ({ req, ctx, params }) => {
  const input = await parseJsonBody(req, createGruppSchema);
  return NextResponse.json(await createGrupp(ctx, params.insatsId, input), { status: 201 });
});
