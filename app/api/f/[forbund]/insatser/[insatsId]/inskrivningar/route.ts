import { NextResponse } from "next/server";
import { withTenant, parseJsonBody } from "@/lib/api/handler";
import { registreraInskrivningSchema } from "@/lib/validation/inskrivning-registrering";
import { listInsatsDeltagare } from "@/lib/server/deltagare/list-insats-deltagare";
import { loadInsatsForDeltagare } from "@/lib/server/deltagare/load-insats-for-deltagare";
import { registerInskrivning } from "@/lib/server/deltagare/register-inskrivning";

type Params = { forbund: string; insatsId: string };

export const GET = withTenant<Params>("deltagare:read", async ({ ctx, params }) => {
  const { insats, medIdentitet, rader } = await listInsatsDeltagare(ctx, params.insatsId);
  // Pseudonymised callers get no identity fields at all, not empty ones.
  const inskrivningar = medIdentitet ? rader : rader.map(({ namn: _n, personnummerMaskerat: _p, ...rad }) => rad);
  return { insats, inskrivningar };
});

export const POST = withTenant<Params>("deltagare:write", async ({ req, ctx, params }) => {
  // Who may register is decided before the body is read: a refused caller learns nothing from validation.
  await loadInsatsForDeltagare(ctx, params.insatsId, "write");
  const input = await parseJsonBody(req, registreraInskrivningSchema);
  return NextResponse.json(await registerInskrivning(ctx, params.insatsId, input), { status: 201 });
});
