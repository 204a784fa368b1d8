import { withTenant, parseJsonBody } from "@/lib/api/handler";
import { updateInsatsSchema } from "@/lib/validation/insats";
import { getInsats } from "@/lib/server/insats/get-insats";
import { updateInsats } from "@/lib/server/insats/update-insats";

export const GET = withTenant<{ forbund: string; insatsId: string }>("insats:read", async ({ ctx, params }) => getInsats(ctx, params.insatsId));

export const PATCH = withTenant<{ forbund: string; insatsId: string }>("insats:write", async ({ req, ctx, params }) => {
  const input = await parseJsonBody(req, updateInsatsSchema);
  return updateInsats(ctx, params.insatsId, input);
});
