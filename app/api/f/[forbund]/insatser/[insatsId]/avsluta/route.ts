import { withTenant, parseJsonBody } from "@/lib/api/handler";
import { avslutaInsatsSchema } from "@/lib/validation/insats-delar";
import { avslutaInsats } from "@/lib/server/insats/avsluta-insats";

export const POST = withTenant<{ forbund: string; insatsId: string }>("insats:write", async ({ req, ctx, params }) => {
  const input = await parseJsonBody(req, avslutaInsatsSchema);
  return avslutaInsats(ctx, params.insatsId, input);
});
