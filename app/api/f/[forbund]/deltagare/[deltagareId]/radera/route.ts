import { withTenant, parseJsonBody } from "@/lib/api/handler";
import { raderaPersonuppgifterSchema } from "@/lib/validation/gdpr";
import { raderaPersonuppgifter } from "@/lib/server/gdpr/radera-personuppgifter";

type Params = { forbund: string; deltagareId: string };

/**
 * Erasure (GDPR art. 17) of one deltagare's personuppgifter; anonymous outcome
 * data stay. The body must be { "bekrafta": true }: an empty one erases nothing.
 */
export const POST = withTenant<Params>("gdpr:radera", async ({ req, ctx, params }) => {
  const input = await parseJsonBody(req, raderaPersonuppgifterSchema);
  return raderaPersonuppgifter(ctx, params.deltagareId, input);
});
