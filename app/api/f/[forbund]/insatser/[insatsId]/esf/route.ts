import { withTenant } from "@/lib/api/handler";
import { parseInput } from "@/lib/actions/result";
import { esfQuerySchema, queryOf } from "@/lib/validation/rapporter";
import { exportEsfFil } from "@/lib/server/rapporter/export-esf-fil";
import { contentDisposition } from "@/lib/domain/rapporter/filnamn";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const GET = withTenant<{ forbund: string; insatsId: string }>("esf:export", async ({ req, ctx, params }) => {
  const { manad } = parseInput(esfQuerySchema, queryOf(req.url));
  const { filnamn, fil } = await exportEsfFil(ctx, params.insatsId, manad);
  // Personnummer inside: never cached by a browser or a proxy.
  return new Response(new Uint8Array(fil), {
    headers: { "Content-Type": XLSX, "Content-Disposition": contentDisposition(filnamn), "Cache-Control": "no-store, private" },
  });
});
