import { withTenant, parseJsonBody } from "@/lib/api/handler";
import { updateGruppSchema } from "@/lib/validation/insats-delar";
import { deleteGrupp } from "@/lib/server/insats/delete-grupp";
import { updateGrupp } from "@/lib/server/insats/update-grupp";

type Params = { forbund: string; insatsId: string; gruppId: string };

export const PATCH = withTenant<Params>("insats:write", async ({ req, ctx, params }) => {
  const input = await parseJsonBody(req, updateGruppSchema);
  return updateGrupp(ctx, params.insatsId, params.gruppId, input);
});

export const DELETE = withTenant<Params>("insats:write", async ({ ctx, params }) => deleteGrupp(ctx, params.insatsId, params.gruppId));
