import { withTenant } from "@/lib/api/handler";
import { susFilterInput } from "@/lib/validation/sus";
import { getSusSammanstallning } from "@/lib/server/sus/get-sus-sammanstallning";

type Params = { forbund: string; insatsId: string };

/**
 * The SUS summary as JSON: cross-tables of counts. A styrelse caller gets
 * suppressed cells ({ "dold": "LITEN" | "SKYDD" } in place of a number).
 */
export const GET = withTenant<Params>("resultat:read", async ({ req, ctx, params }) => getSusSammanstallning(ctx, params.insatsId, susFilterInput(req.nextUrl.searchParams)));
