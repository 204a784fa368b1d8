import { withTenant, parseJsonBody } from "@/lib/api/handler";
import { createInsatsSchema } from "@/lib/validation/insats";
import { listInsatser } from "@/lib/server/insats/list-insatser";
import { createInsats } from "@/lib/server/insats/create-insats";
import { NextResponse } from "next/server";

export const GET = withTenant("insats:read", async ({ ctx }) => ({ insatser: await listInsatser(ctx) }));

export const POST = withTenant("insats:write", async ({ req, ctx }) => {
  const input = await parseJsonBody(req, createInsatsSchema);
  return NextResponse.json(await createInsats(ctx, input), { status: 201 });
});
