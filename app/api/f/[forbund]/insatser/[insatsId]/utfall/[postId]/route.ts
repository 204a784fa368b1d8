import { withTenant } from "@/lib/api/handler";
import { deleteEkonomiPost } from "@/lib/server/insats/delete-ekonomi-post";

export const DELETE = withTenant<{ forbund: string; insatsId: string; postId: string }>("insats:write", async ({ ctx, params }) =>
  deleteEkonomiPost(ctx, params.insatsId, "utfall", params.postId),
);
