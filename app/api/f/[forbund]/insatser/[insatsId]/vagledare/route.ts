import { withTenant, parseJsonBody } from "@/lib/api/handler";
import { setVagledareSchema } from "@/lib/validation/insats-delar";
import { setVagledare } from "@/lib/server/insats/set-vagledare";

export const PUT = withTenant<{ forbund: string; insatsId: string }>("insats:write", async ({ req, ctx, params }) => {
  const input = await parseJsonBody(req, setVagledareSchema);
  return setVagledare(ctx, params.insatsId, input);
});
