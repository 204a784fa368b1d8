import { withTenant } from "@/lib/api/handler";
import { parseInput } from "@/lib/actions/result";
import { queryOf } from "@/lib/validation/rapporter";
import { enkatResultatFilterSchema } from "@/lib/validation/enkat-resultat";
import { getEnkatResultat } from "@/lib/server/enkat-resultat/get-enkat-resultat";

/**
 * One enkät's results as JSON (?ar=, ?insatsId=). Admin and processledare get
 * exact figures and free text; styrelse, vägledare and their API keys get the
 * suppressed view (`undertryckt: true`), computed on the server.
 */
export const GET = withTenant<{ forbund: string; enkatId: string }>("enkatresultat:read", async ({ req, ctx, params }) => {
  const filter = parseInput(enkatResultatFilterSchema, queryOf(req.url));
  return getEnkatResultat(ctx, params.enkatId, filter);
});
