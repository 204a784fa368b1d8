import { withTenant } from "@/lib/api/handler";
import { parseInput } from "@/lib/actions/result";
import { exportQueryInput, exportQuerySchema } from "@/lib/validation/export";
import { filterInput } from "@/lib/validation/dashboard";
import { exportDashboard } from "@/lib/server/export/export-dashboard";

export const runtime = "nodejs";

type Params = { forbund: string; insatsId: string };

/** The insats dashboard's tables as CSV or Excel, for whoever may see the dashboard (never styrelse). */
export const GET = withTenant<Params>("dashboard:read", async ({ req, ctx, params }) => {
  const q = parseInput(exportQuerySchema, exportQueryInput(req.nextUrl.searchParams));
  return exportDashboard(ctx, params.insatsId, filterInput(req.nextUrl.searchParams), q);
});
