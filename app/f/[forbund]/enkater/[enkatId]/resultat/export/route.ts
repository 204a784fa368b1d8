import { withTenant } from "@/lib/api/handler";
import { parseInput } from "@/lib/actions/result";
import { contentDisposition } from "@/lib/domain/rapporter/filnamn";
import { queryOf } from "@/lib/validation/rapporter";
import { enkatResultatExportSchema } from "@/lib/validation/enkat-resultat";
import { exportEnkatResultat } from "@/lib/server/enkat-resultat/export-enkat-resultat";

// The results page's downloads: ?format=csv|xlsx|nationell with the page's filters. Always suppressed, always audited.
export const GET = withTenant<{ forbund: string; enkatId: string }>("export:create", async ({ req, ctx, params }) => {
  const input = parseInput(enkatResultatExportSchema, queryOf(req.url));
  const fil = await exportEnkatResultat(ctx, params.enkatId, input);
  return new Response(typeof fil.body === "string" ? fil.body : new Uint8Array(fil.body), {
    headers: { "Content-Type": fil.contentType, "Content-Disposition": contentDisposition(fil.filnamn), "Cache-Control": "no-store" },
  });
});
