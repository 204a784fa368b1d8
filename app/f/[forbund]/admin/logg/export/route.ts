import { withTenant } from "@/lib/api/handler";
import { parseInput } from "@/lib/actions/result";
import { auditFilterSchema } from "@/lib/validation/audit";
import { exportAuditCsv } from "@/lib/server/audit/export-audit-csv";
import { todayIso } from "@/lib/server/dates";

// The CSV export of the audit log page, with the page's filters in the query string.
export const GET = withTenant("audit:read", async ({ req, ctx }) => {
  const { sida: _page, ...filter } = parseInput(auditFilterSchema, Object.fromEntries(req.nextUrl.searchParams));
  const { csv } = await exportAuditCsv(ctx, filter);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="granskningslogg-${ctx.forbundSlug}-${todayIso()}.csv"`,
      "cache-control": "no-store",
    },
  });
});
