import { NextResponse } from "next/server";
import { withTenant, parseJsonBody } from "@/lib/api/handler";
import { createEnkatLankarSchema } from "@/lib/validation/enkat";
import { createEnkatLankar } from "@/lib/server/enkat/create-enkat-lankar";
import { enkatUrl } from "@/lib/server/enkat/token";

/** Single-use answer links, returned once (only their hashes are kept). */
export const POST = withTenant<{ forbund: string; enkatId: string }>("enkat:lankar", async ({ req, ctx, params }) => {
  const input = await parseJsonBody(req, createEnkatLankarSchema);
  const result = await createEnkatLankar(ctx, params.enkatId, input);
  const origin = process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : req.nextUrl.origin;
  return NextResponse.json(
    {
      batchId: result.batchId,
      giltigTill: result.expiresAt.toISOString(),
      insatsId: result.insatsId,
      lankar: result.tokens.map((token) => ({ token, url: enkatUrl(origin, token) })),
    },
    { status: 201 },
  );
});
