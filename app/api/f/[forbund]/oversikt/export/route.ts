import { withTenant } from "@/lib/api/handler";
import { parseInput } from "@/lib/actions/result";
import { exportQueryInput, exportQuerySchema } from "@/lib/validation/export";
import { oversiktFilterInput, oversiktFilterSchema } from "@/lib/validation/oversikt";
import { exportOversikt } from "@/lib/server/export/export-oversikt";

export const runtime = "nodejs";

/** The förbund overview's tables as CSV or Excel: exact for admin and processledare, suppressed for styrelse (as GET …/oversikt). */
export const GET = withTenant("styrelse:read", async ({ req, ctx }) => {
  const q = parseInput(exportQuerySchema, exportQueryInput(req.nextUrl.searchParams));
  const filter = parseInput(oversiktFilterSchema, oversiktFilterInput(req.nextUrl.searchParams));
  return exportOversikt(ctx, filter, q, { styrelseVy: ctx.roll === "STYRELSE" });
});
