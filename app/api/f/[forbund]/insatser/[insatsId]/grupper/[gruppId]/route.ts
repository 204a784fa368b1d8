import { withTenant } from "@/lib/api/handler";
import { deleteGrupp } from "@/lib/server/insats/delete-grupp";

export const DELETE = withTenant<{ forbund: string; insatsId: string; gruppId: string }>("insats:write", async ({ ctx, params }) =>
  deleteGrupp(ctx, params.insatsId, params.gruppId),
);
