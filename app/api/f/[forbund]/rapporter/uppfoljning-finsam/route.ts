import { withTenant } from "@/lib/api/handler";
import { parseInput } from "@/lib/actions/result";
import { queryOf, uppfoljningFinsamQuerySchema } from "@/lib/validation/rapporter";
import { getUppfoljningFinsam } from "@/lib/server/rapporter/get-uppfoljning-finsam";
import { exportUppfoljningFinsamCsv } from "@/lib/server/rapporter/export-uppfoljning-finsam-csv";
import { contentDisposition } from "@/lib/domain/rapporter/filnamn";

export const GET = withTenant("rapport:read", async ({ req, ctx }) => {
  const { ar, format } = parseInput(uppfoljningFinsamQuerySchema, queryOf(req.url));
  if (format === "json") return getUppfoljningFinsam(ctx, ar);
  const { filnamn, csv } = await exportUppfoljningFinsamCsv(ctx, ar);
  return new Response(csv, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": contentDisposition(filnamn), "Cache-Control": "no-store" },
  });
});
