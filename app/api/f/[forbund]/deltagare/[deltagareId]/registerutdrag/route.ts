import { NextResponse } from "next/server";
import { withTenant } from "@/lib/api/handler";
import { getRegisterutdrag } from "@/lib/server/gdpr/get-registerutdrag";

type Params = { forbund: string; deltagareId: string };

/** Registerutdrag (GDPR art. 15) as JSON: everything stored about one deltagare; audited. */
export const GET = withTenant<Params>("gdpr:registerutdrag", async ({ ctx, params }) => {
  const utdrag = await getRegisterutdrag(ctx, params.deltagareId, "json");
  return NextResponse.json(utdrag, { headers: { "cache-control": "no-store" } });
});
