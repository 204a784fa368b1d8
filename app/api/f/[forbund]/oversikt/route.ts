import { withTenant } from "@/lib/api/handler";
import { parseInput } from "@/lib/actions/result";
import { oversiktFilterInput, oversiktFilterSchema } from "@/lib/validation/oversikt";
import { getForbundOversikt } from "@/lib/server/oversikt/get-forbund-oversikt";
import { getStyrelseOversikt } from "@/lib/server/oversikt/get-styrelse-oversikt";

/**
 * The förbund overview as JSON. A styrelse caller gets the board's suppressed
 * view model (no cell under the förbund's minimum, no warnings); admin and
 * processledare the exact overview. Vägledare are refused.
 */
export const GET = withTenant("styrelse:read", async ({ req, ctx }) => {
  const filter = parseInput(oversiktFilterSchema, oversiktFilterInput(req.nextUrl.searchParams));
  if (ctx.roll === "STYRELSE") return { undertryckt: true, ...(await getStyrelseOversikt(ctx, filter)) };
  return { undertryckt: false, ...(await getForbundOversikt(ctx, filter)) };
});
