import { withTenant } from "@/lib/api/handler";
import { parseInput } from "@/lib/actions/result";
import { exportQueryInput, exportQuerySchema } from "@/lib/validation/export";
import { susFilterInput } from "@/lib/validation/sus";
import { exportSus } from "@/lib/server/export/export-sus";

export const runtime = "nodejs";

type Params = { forbund: string; insatsId: string };

/** The SUS summary's tables as CSV or Excel: suppressed for styrelse, exact for the others who may see it. */
export const GET = withTenant<Params>("resultat:read", async ({ req, ctx, params }) => {
  const q = parseInput(exportQuerySchema, exportQueryInput(req.nextUrl.searchParams));
  return exportSus(ctx, params.insatsId, susFilterInput(req.nextUrl.searchParams), q);
});
