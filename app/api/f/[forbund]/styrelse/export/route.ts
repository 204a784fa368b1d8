import { withTenant } from "@/lib/api/handler";
import { parseInput } from "@/lib/actions/result";
import { exportQueryInput, exportQuerySchema } from "@/lib/validation/export";
import { oversiktFilterInput, oversiktFilterSchema } from "@/lib/validation/oversikt";
import { exportOversikt } from "@/lib/server/export/export-oversikt";

export const runtime = "nodejs";

/** The board view's tables as CSV or Excel: the suppressed view model only, whoever asks (as the page and its PDF). */
export const GET = withTenant("styrelse:read", async ({ req, ctx }) => {
  const q = parseInput(exportQuerySchema, exportQueryInput(req.nextUrl.searchParams));
  const filter = parseInput(oversiktFilterSchema, oversiktFilterInput(req.nextUrl.searchParams));
  return exportOversikt(ctx, filter, q, { styrelseVy: true });
});
