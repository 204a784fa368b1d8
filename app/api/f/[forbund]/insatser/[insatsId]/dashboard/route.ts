import { withTenant } from "@/lib/api/handler";
import { getInsatsDashboard } from "@/lib/server/dashboard/get-insats-dashboard";
import { filterInput } from "@/lib/validation/dashboard";

type Params = { forbund: string; insatsId: string };

export const GET = withTenant<Params>("dashboard:read", async ({ req, ctx, params }) =>
  getInsatsDashboard(ctx, params.insatsId, filterInput(req.nextUrl.searchParams)),
);
