import { withTenant, parseJsonBody } from "@/lib/api/handler";
import { rattaDeltagareSchema } from "@/lib/validation/gdpr";
import { assertDeltagareAccess } from "@/lib/server/gdpr/assert-deltagare-access";
import { rattaDeltagare } from "@/lib/server/gdpr/ratta-deltagare";

type Params = { forbund: string; deltagareId: string };

/** Correction (GDPR art. 16) of kön, födelseår and identity fields; `version` guards against concurrent edits (409). */
export const PATCH = withTenant<Params>("deltagare:write", async ({ req, ctx, params }) => {
  // The participant rule before the body is read: an unassigned vägledare learns nothing from validation.
  await assertDeltagareAccess(ctx, params.deltagareId, "write");
  return rattaDeltagare(ctx, params.deltagareId, await parseJsonBody(req, rattaDeltagareSchema));
});
