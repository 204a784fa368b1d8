import { withTenant } from "@/lib/api/handler";
import { parseInput } from "@/lib/actions/result";
import { importMallQuerySchema } from "@/lib/validation/import";
import { getImportMall } from "@/lib/server/import/get-import-mall";

type Params = { forbund: string; insatsId: string };

/** The import template of one insats, as CSV or .xlsx (header, example row, and in .xlsx an explanation sheet). */
export const GET = withTenant<Params>("deltagare:write", async ({ req, ctx, params }) => {
  const { format } = parseInput(importMallQuerySchema, Object.fromEntries(req.nextUrl.searchParams));
  const mall = await getImportMall(ctx, params.insatsId, format);
  return new Response(mall.body as BodyInit, {
    headers: {
      "content-type": mall.contentType,
      "content-disposition": `attachment; filename="${mall.filnamn}"; filename*=UTF-8''${encodeURIComponent(mall.filnamn)}`,
      "cache-control": "no-store",
    },
  });
});
