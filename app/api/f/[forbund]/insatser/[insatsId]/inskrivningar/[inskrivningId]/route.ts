import { z } from "zod";
import { withTenant, parseJsonBody } from "@/lib/api/handler";
import { getInskrivningForlopp } from "@/lib/server/inskrivning/get-inskrivning-forlopp";
import { assertInskrivningAccess } from "@/lib/server/inskrivning/assert-inskrivning-access";
import { applyInskrivningHandelse, parseInskrivningHandelse } from "@/lib/server/inskrivning/apply-inskrivning-handelse";

type Params = { forbund: string; insatsId: string; inskrivningId: string };

export const GET = withTenant<Params>("deltagare:read", async ({ ctx, params }) => getInskrivningForlopp(ctx, params.insatsId, params.inskrivningId));

export const PATCH = withTenant<Params>("deltagare:write", async ({ req, ctx, params }) => {
  // The participant rule before the body is read: an unassigned vägledare learns nothing from validation.
  assertInskrivningAccess(ctx, params.insatsId, "deltagare:write");
  const handelse = parseInskrivningHandelse(ctx, params.insatsId, await parseJsonBody(req, z.unknown()));
  return applyInskrivningHandelse(ctx, params.insatsId, params.inskrivningId, handelse);
});
