import "server-only";
import type { TenantContext } from "@/lib/auth/tenant-context";
import { parseInput } from "@/lib/actions/result";
import { ForbiddenError } from "@/lib/errors";
import { handelseTypSchema, HANDELSE_SCHEMAS, type InskrivningHandelse } from "@/lib/validation/inskrivning-handelser";
import { canSeeInsatsDeltagare } from "@/lib/auth/permissions";
import { avslutaInskrivning } from "./avsluta-inskrivning";
import { recordMatningar } from "./record-matningar";
import { recordUppfoljning } from "./record-uppfoljning";
import { reopenInskrivning } from "./reopen-inskrivning";
import { savePlan } from "./save-plan";

/**
 * PATCH …/inskrivningar/[id]: `typ` names the event, the rest of the body is
 * validated with the same schema as the form. A caller who may not touch the
 * insats's participants is refused before the body is even read.
 */
export function parseInskrivningHandelse(ctx: TenantContext, insatsId: string, body: unknown): InskrivningHandelse {
  if (!canSeeInsatsDeltagare(ctx, insatsId)) throw new ForbiddenError();
  const { typ } = parseInput(handelseTypSchema, body);
  const { typ: _typ, ...rest } = body as Record<string, unknown>;
  return { typ, data: parseInput(HANDELSE_SCHEMAS[typ], rest) } as InskrivningHandelse;
}

export async function applyInskrivningHandelse(ctx: TenantContext, insatsId: string, inskrivningId: string, h: InskrivningHandelse) {
  switch (h.typ) {
    case "MATNINGAR":
      return recordMatningar(ctx, insatsId, inskrivningId, h.data);
    case "AVSLUT":
      return avslutaInskrivning(ctx, insatsId, inskrivningId, h.data);
    case "ATEROPPNA":
      return reopenInskrivning(ctx, insatsId, inskrivningId, h.data);
    case "UPPFOLJNING":
      return recordUppfoljning(ctx, insatsId, inskrivningId, h.data);
    case "PLAN":
      return savePlan(ctx, insatsId, inskrivningId, h.data);
  }
}
